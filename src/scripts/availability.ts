import { channelStatus, formatTime, helpPlan, regionForTimeZone, type AvailabilityData, type ChannelStatus } from '../lib/contact/availability.ts';
import { mentionStatus } from '../lib/contact/mention.ts';
import { fill } from '../lib/message-format.ts';
import { runInSlices } from './yield.ts';

/**
 * Open or closed, in the visitor's own time zone: badges on contact cards and help boxes, a
 * status after each channel mention, and the help box's open alternative. Without JavaScript
 * the page keeps its plain-text hours.
 */

export interface AvailabilityPageData {
  lang: string;
  availability: AvailabilityData;
  /** Label (as at a sentence start) and address per channel id. */
  channels: Record<string, { label: string; href: string }>;
  messages: {
    openAlways: string;
    openUntil: string;
    closedUntil: string;
    closed: string;
    mentionOpen: string;
    mentionClosed: string;
    mentionWrap: string;
    alternative: string;
    roundTheClock: string;
  };
}

export function readAvailability(): AvailabilityPageData | undefined {
  const source = document.getElementById('availability-data');
  return source?.textContent ? (JSON.parse(source.textContent) as AvailabilityPageData) : undefined;
}

export function visitorRegion(data: AvailabilityPageData): string | undefined {
  return regionForTimeZone(data.availability.regions, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

function badgeText(data: AvailabilityPageData, status: ChannelStatus, now: Date): string {
  const { messages, lang } = data;
  if (status.open) return 'closesAt' in status && status.closesAt ? fill(messages.openUntil, { time: formatTime(status.closesAt, now, lang) }) : messages.openAlways;
  return status.opensAt ? fill(messages.closedUntil, { time: formatTime(status.opensAt, now, lang) }) : messages.closed;
}

const hasHours = (data: AvailabilityPageData, channel: string) => data.availability.schedules.some((s) => s.channel === channel);

/** Every `[data-open-status][data-channel]` badge, for the given region. */
function* showBadges(data: AvailabilityPageData, region: string | undefined, now: Date): Generator<void> {
  for (const badge of document.querySelectorAll<HTMLElement>('[data-open-status][data-channel]')) {
    const channel = badge.dataset.channel!;
    if (!hasHours(data, channel)) continue;
    const status = channelStatus(data.availability, channel, region, now);
    badge.textContent = badgeText(data, status, now);
    badge.dataset.state = status.open ? 'open' : 'closed';
    badge.hidden = false;
    yield;
  }
}

/** "live chat (closed now, opens 08:00 your time)" after each mention of a channel with hours. */
function* showMentions(data: AvailabilityPageData, region: string | undefined, now: Date): Generator<void> {
  for (const target of document.querySelectorAll<HTMLElement>('[data-mention-status]')) {
    const channel = target.dataset.mentionStatus!;
    if (!hasHours(data, channel)) continue;
    const status = channelStatus(data.availability, channel, region, now);
    const text = status.open
      ? data.messages.mentionOpen
      : fill(data.messages.mentionClosed, { time: status.opensAt ? formatTime(status.opensAt, now, data.lang) : '' });
    target.textContent = mentionStatus(text, { wrap: data.messages.mentionWrap });
    target.dataset.state = status.open ? 'open' : 'closed';
    target.hidden = false;
    yield;
  }
}

function offer(element: HTMLElement | null, text: string, channel: string | undefined, data: AvailabilityPageData): void {
  if (!element) return;
  const target = channel ? data.channels[channel] : undefined;
  if (!target) {
    element.hidden = true;
    return;
  }
  const link = document.createElement('a');
  link.href = target.href;
  link.textContent = target.label;
  link.dataset.offeredChannel = channel;
  element.replaceChildren(`${text} `, link);
  element.hidden = false;
}

/** The help box: badges are set by showBadges; here the open alternative and the 24/7 option. */
function* showHelpBoxes(data: AvailabilityPageData, region: string | undefined, now: Date): Generator<void> {
  for (const box of document.querySelectorAll<HTMLElement>('[data-help-box]')) {
    const support = (box.dataset.support ?? '').split(' ').filter(Boolean);
    const plan = helpPlan(data.availability, support, region, now);
    const aroundTheClock = plan.roundTheClock !== support[0] || !plan.statuses.get(support[0]!)?.open ? plan.roundTheClock : undefined;
    offer(box.querySelector('[data-help-round-the-clock]'), data.messages.roundTheClock, aroundTheClock, data);
    offer(box.querySelector('[data-help-alternative]'), data.messages.alternative, plan.alternative === aroundTheClock ? undefined : plan.alternative, data);
    yield;
  }
}

let latest = 0;

/**
 * Badges, mentions and help boxes for the region, in slices: the first status in each time zone
 * loads that zone's data, which on a phone adds up to a long task on the contact page.
 */
export function showAvailability(data: AvailabilityPageData, region: string | undefined, now: Date): Promise<void> {
  const run = ++latest;
  function* all() {
    yield* showBadges(data, region, now);
    yield* showMentions(data, region, now);
    yield* showHelpBoxes(data, region, now);
  }
  return runInSlices(all(), () => run !== latest);
}
