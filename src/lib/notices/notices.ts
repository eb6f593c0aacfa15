/**
 * Service notices as pure logic: which notice a page shows, whether it is showing at a given
 * moment, the cross-checks of notices.yaml, and the reading of the runtime notices.json. Used
 * by the build, check:content and the page script alike, so they always agree.
 */

import { dateTimeFormat } from '../dates.ts';

export const noticeSeverities = ['info', 'warning', 'outage'] as const;
export type NoticeSeverity = (typeof noticeSeverities)[number];

/** A notice as pages use it (dates as Date; texts per locale). */
export interface NoticeData {
  id: string;
  severity: NoticeSeverity;
  start: Date;
  end: Date;
  title: Readonly<Record<string, string>>;
  body: Readonly<Record<string, string>>;
  categories: readonly string[];
  channels: readonly string[];
  regions: readonly string[];
}

/** Where a notice list sits: the whole-site places (home, search) or a category, or the contact page. */
export type NoticePlace = { kind: 'site' } | { kind: 'category'; category: string } | { kind: 'contact' };

/** Shown from its start (inclusive) until its end (exclusive). */
export function isShowing(notice: Pick<NoticeData, 'start' | 'end'>, now: Date): boolean {
  return notice.start.getTime() <= now.getTime() && now.getTime() < notice.end.getTime();
}

/**
 * Home and search show every notice; a category page and its articles show those naming the
 * category; the contact page those naming a channel. A notice naming neither is site-wide and
 * shows everywhere.
 */
export function belongsTo(notice: Pick<NoticeData, 'categories' | 'channels'>, place: NoticePlace): boolean {
  const siteWide = notice.categories.length === 0 && notice.channels.length === 0;
  switch (place.kind) {
    case 'site':
      return true;
    case 'category':
      return siteWide || notice.categories.includes(place.category);
    case 'contact':
      return siteWide || notice.channels.length > 0;
  }
}

/** The next moment any of these notices starts or ends after `now`: when the page must look again. */
export function nextChange(notices: readonly Pick<NoticeData, 'start' | 'end'>[], now: Date): Date | undefined {
  const times = notices.flatMap((n) => [n.start.getTime(), n.end.getTime()]).filter((t) => t > now.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}

export interface NoticeProblem {
  index: number;
  field: string;
  problem: string;
  fix: string;
}

export interface NoticeContext {
  categories: readonly string[];
  channels: readonly string[];
  regions: readonly string[];
  /** The check's clock: notices that ended long before it are reported as stale. */
  now?: Date;
}

const staleAfterDays = 30;

/** Cross-checks that a schema cannot make: times in order, ids unique, references that exist. */
export function noticeProblems(notices: readonly NoticeData[], context: NoticeContext): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const seen = new Map<string, number>();
  notices.forEach((notice, index) => {
    if (seen.has(notice.id)) {
      problems.push({ index, field: 'id', problem: `"${notice.id}" is also the id of notice ${seen.get(notice.id)! + 1}.`, fix: 'give each notice its own id.' });
    }
    seen.set(notice.id, index);
    if (notice.end.getTime() <= notice.start.getTime()) {
      problems.push({
        index,
        field: 'end',
        problem: `${notice.end.toISOString()} is not after start (${notice.start.toISOString()}).`,
        fix: 'set end to when the notice should stop showing, after start; check the time zone offsets.',
      });
    }
    const refs = [
      ['categories', context.categories, 'categories.yaml'],
      ['channels', context.channels, 'contact.yaml (channels)'],
      ['regions', context.regions, 'contact.yaml (regions)'],
    ] as const;
    for (const [field, known, file] of refs) {
      for (const id of notice[field]) {
        if (!known.includes(id)) problems.push({ index, field, problem: `"${id}" is not in ${file}.`, fix: `use one of: ${known.join(', ')}.` });
      }
    }
  });
  return problems;
}

/** Notices that ended more than a month before `now`: they only weigh down every page. */
export function staleNotices(notices: readonly NoticeData[], now: Date): number[] {
  const limit = now.getTime() - staleAfterDays * 86_400_000;
  return notices.flatMap((n, index) => (n.end.getTime() < limit ? [index] : []));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const textIn = (v: unknown, locale: string) => (isRecord(v) && typeof v[locale] === 'string' && v[locale].trim() ? v[locale].trim() : undefined);
const idList = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : v === undefined ? [] : undefined);
const time = (v: unknown) => (typeof v === 'string' && /(Z|[+-]\d\d:\d\d)$/.test(v) && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined);

/**
 * Reads the runtime notices.json (`{ "notices": [ … ] }`, entries shaped like notices.yaml)
 * for one locale. It is posted by operators between deploys, so anything malformed is
 * skipped with a reason rather than breaking the page.
 */
export function readRuntimeNotices(json: unknown, locale: string): { notices: NoticeData[]; skipped: string[] } {
  const notices: NoticeData[] = [];
  const skipped: string[] = [];
  const list = isRecord(json) && Array.isArray(json.notices) ? json.notices : undefined;
  if (!list) return { notices, skipped: ['notices.json is not { "notices": [ … ] }'] };
  list.forEach((raw, index) => {
    const entry = isRecord(raw) ? raw : {};
    const id = typeof entry.id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id) ? entry.id : undefined;
    const severity = entry.severity === undefined ? 'info' : noticeSeverities.find((s) => s === entry.severity);
    const [start, end] = [time(entry.start), time(entry.end)];
    const [title, body] = [textIn(entry.title, locale), textIn(entry.body, locale)];
    const [categories, channels, regions] = [idList(entry.categories), idList(entry.channels), idList(entry.regions)];
    if (!id || !severity || !start || !end || !title || !body || !categories || !channels || !regions || end <= start) {
      skipped.push(`notice ${index + 1}${id ? ` (${id})` : ''}: needs id, start and end with a zone, ${locale} title and body, severity ${noticeSeverities.join('|')}`);
      return;
    }
    notices.push({ id, severity, start, end, title: { [locale]: title }, body: { [locale]: body }, categories, channels, regions });
  });
  return { notices, skipped };
}

/**
 * A notice's start or end for readers: date, time and zone in the page's language. The build
 * writes it in UTC; the page script rewrites it in the reader's own time zone.
 */
export function formatNoticeTime(date: Date, lang: string, timeZone?: string): string {
  return dateTimeFormat(lang, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
