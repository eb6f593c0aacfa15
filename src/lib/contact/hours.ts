/**
 * Weekly opening hours in an IANA time zone, and "open now / opens at" for any instant.
 * Pure and Intl-only, so the same code validates content at build time and runs in the browser.
 */

import { dateTimeFormat } from '../dates.ts';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** One block of opening time, e.g. Mon–Fri 08:00–20:00, or 22:00 until "06:00 next day". */
export interface Shift {
  days: readonly Weekday[];
  open: string;
  close: string;
}

/** "24/7" or a list of shifts in the local time of the schedule's time zone. */
export type Hours = '24/7' | readonly Shift[];

const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;
const timePattern = /^([01]\d|2[0-4]):([0-5]\d)( next day)?$/;

/** Minutes after midnight of "HH:MM" (or "HH:MM next day", counted from the shift's day), or undefined. */
export function parseTime(text: string): number | undefined {
  const match = timePattern.exec(text.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > minutesPerDay) return undefined;
  return match[3] ? minutes + minutesPerDay : minutes;
}

/** A shift's opening as [start, end) minutes since Monday 00:00; end may pass the week's end. */
interface Interval {
  start: number;
  end: number;
  day: Weekday;
}

function shiftIntervals(shift: Shift): Interval[] {
  const open = parseTime(shift.open);
  const close = parseTime(shift.close);
  if (open === undefined || close === undefined) return [];
  return shift.days.map((day) => {
    const base = weekdays.indexOf(day) * minutesPerDay;
    return { start: base + open, end: base + close, day };
  });
}

/**
 * What is wrong with a schedule, as editor-readable sentences (empty when it is fine): times
 * that are not "HH:MM", a close that is not after the open, shifts that overlap.
 */
export function scheduleProblems(hours: Hours): string[] {
  if (hours === '24/7') return [];
  const problems: string[] = [];
  for (const shift of hours) {
    const open = parseTime(shift.open);
    const close = parseTime(shift.close);
    const days = shift.days.join(', ');
    if (open === undefined || open >= minutesPerDay) {
      problems.push(`open "${shift.open}" (${days}) is not a time: write "HH:MM" between "00:00" and "23:59".`);
      continue;
    }
    if (close === undefined) {
      problems.push(`close "${shift.close}" (${days}) is not a time: write "HH:MM", or "HH:MM next day" for a shift that runs past midnight.`);
      continue;
    }
    if (close <= open) {
      problems.push(
        `close "${shift.close}" is not after open "${shift.open}" (${days}): swap them, or write close: "${shift.close} next day" if the shift runs past midnight.`,
      );
    } else if (close - open > minutesPerDay) {
      problems.push(`the shift ${shift.open}–${shift.close} (${days}) is longer than 24 hours: end it by "${shift.open} next day".`);
    }
  }
  if (problems.length) return problems;
  // Compare every pair on a doubled week so an overnight Sunday shift meets Monday morning.
  const intervals = hours.flatMap(shiftIntervals);
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      const a = intervals[i]!;
      const b = intervals[j]!;
      for (const shift of [-minutesPerWeek, 0, minutesPerWeek]) {
        if (a.start < b.end + shift && b.start + shift < a.end) {
          problems.push(
            `the ${a.day} shift from ${clock(a.start)} overlaps the ${b.day} shift from ${clock(b.start)}: make one end before the other starts, or merge them.`,
          );
          break;
        }
      }
    }
  }
  return problems;
}

function clock(weekMinute: number): string {
  const minute = ((weekMinute % minutesPerDay) + minutesPerDay) % minutesPerDay;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Opening intervals over one week, sorted, with touching or wrapping ones merged. */
function mergedIntervals(hours: readonly Shift[]): { start: number; end: number }[] {
  const sorted = hours
    .flatMap(shiftIntervals)
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday. */
  weekday: number;
  minute: number;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' });
}

/** True when the runtime knows the IANA time zone (e.g. "Europe/London"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const shortDays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A zone's offsets from UTC over a window, computed at build time: `changes` holds
 * [instant in ms, minutes ahead of UTC from that instant on], the first at `from`. With it a
 * browser reads wall-clock time by arithmetic instead of making a DateTimeFormat per zone, each
 * of which loads time-zone data in a task the visitor waits for.
 */
export interface ZoneOffsets {
  from: number;
  until: number;
  changes: [number, number][];
}

function intlWallTime(instant: number, timeZone: string): WallTime {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: shortDays.indexOf(parts.weekday ?? ''),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function tableOffset(instant: number, offsets: ZoneOffsets | undefined): number | undefined {
  if (!offsets || instant < offsets.from || instant >= offsets.until) return undefined;
  return offsets.changes.findLast(([start]) => start <= instant)?.[1];
}

/** Wall-clock time in a zone: from the offsets table when it covers the instant, else from Intl. */
function wallTime(instant: number, timeZone: string, offsets?: ZoneOffsets): WallTime {
  const offset = tableOffset(instant, offsets);
  if (offset === undefined) return intlWallTime(instant, timeZone);
  const local = new Date(instant + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: (local.getUTCDay() + 6) % 7,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: number, timeZone: string, offsets?: ZoneOffsets): number {
  const fromTable = tableOffset(instant, offsets);
  if (fromTable !== undefined) return fromTable;
  const wall = intlWallTime(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

const msPerDay = 24 * 60 * 60_000;

/**
 * The offsets table of a zone from `from` to `until` (ms). Zones change offset at whole minutes
 * and at most a few times a year, so it samples daily and bisects each change to the minute.
 */
export function zoneOffsets(timeZone: string, from: number, until: number): ZoneOffsets {
  const start = Math.floor(from / 60_000) * 60_000;
  const changes: [number, number][] = [[start, offsetMinutes(start, timeZone)]];
  for (let t = start; t < until; t += msPerDay) {
    const next = Math.min(t + msPerDay, until);
    const before = changes.at(-1)![1];
    if (offsetMinutes(next, timeZone) === before) continue;
    let [low, high] = [t, next];
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(middle, timeZone) === before) low = middle;
      else high = middle;
    }
    changes.push([high, offsetMinutes(high, timeZone)]);
  }
  return { from: start, until, changes };
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a daylight-saving jump
 * resolves to just after the jump, which is when a shift starting then really opens.
 */
function instantOf(year: number, month: number, day: number, minute: number, timeZone: string, offsets?: ZoneOffsets): number {
  const asUtc = Date.UTC(year, month - 1, day, 0, minute);
  const first = asUtc - offsetMinutes(asUtc, timeZone, offsets) * 60_000;
  const second = asUtc - offsetMinutes(first, timeZone, offsets) * 60_000;
  return Math.max(first, second);
}

export type OpenStatus =
  | { open: true; /** Next closing, or null when it never closes. */ closesAt: Date | null }
  | { open: false; /** Next opening, or null when it never opens. */ opensAt: Date | null };

/** Whether a schedule is open at `now`, and when that changes; `offsets` spares Intl where it covers. */
export function openStatus(hours: Hours, timeZone: string, now: Date, offsets?: ZoneOffsets): OpenStatus {
  if (hours === '24/7') return { open: true, closesAt: null };
  const intervals = mergedIntervals(hours);
  if (intervals.length === 0) return { open: false, opensAt: null };
  const first = intervals[0]!;
  const last = intervals.at(-1)!;
  if (first.start === 0 && last.end - first.start >= minutesPerWeek) return { open: true, closesAt: null };
  const wall = wallTime(now.getTime(), timeZone, offsets);
  const weekMinute = wall.weekday * minutesPerDay + wall.minute;
  // Turn "n minutes of wall clock after this week minute" into a real instant via the calendar.
  const at = (targetWeekMinute: number) =>
    new Date(instantOf(wall.year, wall.month, wall.day, wall.minute + (targetWeekMinute - weekMinute), timeZone, offsets));
  // Look at last week's, this week's and next week's copy of each interval.
  const candidates = [-minutesPerWeek, 0, minutesPerWeek].flatMap((shift) =>
    intervals.map((i) => ({ start: i.start + shift, end: i.end + shift })),
  );
  const current = candidates.find((i) => i.start <= weekMinute && weekMinute < i.end);
  if (current) {
    // A wrapping interval may continue into the start of next week's first one.
    const next = candidates.find((i) => i.start === current.end);
    return { open: true, closesAt: at(next ? next.end : current.end) };
  }
  const upcoming = candidates.filter((i) => i.start > weekMinute).sort((a, b) => a.start - b.start)[0]!;
  return { open: false, opensAt: at(upcoming.start) };
}

/** A schedule as display rows, consecutive days with the same times grouped ("Mon–Fri"). */
export interface HoursRow {
  days: string;
  times: string;
}

/** `everyDay` names a shift that runs all seven days ("Daily"), when given. */
export function formatHours(hours: readonly Shift[], lang: string, nextDay: string, everyDay?: string): HoursRow[] {
  const dayName = dateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const names = weekdays.map((_, i) => dayName.format(Date.UTC(2024, 0, 1 + i)));
  const rows: HoursRow[] = [];
  for (const shift of hours) {
    const indexes = shift.days.map((d) => weekdays.indexOf(d)).sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < indexes.length; i++) {
      const start = indexes[i]!;
      while (indexes[i + 1] === indexes[i]! + 1) i++;
      const end = indexes[i]!;
      runs.push(end === start ? names[start]! : `${names[start]}${end - start > 1 ? '–' : ', '}${names[end]}`);
    }
    const close = shift.close.replace(' next day', ` ${nextDay}`);
    rows.push({ days: everyDay && indexes.length === 7 ? everyDay : runs.join(', '), times: `${shift.open}–${close}` });
  }
  return rows;
}
