import type { Hours } from './hours.ts';

/**
 * The official support channels as the code works with them: content/contact.yaml once
 * src/schemas/contact.ts, which satisfies this type and documents each field for editors, has
 * validated it. Texts are given per locale code.
 */
export interface Contact {
  regions: ContactRegion[];
  channels: ContactChannelData[];
  /** What to have ready, and tips for email and for calls or chats: items per locale code. */
  advice: Record<'prepare' | 'email' | 'call', Record<string, string[]>>;
}

/** A region by id; the schema has checked that every id the data uses names one. */
export function regionById(contact: Pick<Contact, 'regions'>, id: string): ContactRegion {
  const region = contact.regions.find((r) => r.id === id);
  if (!region) throw new Error(`contact.yaml has no region "${id}".`);
  return region;
}

export interface ContactRegion {
  id: string;
  name: Record<string, string>;
  /** IANA time zone of the region's opening hours. */
  timeZone: string;
  /** Time zones of visitors this region serves besides its own. */
  nearbyTimeZones: string[];
  /** ISO 3166 country codes. */
  countries: string[];
}

export interface ContactChannelData {
  id: string;
  label: Record<string, string>;
  bestFor: Record<string, string>;
  responseTime: Record<string, string>;
  /** Language tags the channel answers in. */
  languages: string[];
  /** Offered on urgent articles, which need one channel open 24/7 in every region. */
  urgent: boolean;
  availability: { region: string; hours: Hours; languages?: string[] | undefined }[];
  /** E.164 numbers, one per region. */
  phones: { region: string; number: string }[];
  emails: string[];
  emailDomains: string[];
  webDomains: string[];
  social: { network: string; handle: string; url: string }[];
  holidayNote?: Record<string, string> | undefined;
  url?: string | undefined;
}
