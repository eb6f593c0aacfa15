import { parsePhoneNumberWithError } from 'libphonenumber-js';
import type { Contact } from '../../schemas/contact.ts';
import type { OfficialContacts } from './check.ts';

/** The checker's view of contact.yaml: every official identifier, ready to compare. */
export function officialContacts(contact: Contact): OfficialContacts {
  const result: OfficialContacts = { phones: [], emails: [], emailDomains: [], webDomains: [], handles: [] };
  for (const channel of contact.channels) {
    for (const { region, number } of channel.phones) {
      const parsed = parsePhoneNumberWithError(number);
      result.phones.push({
        international: number.slice(1),
        national: parsed.nationalNumber,
        channel: channel.id,
        region,
        display: parsed.formatInternational(),
      });
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
