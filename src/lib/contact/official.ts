import { parsePhoneNumberWithError, type MetadataJson } from 'libphonenumber-js';
import metadata from 'libphonenumber-js/metadata.min.json';
import type { Contact } from './contact.ts';
import type { OfficialContacts } from './check.ts';

/**
 * The checker's view of contact.yaml: every official identifier, ready to compare, and the
 * phone metadata of just the calling codes the official numbers use (all countries sharing
 * them, so "+1 …" reads right for Canada as for the US).
 */
export function officialContacts(contact: Contact): OfficialContacts {
  const result: OfficialContacts = {
    phones: [],
    phoneCountries: [],
    phoneMetadata: { version: metadata.version, country_calling_codes: {}, countries: {}, nonGeographic: {} },
    emails: [],
    emailDomains: [],
    webDomains: [],
    handles: [],
  };
  const full = metadata as MetadataJson;
  for (const channel of contact.channels) {
    for (const { region, number } of channel.phones) {
      const parsed = parsePhoneNumberWithError(number);
      result.phones.push({ e164: parsed.number, channel: channel.id, region, display: parsed.formatInternational() });
      if (parsed.country && !result.phoneCountries.includes(parsed.country)) result.phoneCountries.push(parsed.country);
      const code = parsed.countryCallingCode;
      const countries = full.country_calling_codes[code] ?? [];
      result.phoneMetadata.country_calling_codes[code] = countries;
      for (const country of countries) result.phoneMetadata.countries[country] = full.countries[country];
    }
    for (const address of channel.emails) result.emails.push({ address, channel: channel.id });
    for (const domain of channel.emailDomains) result.emailDomains.push({ domain, channel: channel.id });
    for (const domain of channel.webDomains) result.webDomains.push({ domain, channel: channel.id });
    for (const account of channel.social) {
      result.handles.push({
        handle: account.handle.toLowerCase(),
        network: account.network,
        host: new URL(account.url).hostname.replace(/^www\./, ''),
        channel: channel.id,
      });
    }
  }
  // The most specific domain names the channel: help.okpay.example before okpay.example.
  result.webDomains.sort((a, b) => b.domain.length - a.domain.length);
  result.emailDomains.sort((a, b) => b.domain.length - a.domain.length);
  return result;
}

/** A phone number as people read it, e.g. "+44 20 7946 0123". */
export function formatPhone(e164: string): string {
  return parsePhoneNumberWithError(e164).formatInternational();
}
