import { toUnicode } from 'punycode/punycode.es6.js';
import { disguiseCharacters, editDistance, fold, lookalikeCharacters, skeleton, spellOut } from './lookalike.ts';
import { checkPhone, looksLikePhone, type PhoneOfficials } from './phone-check.ts';

/**
 * The "Check a contact" logic: is a phone number, email address, web address or social handle
 * someone gave you one of OKPay's official channels, an imitation of one, or unknown? Each kind
 * is parsed the way the victim's software would read it, so what is judged is what a browser,
 * mail program or phone would actually reach. Runs in the browser on data generated from
 * content/contact.yaml (see officialContacts in ./official.ts). docs/contact-checker.md has the
 * threat model.
 */

export interface OfficialHandle {
  /** Without "@", lower case. */
  handle: string;
  network: string;
  /** Host of the network's site, without "www.". */
  host: string;
  channel: string;
}

export interface OfficialDomain {
  domain: string;
  channel: string;
}

export interface OfficialContacts extends PhoneOfficials {
  /** Exact addresses, lower case. */
  emails: { address: string; channel: string }[];
  /** Domains every address at which (or at a subdomain of which) is official, lower case. */
  emailDomains: OfficialDomain[];
  /** Web domains; their subdomains are official too. Most specific first. */
  webDomains: OfficialDomain[];
  handles: OfficialHandle[];
}

export type ContactKind = 'phone' | 'email' | 'web' | 'social';

/** Why something is an imitation: the words the page uses differ per reason. */
export type ImitationReason = 'lookalike' | 'misspelt' | 'contains' | 'disguised' | 'other-network';
/** Why the checker cannot call something official. */
export type UnknownReason = 'not-listed' | 'several' | 'too-long' | 'unrecognised' | 'network-needed';

export type Verdict =
  | { verdict: 'empty' }
  | { verdict: 'official'; kind: ContactKind; channel: string; judged: string; region?: string; network?: string }
  | {
      verdict: 'imitation';
      kind: ContactKind;
      channel: string;
      reason: ImitationReason;
      judged: string;
      imitates: string;
      /** The lookalike characters, spelled out (reason "lookalike"). */
      characters?: string;
    }
  | { verdict: 'unknown'; reason: UnknownReason; kind?: ContactKind; judged?: string };

/** The longest input the checker reads; the input field has the same maxlength. */
export const maxInputLength = 256;

/** The network choice beside the input: an official network's name, or "other". */
export const otherNetwork = 'other';

type Imitation = Pick<Extract<Verdict, { verdict: 'imitation' }>, 'channel' | 'reason' | 'imitates' | 'characters'>;

const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
const lettersAndDigits = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

function allDomains(official: OfficialContacts): OfficialDomain[] {
  return [
    ...official.webDomains,
    ...official.emailDomains,
    ...official.emails.map((e) => ({ domain: e.address.slice(e.address.indexOf('@') + 1), channel: e.channel })),
  ];
}

/** The official domain or address that text (a path, a user name, a display name) mentions, if any. */
function mentionedOfficial(text: string, official: OfficialContacts): Imitation | undefined {
  if (!text) return undefined;
  const shape = skeleton(text);
  const domain = allDomains(official).find((d) => shape.includes(skeleton(d.domain)));
  const handle = official.handles.find((h) => shape.includes(`@${skeleton(h.handle)}`));
  if (domain) return { channel: domain.channel, reason: 'disguised', imitates: domain.domain };
  if (handle) return { channel: handle.channel, reason: 'disguised', imitates: `@${handle.handle}` };
  return undefined;
}

/** The label before the top-level one, e.g. "okpay" of help.okpay.example: the name a brand is known by. */
const brandOf = (domain: string) => domain.split('.').at(-2) ?? domain;

/** How a host that is not official imitates an official domain, if it does. */
function imitatedDomain(host: string, official: OfficialContacts): Imitation | undefined {
  const shape = skeleton(host);
  const labels = shape.split('.');
  const domains = allDomains(official);
  for (const d of domains) {
    if (isUnder(shape, skeleton(d.domain))) {
      return { channel: d.channel, reason: 'lookalike', imitates: d.domain, characters: lookalikeCharacters(host) };
    }
  }
  for (const d of domains) {
    const target = skeleton(d.domain);
    const tail = labels.slice(-target.split('.').length).join('.');
    if (editDistance(tail, target, 2) <= 2 || editDistance(shape, target, 2) <= 2) return { channel: d.channel, reason: 'misspelt', imitates: d.domain };
  }
  const contained = domains.find((d) => {
    const target = skeleton(d.domain);
    return shape.includes(target) || lettersAndDigits(shape).includes(lettersAndDigits(target));
  });
  // Only the brand ("okpay-refund.evil"): name the shortest official domain that carries it.
  const tokens = shape.split(/[.\-_]/);
  const branded = [...domains]
    .sort((a, b) => a.domain.length - b.domain.length)
    .find((d) => {
      const brand = brandOf(skeleton(d.domain));
      return brand.length >= 4 && tokens.some((t) => t.startsWith(brand));
    });
  const found = contained ?? branded;
  if (found) return { channel: found.channel, reason: 'contains', imitates: found.domain };
  return undefined;
}

/** The host of a URL in Unicode (xn-- labels decoded), lower case, without a final dot. */
function unicodeHost(hostname: string): string {
  let host = hostname.replace(/\.$/, '');
  try {
    host = toUnicode(host);
  } catch {
    // Not valid punycode: judge the ASCII form, which is not official either way.
  }
  return host.toLowerCase();
}

const percentDecoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

function checkHandle(handle: string, official: OfficialContacts, network: string | undefined): Verdict {
  const networkName = network && network !== otherNetwork ? network : undefined;
  const judged = `@${handle}`;
  const exact = official.handles.filter((h) => h.handle === handle);
  const onNetwork = exact.find((h) => networkName !== undefined && h.network === networkName);
  if (onNetwork) return { verdict: 'official', kind: 'social', channel: onNetwork.channel, judged, network: onNetwork.network };
  if (exact.length > 0 && network === undefined) return { verdict: 'unknown', reason: 'network-needed', kind: 'social', judged };
  const imitation = (h: OfficialHandle, reason: ImitationReason, characters?: string): Verdict => ({
    verdict: 'imitation',
    kind: 'social',
    channel: h.channel,
    reason,
    judged,
    imitates: `@${h.handle} (${h.network})`,
    ...(characters ? { characters } : {}),
  });
  if (exact[0]) return imitation(exact[0], 'other-network');
  const shape = skeleton(handle);
  const lookalike = official.handles.find((h) => skeleton(h.handle) === shape);
  if (lookalike) return imitation(lookalike, 'lookalike', lookalikeCharacters(handle));
  const misspelt = official.handles.find((h) => editDistance(shape, skeleton(h.handle), 2) <= 2);
  if (misspelt) return imitation(misspelt, 'misspelt');
  const containing = official.handles.find((h) => shape.includes(skeleton(h.handle)));
  if (containing) return imitation(containing, 'contains');
  return { verdict: 'unknown', reason: 'not-listed', kind: 'social', judged };
}

/** Handles: letters, digits, marks, "_", "." and "-"; 64 at most. */
const handlePattern = /^[\p{L}\p{M}\p{N}_.-]{1,64}$/u;

/** A web address, read by the WHATWG URL parser as typed or with "https://" added, as a browser would. */
function checkWeb(text: string, official: OfficialContacts): Verdict {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    // No scheme: a browser's address bar adds one.
  }
  if (url && !/^(https?|wss?|ftp):$/.test(url.protocol)) {
    // "okpay.example:443" parses as the scheme "okpay.example:"; javascript:, data: and the like are not addresses.
    if (/^(javascript|data|file|blob|about|vbscript):$/.test(url.protocol)) return { verdict: 'unknown', reason: 'unrecognised' };
    url = undefined;
  }
  try {
    url ??= new URL(`https://${text}`);
  } catch {
    return { verdict: 'unknown', reason: 'unrecognised' };
  }
  const host = unicodeHost(url.hostname);
  const network = official.handles.find((h) => isUnder(host.replace(/^www\./, ''), h.host));
  if (network) {
    const profile = percentDecoded(url.pathname.split('/')[1] ?? '').replace(/^@/, '').toLowerCase();
    if (handlePattern.test(profile)) return checkHandle(profile, official, network.network);
  }
  const domain = official.webDomains.find((d) => isUnder(host, d.domain));
  if (domain) return { verdict: 'official', kind: 'web', channel: domain.channel, judged: host };
  const imitation =
    imitatedDomain(host, official) ??
    mentionedOfficial(percentDecoded(`${url.username}:${url.password}@${url.pathname}${url.search}${url.hash}`), official);
  if (imitation) return { verdict: 'imitation', kind: 'web', judged: host, ...imitation };
  return { verdict: 'unknown', reason: 'not-listed', kind: 'web', judged: host };
}

/**
 * One email address: one "@", no spaces, no URL syntax. The two classes exclude "@", so the
 * pattern cannot backtrack.
 */
const emailPattern = /^([^\s@<>()[\]\\,;:"/?#]+)@([^\s@<>()[\]\\,;:"/?#]+)$/u;

function checkEmail(address: string, official: OfficialContacts, context = ''): Verdict {
  const match = emailPattern.exec(address);
  if (!match) {
    // "support@okpay.example@evil": not one address, and the official one is a disguise.
    const disguise = mentionedOfficial(address, official);
    return disguise ? { verdict: 'imitation', kind: 'email', judged: address, ...disguise } : { verdict: 'unknown', reason: 'unrecognised' };
  }
  const local = match[1]!;
  let host: string;
  try {
    host = unicodeHost(new URL(`https://${match[2]!}`).hostname);
  } catch {
    return { verdict: 'unknown', reason: 'unrecognised' };
  }
  const judged = `${local}@${host}`;
  const exact = official.emails.find((e) => e.address === judged);
  const domain = official.emailDomains.find((d) => isUnder(host, d.domain));
  const found = exact ?? domain;
  if (found) return { verdict: 'official', kind: 'email', channel: found.channel, judged };
  const imitation = imitatedDomain(host, official) ?? mentionedOfficial(`${context} ${local}`, official);
  if (imitation) {
    const exactLookalike = official.emails.find((e) => skeleton(e.address) === skeleton(judged));
    const imitates = imitation.reason === 'lookalike' && exactLookalike ? exactLookalike.address : imitation.imitates;
    const characters = imitation.reason === 'lookalike' ? lookalikeCharacters(judged) : undefined;
    return { verdict: 'imitation', kind: 'email', judged, ...imitation, imitates, ...(characters ? { characters } : {}) };
  }
  return { verdict: 'unknown', reason: 'not-listed', kind: 'email', judged };
}

function checkMailto(text: string, official: OfficialContacts): Verdict {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { verdict: 'unknown', reason: 'unrecognised' };
  }
  const to = percentDecoded(url.pathname) || (url.searchParams.get('to') ?? '');
  if (/[,;]/.test(to)) return { verdict: 'unknown', reason: 'several' };
  // The mail goes to the address; whatever follows "?" or "#" only dresses it up.
  return checkEmail(to, official, percentDecoded(`${url.search}${url.hash}`));
}

/** "OKPay Support <support@okpay.example>": the display name and the address it hides. */
const displayName = /^([^<>]*)<([^<>]*)>$/;

/**
 * The verdict for whatever a visitor pasted. `network` is the reader's choice beside the input:
 * an official network's name, "other", or undefined when they did not say.
 */
export function checkContact(input: string, official: OfficialContacts, network?: string): Verdict {
  if (input.length > maxInputLength) return { verdict: 'unknown', reason: 'too-long' };
  const text = fold(input);
  if (!text) return { verdict: 'empty' };
  if (looksLikePhone(text)) {
    const result = checkPhone(text, official);
    switch (result.verdict) {
      case 'official': {
        const { channel, display, region } = result.phone;
        return { verdict: 'official', kind: 'phone', channel, judged: display, region };
      }
      case 'imitation':
        return { verdict: 'imitation', kind: 'phone', channel: result.phone.channel, reason: 'misspelt', judged: result.judged, imitates: result.phone.display };
      case 'unknown':
        return { verdict: 'unknown', reason: 'not-listed', kind: 'phone', judged: result.judged };
    }
  }
  const verdict = checkText(text, official, network);
  if (verdict.verdict !== 'official') return verdict;
  // Read through full-width letters or hidden characters, it is official; written with them, it is a disguise.
  const written = writtenPart(input.normalize('NFC').trim(), verdict.kind);
  const disguise = disguiseCharacters(written);
  if (disguise.length === 0) return verdict;
  return { verdict: 'imitation', kind: verdict.kind, channel: verdict.channel, reason: 'lookalike', judged: written.toLowerCase(), imitates: verdict.judged, characters: spellOut(disguise) };
}

/** The part of the input as written that names the contact: the address in "Name <address>", the host of a web address. */
function writtenPart(input: string, kind: ContactKind): string {
  const address = displayName.exec(input)?.[2] ?? input;
  if (kind !== 'web') return address;
  const authority = address.replace(/^[^:/]*:\/\//, '').split(/[/?#\\]/, 1)[0] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1);
}

/** The verdict for folded text that is not a phone number. */
function checkText(text: string, official: OfficialContacts, network: string | undefined): Verdict {
  const named = displayName.exec(text);
  const candidate = (named ? named[2]! : text).trim();
  const tokens = candidate.split(/[\s,;]+/).filter(Boolean);
  if (tokens.length !== 1) return { verdict: 'unknown', reason: tokens.length === 0 ? 'unrecognised' : 'several' };
  const token = tokens[0]!;
  if (token.startsWith('tel:')) return { verdict: 'unknown', reason: 'unrecognised', kind: 'phone' };
  if (token.startsWith('mailto:')) return checkMailto(token, official);
  if (named) return checkEmail(token, official, named[1]);
  if (/^[a-z][a-z0-9+.-]*:|[/\\?#]/.test(token)) return checkWeb(token, official);
  const handle = token.replace(/^@/, '');
  // The reader said it is a handle: "okpay.help" may then be a name rather than a domain.
  if (network && handlePattern.test(handle)) {
    const asHandle = checkHandle(handle, official, network);
    if (asHandle.verdict === 'official' || !token.includes('.')) return asHandle;
  }
  if (token.startsWith('@')) {
    return handlePattern.test(handle) ? checkHandle(handle, official, network) : unrecognisedOrDisguised(token, official);
  }
  if (token.includes('@')) return checkEmail(token, official);
  if (token.includes('.')) return checkWeb(token, official);
  return handlePattern.test(token) ? checkHandle(token, official, network) : { verdict: 'unknown', reason: 'unrecognised' };
}

function unrecognisedOrDisguised(token: string, official: OfficialContacts): Verdict {
  const disguise = mentionedOfficial(token, official);
  return disguise ? { verdict: 'imitation', kind: 'web', judged: token, ...disguise } : { verdict: 'unknown', reason: 'unrecognised' };
}
