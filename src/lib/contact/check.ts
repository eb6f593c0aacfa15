/**
 * The "Check a contact" logic: is a phone number, email address, web address or social handle
 * someone gave you one of OKPay's official channels? Runs in the browser on data generated
 * from content/contact.yaml (see officialContacts in ./official.ts).
 */

export interface OfficialPhone {
  /** E.164 without the "+", e.g. "442079460123". */
  international: string;
  /** The number after the country code, e.g. "2079460123". */
  national: string;
  channel: string;
  region: string;
  display: string;
}

export interface OfficialContacts {
  phones: OfficialPhone[];
  /** Exact addresses, lower case. */
  emails: { address: string; channel: string }[];
  /** Domains every address of which is official, lower case. */
  emailDomains: { domain: string; channel: string }[];
  /** Web domains; their subdomains are official too. */
  webDomains: { domain: string; channel: string }[];
  /** Social handles without "@", lower case, with the host of the network's site. */
  handles: { handle: string; network: string; host: string; channel: string }[];
}

export type ContactKind = 'phone' | 'email' | 'web' | 'social';

export type Verdict =
  | { verdict: 'empty' }
  | { verdict: 'official'; kind: ContactKind; channel: string; value: string; region?: string; network?: string }
  /** Looks like an official contact only because of lookalike characters: an impersonation. */
  | { verdict: 'lookalike'; kind: ContactKind; channel: string; value: string; imitates: string; characters: string }
  | { verdict: 'unofficial'; kind: ContactKind; value: string };

/**
 * Letters from other scripts (and ASCII tricks) that look like Latin letters or digits, mapped
 * to what they imitate. A small, deliberate subset of Unicode's confusables list: the
 * characters seen in phishing of Latin-script brand names.
 */
const confusables: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p',
  с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  // Latin lookalikes and digits used as letters
  ı: 'i', ℓ: 'l', '0': 'o', '1': 'l', '|': 'l',
};

/** Text as a person would read it: compatibility forms folded (full-width, ligatures), lower case. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim();
}

/** What a folded text looks like: every lookalike replaced by the letter it imitates. */
export function skeleton(folded: string): string {
  let result = '';
  for (const char of folded.normalize('NFD').replace(/\p{M}/gu, '')) result += confusables[char] ?? char;
  return result.replace(/rn/g, 'm').replace(/vv/g, 'w');
}

/** The characters that make a lookalike, spelled out so a reader can see them: "о" U+043E. */
export function lookalikeCharacters(value: string): string {
  const odd = [...new Set([...value].filter((c) => c in confusables || c.charCodeAt(0) > 0x7e))];
  return odd.map((c) => `“${c}” U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/** Digits of a phone number with its kind of prefix, or undefined when it is not one. */
export function normalizePhone(input: string): { digits: string; prefix: 'international' | 'trunk' | 'none' } | undefined {
  let text = fold(input).replace(/^tel:/, '');
  // "+44 (0)20 …": the bracketed trunk zero is not dialled from abroad.
  text = text.replace(/\(0\)/g, '');
  if (!/^[+(\d][\d\s().\-/\u00a0]*$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6) return undefined;
  if (text.startsWith('+')) return { digits, prefix: 'international' };
  if (digits.startsWith('00')) return { digits: digits.slice(2), prefix: 'international' };
  if (digits.startsWith('0')) return { digits: digits.slice(1), prefix: 'trunk' };
  return { digits, prefix: 'none' };
}

function checkPhone(input: string, official: OfficialContacts): Verdict | undefined {
  const phone = normalizePhone(input);
  if (!phone) return undefined;
  const match = official.phones.find((p) =>
    phone.prefix === 'international'
      ? p.international === phone.digits
      : phone.prefix === 'trunk'
        ? p.national === phone.digits
        : p.international === phone.digits || p.national === phone.digits,
  );
  const value = `${phone.prefix === 'international' ? '+' : phone.prefix === 'trunk' ? '0' : ''}${phone.digits}`;
  return match
    ? { verdict: 'official', kind: 'phone', channel: match.channel, value: match.display, region: match.region }
    : { verdict: 'unofficial', kind: 'phone', value };
}

const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function checkEmail(text: string, official: OfficialContacts): Verdict {
  const address = text.replace(/^mailto:/, '').replace(/^.*<([^>]+)>.*$/, '$1').replace(/\?.*$/, '').replace(/\.$/, '');
  const domain = address.slice(address.lastIndexOf('@') + 1);
  const exact = official.emails.find((e) => e.address === address);
  const byDomain = official.emailDomains.find((d) => isUnder(domain, d.domain));
  const found = exact ?? byDomain;
  if (found) return { verdict: 'official', kind: 'email', channel: found.channel, value: address };
  const shape = skeleton(address);
  const shapeDomain = skeleton(domain);
  const imitated =
    official.emails.find((e) => skeleton(e.address) === shape) ??
    official.emailDomains.find((d) => isUnder(shapeDomain, skeleton(d.domain)));
  if (imitated) {
    const imitates = 'address' in imitated ? imitated.address : imitated.domain;
    return { verdict: 'lookalike', kind: 'email', channel: imitated.channel, value: address, imitates, characters: lookalikeCharacters(address) };
  }
  return { verdict: 'unofficial', kind: 'email', value: address };
}

function checkHandle(handle: string, official: OfficialContacts, host?: string): Verdict {
  const candidates = official.handles.filter((h) => host === undefined || h.host === host);
  const found = candidates.find((h) => h.handle === handle);
  if (found) return { verdict: 'official', kind: 'social', channel: found.channel, value: `@${found.handle}`, network: found.network };
  const shape = skeleton(handle);
  const imitated = candidates.find((h) => skeleton(h.handle) === shape);
  if (imitated) {
    return { verdict: 'lookalike', kind: 'social', channel: imitated.channel, value: `@${handle}`, imitates: `@${imitated.handle}`, characters: lookalikeCharacters(handle) };
  }
  return { verdict: 'unofficial', kind: 'social', value: `@${handle}` };
}

function checkWeb(text: string, official: OfficialContacts): Verdict {
  // Parsed by hand: URL() would turn a lookalike host into punycode and hide what it imitates.
  const withoutScheme = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const hostEnd = withoutScheme.search(/[/?#]/);
  const authority = hostEnd === -1 ? withoutScheme : withoutScheme.slice(0, hostEnd);
  const path = hostEnd === -1 ? '' : withoutScheme.slice(hostEnd);
  const host = authority.replace(/^.*@/, '').replace(/:\d+$/, '').replace(/\.$/, '').replace(/^www\./, '');
  const network = official.handles.find((h) => isUnder(host, h.host));
  const profile = /^\/@?([^/?#]+)/.exec(path)?.[1];
  if (network && profile) return checkHandle(profile, official, network.host);
  const found = official.webDomains.find((d) => isUnder(host, d.domain));
  if (found) return { verdict: 'official', kind: 'web', channel: found.channel, value: host };
  const shape = skeleton(host);
  const imitated = official.webDomains.find((d) => isUnder(shape, skeleton(d.domain)));
  if (imitated) {
    return { verdict: 'lookalike', kind: 'web', channel: imitated.channel, value: host, imitates: imitated.domain, characters: lookalikeCharacters(host) };
  }
  return { verdict: 'unofficial', kind: 'web', value: host };
}

/** The verdict for whatever a visitor pasted. */
export function checkContact(input: string, official: OfficialContacts): Verdict {
  const text = fold(input);
  if (!text) return { verdict: 'empty' };
  const phone = checkPhone(text, official);
  if (phone) return phone;
  if (/^(mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+/.test(text) || /<[^>]+@[^>]+>/.test(text)) return checkEmail(text, official);
  if (text.startsWith('@')) return checkHandle(text.slice(1), official);
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text) || /^[^\s/]+\.[^\s/.]+\.?([/?#:].*)?$/u.test(text)) return checkWeb(text, official);
  return checkHandle(text, official);
}
