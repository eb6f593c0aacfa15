import { getEntry } from 'astro:content';
import site from '../site.config.ts';
import type { Contact, ContactChannelData } from '../schemas/contact.ts';
import type { AvailabilityData } from '../lib/contact/availability.ts';
import { zoneOffsets } from '../lib/contact/hours.ts';
import { regionById } from '../lib/contact/contact.ts';
import { contentPrefix, urls } from './page.ts';

let contact: Promise<Contact> | undefined;

/** The validated contact data, read once per build. */
export function getContact(): Promise<Contact> {
  contact ??= (async () => {
    const entry = await getEntry('contact', 'contact.yaml');
    if (!entry) throw new Error(`${contentPrefix}contact.yaml is missing: it lists the official support channels.`);
    return entry.data;
  })();
  return contact;
}

/**
 * Where a channel opens: its own address (chat, secure upload), this help center's home for the
 * help-center channel (this deployment and base path, not the production origin in the data), or
 * its card on the contact page for channels without one.
 */
export function channelHref(channel: ContactChannelData, locale: string): string {
  if (!channel.url) return urls.contactChannel(locale, channel.id);
  return new URL(channel.url).origin === new URL(site.url).origin ? urls.home(locale) : channel.url;
}

let availability: Promise<AvailabilityData> | undefined;

/** Pages older than this fall back to Intl for the zones' offsets; a deploy renews the table. */
const offsetsWindowDays = 2 * 366;

/** Every channel's hours per region and their zones' offsets, for "open now"; once per build. */
export function getAvailability(): Promise<AvailabilityData> {
  availability ??= (async () => {
    const contact = await getContact();
    const { channels, regions } = contact;
    const timeZoneOf = (region: string) => regionById(contact, region).timeZone;
    const from = Date.now() - 24 * 3600_000;
    const until = from + offsetsWindowDays * 24 * 3600_000;
    const zones = [...new Set(channels.flatMap((c) => c.availability.map((a) => timeZoneOf(a.region))))];
    return {
      channels: channels.map((c) => ({ id: c.id, urgent: c.urgent })),
      regions: regions.map((r) => ({ id: r.id, timeZone: r.timeZone, nearbyTimeZones: r.nearbyTimeZones })),
      schedules: channels.flatMap((c) => c.availability.map((a) => ({ channel: c.id, region: a.region, timeZone: timeZoneOf(a.region), hours: a.hours }))),
      offsets: Object.fromEntries(zones.map((zone) => [zone, zoneOffsets(zone, from, until)])),
    };
  })();
  return availability;
}
