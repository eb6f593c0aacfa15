import type { Contact } from './contact.ts';

/**
 * Recognises the fictional values the repository ships with, so a production build can refuse
 * to publish a help center that sends customers to numbers or domains nobody answers.
 */

/** Domains reserved for documentation and tests (RFC 2606, RFC 6761). */
const reservedDomain = /(^|\.)(example|test|invalid|localhost|example\.(com|net|org))$/;

/** Phone ranges reserved for drama and fiction (E.164 without "+"). */
const fictionRanges: { pattern: RegExp; name: string }[] = [
  { pattern: /^44(2079460\d{3}|1\d{2}4960\d{3}|7700900\d{3})$/, name: 'UK Ofcom drama range' },
  { pattern: /^1\d{3}55501\d{2}$/, name: 'North American 555-0100 to 555-0199 fiction range' },
  { pattern: /^61(25550|37010|77010|87010)\d{4}$/, name: 'Australian ACMA fiction range' },
  { pattern: /^61491570\d{3}$/, name: 'Australian ACMA mobile fiction range' },
  // No fiction range exists in these countries: the repository uses all-zero service numbers.
  { pattern: /^864000000000$/, name: 'Mainland China placeholder, no fiction range there' },
  { pattern: /^852800000000$/, name: 'Hong Kong placeholder, no fiction range there' },
  { pattern: /^886800000000$/, name: 'Taiwan placeholder, no fiction range there' },
  { pattern: /^6518000000000$/, name: 'Singapore placeholder, no fiction range there' },
];

export interface Placeholder {
  /** Field path in contact.yaml, e.g. ["channels", 2, "phones", 0, "number"]. */
  path: (string | number)[];
  value: string;
  reason: string;
}

export function placeholderDomainReason(domain: string): string | undefined {
  return reservedDomain.test(domain.toLowerCase()) ? 'a reserved example domain' : undefined;
}

export function placeholderPhoneReason(e164: string): string | undefined {
  const digits = e164.replace(/\D/g, '');
  return fictionRanges.find((r) => r.pattern.test(digits))?.name;
}

const hostOf = (url: string) => new URL(url).hostname;

/** Every contact value that is still a placeholder, with where it is. */
export function placeholderValues(contact: Contact): Placeholder[] {
  const found: Placeholder[] = [];
  const domainCheck = (path: Placeholder['path'], value: string, domain: string) => {
    const reason = placeholderDomainReason(domain);
    if (reason) found.push({ path, value, reason });
  };
  contact.channels.forEach((channel, c) => {
    const at = (...rest: (string | number)[]) => ['channels', c, ...rest];
    if (channel.url) domainCheck(at('url'), channel.url, hostOf(channel.url));
    channel.phones.forEach((p, i) => {
      const reason = placeholderPhoneReason(p.number);
      if (reason) found.push({ path: at('phones', i, 'number'), value: p.number, reason });
    });
    channel.emails.forEach((e, i) => domainCheck(at('emails', i), e, e.slice(e.lastIndexOf('@') + 1)));
    channel.emailDomains.forEach((d, i) => domainCheck(at('emailDomains', i), d, d));
    channel.webDomains.forEach((d, i) => domainCheck(at('webDomains', i), d, d));
    channel.social.forEach((s, i) => domainCheck(at('social', i, 'url'), s.url, hostOf(s.url)));
  });
  return found;
}
