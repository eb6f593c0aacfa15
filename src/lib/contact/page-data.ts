import type { Hours } from './hours.ts';

/**
 * What the contact page hands its script (as JSON in the page): schedules for the open-now
 * status and the words to show, in the page's language. (The checker has its own: CheckerData.)
 */
export interface ContactPageData {
  lang: string;
  schedules: { channel: string; region: string; timeZone: string; hours: Hours }[];
  regions: { id: string; name: string; timeZone: string }[];
  channels: Record<string, string>;
  messages: {
    openAlways: string;
    openUntil: string;
    closedUntil: string;
    closed: string;
  };
}

/** The region whose time zone the visitor is in, if any. */
export function regionForTimeZone(regions: ContactPageData['regions'], timeZone: string): string | undefined {
  return regions.find((r) => r.timeZone === timeZone)?.id;
}
