import { dateTimeFormat } from '../dates.ts';
import { openStatus, type Hours, type OpenStatus, type ZoneOffsets } from './hours.ts';

/**
 * Which channels are open for a visitor right now, and what to offer when the recommended one
 * is closed. Pure, so the help box and the contact page share it in the browser and in tests.
 */

export interface AvailabilityData {
  /** Channel ids in the contact page's order. */
  channels: { id: string; urgent: boolean }[];
  regions: { id: string; timeZone: string; nearbyTimeZones: string[] }[];
  schedules: { channel: string; region: string; timeZone: string; hours: Hours }[];
  /** Offsets of the schedules' zones around the build, so that pages need no Intl per zone. */
  offsets?: Record<string, ZoneOffsets>;
}

/** A channel without opening hours (email, upload) takes messages at any time. */
export type ChannelStatus = OpenStatus | { open: true; anytime: true };

/** The region serving a time zone: its own zone or one of its nearby ones. */
export function regionForTimeZone(regions: AvailabilityData['regions'], timeZone: string): string | undefined {
  return (regions.find((r) => r.timeZone === timeZone) ?? regions.find((r) => r.nearbyTimeZones.includes(timeZone)))?.id;
}

/**
 * A channel's status in a region. With no region known, it is open when open in any region and
 * otherwise opens at the earliest opening, since a visitor can dial abroad.
 */
export function channelStatus(data: AvailabilityData, channel: string, region: string | undefined, now: Date): ChannelStatus {
  const schedules = data.schedules.filter((s) => s.channel === channel);
  if (schedules.length === 0) return { open: true, anytime: true };
  const relevant = region === undefined ? schedules : schedules.filter((s) => s.region === region);
  if (relevant.length === 0) return { open: false, opensAt: null };
  const statuses = relevant.map((s) => openStatus(s.hours, s.timeZone, now, data.offsets?.[s.timeZone]));
  const open = statuses.find((s) => s.open);
  if (open) return open;
  const openings = statuses.flatMap((s) => (!s.open && s.opensAt ? [s.opensAt] : []));
  return { open: false, opensAt: openings.length ? new Date(Math.min(...openings.map((d) => d.getTime()))) : null };
}

/** True when the channel is open 24/7 where the visitor is (anywhere, when the region is unknown). */
function roundTheClock(data: AvailabilityData, channel: string, region: string | undefined): boolean {
  return data.schedules.some((s) => s.channel === channel && (region === undefined || s.region === region) && s.hours === '24/7');
}

export interface HelpPlan {
  statuses: Map<string, ChannelStatus>;
  /** Offered when the first channel is closed: the article's next open channel, else any open one. */
  alternative?: string;
  /** For urgent articles: a channel open 24/7 in the visitor's region. */
  roundTheClock?: string;
}

export function helpPlan(data: AvailabilityData, support: readonly string[], region: string | undefined, now: Date): HelpPlan {
  const statuses = new Map(support.map((id) => [id, channelStatus(data, id, region, now)]));
  const plan: HelpPlan = { statuses };
  // The article's own channels first, then every other channel in the contact page's order.
  const candidates = [...support, ...data.channels.map((c) => c.id).filter((id) => !support.includes(id))];
  const first = support[0];
  if (first !== undefined && !statuses.get(first)!.open) {
    plan.alternative = candidates.slice(1).find((id) => channelStatus(data, id, region, now).open);
  }
  if (first !== undefined && data.channels.find((c) => c.id === first)?.urgent) {
    plan.roundTheClock = candidates.find((id) => roundTheClock(data, id, region));
  }
  return plan;
}

/**
 * "08:00" when the time falls on the visitor's today, else "Thu 08:00": the day matters only
 * when it is not today.
 */
export function formatTime(at: Date, now: Date, lang: string, timeZone?: string): string {
  // In the visitor's own zone, Date's local calendar answers without making a formatter.
  const day = timeZone === undefined ? undefined : dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameDay = day ? day.format(at) === day.format(now) : at.toDateString() === now.toDateString();
  return dateTimeFormat(lang, { timeZone, ...(sameDay ? {} : { weekday: 'short' }), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
