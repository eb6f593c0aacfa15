import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePhoneNumberWithError } from 'libphonenumber-js';
import { checkContact, type OfficialContacts } from '../../../src/lib/contact/check.ts';
import { officialContacts } from '../../../src/lib/contact/official.ts';
import { shippedContact } from './fixture.ts';

/**
 * Properties over every official value of the shipped contact.yaml and of a second, made-up
 * set (other domains, countries and networks), so the checker is not tuned to one file:
 * mutations an attacker makes are never official; formattings a real contact comes in always are.
 */

const madeUp: OfficialContacts = officialContacts({
  ...shippedContact(),
  channels: [
    {
      ...shippedContact().channels[0]!,
      id: 'desk',
      url: 'https://service.paynet.example/',
      webDomains: ['service.paynet.example', 'paynet-help.test'],
      emails: ['care@paynet.example'],
      emailDomains: ['mail.paynet.example'],
      phones: [
        { region: 'uk', number: '+441134960123' },
        { region: 'north-america', number: '+16135550156' },
        { region: 'australia', number: '+61370101234' },
      ],
      social: [
        { network: 'Mastodon', handle: 'PayNet.Care', url: 'https://social.example/@PayNet.Care' },
        { network: 'Weibo', handle: 'paynet_cn', url: 'https://www.weibo.example/paynet_cn' },
      ],
    },
  ],
});

const sets = { shipped: officialContacts(shippedContact()), madeUp };

/** Homoglyphs independent of the checker's table: the pairs seen in phishing. */
const homoglyphs: Record<string, string[]> = {
  a: ['а', 'ɑ', 'α'], c: ['с', 'ϲ'], e: ['е', 'ё'], i: ['і', 'ı', 'ɩ'], k: ['κ', 'к'], l: ['1', 'ӏ', 'ⅼ'], m: ['rn', 'ｍ'],
  o: ['о', 'ο', '0', 'ѻ'], p: ['р', 'ρ'], s: ['ѕ'], t: ['т'], x: ['х', 'χ'], y: ['у', 'ү'], h: ['һ'], n: ['п'], u: ['υ', 'ս'],
};
const fullwidth = (text: string) => [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');

function values(official: OfficialContacts) {
  const domains = [...new Set([...official.webDomains, ...official.emailDomains].map((d) => d.domain))];
  return {
    domains,
    webDomains: official.webDomains.map((d) => d.domain),
    emails: official.emails.map((e) => e.address),
    handles: official.handles,
    phones: official.phones.map((p) => p.e164),
  };
}

/** A simple oracle, independent of the checker: is this exact host official? */
const officialHost = (host: string, official: OfficialContacts) =>
  [...official.webDomains, ...official.emailDomains].some((d) => host === d.domain || host.endsWith(`.${d.domain}`));

/** A text with one letter doubled, dropped, swapped with the next, or replaced by a homoglyph. */
function misspelling(text: string) {
  const letters = [...text].map((c, i) => ({ c, i })).filter(({ c }) => /[a-z]/.test(c));
  return fc.tuple(fc.constantFrom(...letters), fc.constantFrom('double', 'drop', 'swap', 'homoglyph'), fc.nat()).map(([{ c, i }, how, n]) => {
    const before = text.slice(0, i);
    const after = text.slice(i + 1);
    switch (how) {
      case 'double':
        return before + c + c + after;
      case 'drop':
        return before + after;
      case 'swap':
        return after ? before + after[0] + c + after.slice(1) : before + c + c;
      default: {
        const options = homoglyphs[c];
        return options ? before + options[n % options.length] + after : before + 'q' + after;
      }
    }
  });
}

const evil = fc.constantFrom('evil.com', 'attacker.test', 'login-verify.example.net', 'x.co');
const text = fc.constantFrom('Call ', 'Official: ', 'see ', '客服 ');

function domainMutations(domain: string) {
  return fc.oneof(
    evil.map((e) => `https://${e}/@${domain}`),
    evil.map((e) => `https://${e}\\${domain}`),
    evil.map((e) => `https://${e}\\.${domain}/`),
    evil.map((e) => `https://${e}#@${domain}`),
    evil.map((e) => `https://${e}?${domain}`),
    evil.map((e) => `https://${e}/?next=https://${domain}/`),
    evil.map((e) => `https://${domain}@${e}/`),
    evil.map((e) => `https://${domain}:pw@${e}`),
    evil.map((e) => `${domain}.${e}`),
    evil.map((e) => `https://${e}/${domain}`),
    fc.constantFrom('com', 'net', 'co.uk', 'cn').map((tld) => `${domain}.${tld}`),
    fc.constant(domain.replaceAll('.', '-') + '.com'),
    misspelling(domain),
    fc.constant(fullwidth(domain)),
    fc.tuple(text, fc.constantFrom('', ' now', ' or call us')).map(([a, b]) => `${a}${domain}${b}`),
  );
}

function emailMutations(address: string) {
  const [local, domain] = address.split('@') as [string, string];
  return fc.oneof(
    evil.map((e) => `${address}@${e}`),
    evil.map((e) => `attacker@${e}#@${domain}`),
    evil.map((e) => `mailto:attacker@${e}#@${domain}`),
    evil.map((e) => `mailto:attacker@${e}?cc=${address}`),
    evil.map((e) => `attacker@${e} ${address}`),
    evil.map((e) => `attacker@${e},${address}`),
    evil.map((e) => `${address} <attacker@${e}>`),
    evil.map((e) => `${local}@${domain}.${e}`),
    misspelling(domain).map((d) => `${local}@${d}`),
    fc.constant(fullwidth(address)),
    text.map((t) => `${t}${address}`),
  );
}

test('generated mutations of every official domain and address are never official', () => {
  for (const [name, official] of Object.entries(sets)) {
    const { domains, emails } = values(official);
    const mutated = fc.oneof(...domains.map(domainMutations), ...emails.map(emailMutations));
    fc.assert(
      fc.property(mutated, (input) => {
        // A misspelling can land on another official host (dropping "help." of help.okpay.example): that one is official.
        fc.pre(!officialHost(input, official) && !official.emails.some((e) => e.address === input));
        const verdict = checkContact(input, official);
        assert.notEqual(verdict.verdict, 'official', `${name}: ${input} → ${JSON.stringify(verdict)}`);
      }),
      { numRuns: 400 },
    );
  }
});

test('generated mutations of every official handle are never official, whatever network is chosen', () => {
  for (const [name, official] of Object.entries(sets)) {
    const { handles } = values(official);
    const networks = [undefined, 'other', ...new Set(handles.map((h) => h.network))];
    const mutated = fc.oneof(
      ...handles.map((h) =>
        fc.oneof(
          misspelling(h.handle).map((m) => `@${m}`),
          fc.constant(`@${fullwidth(h.handle)}`),
          evil.map((e) => `https://${e}/@${h.handle}`),
          evil.map((e) => `https://${h.host}.${e}/${h.handle}`),
          text.map((t) => `${t}@${h.handle}`),
        ),
      ),
    );
    fc.assert(
      fc.property(mutated, fc.constantFrom(...networks), (input, network) => {
        fc.pre(!handles.some((h) => `@${h.handle}` === input.toLowerCase()));
        const verdict = checkContact(input, official, network);
        assert.notEqual(verdict.verdict, 'official', `${name}: ${input} on ${network} → ${JSON.stringify(verdict)}`);
      }),
    );
    // The right name on the wrong network, or on none named.
    for (const h of handles) {
      for (const other of networks.filter((n) => n !== h.network)) {
        assert.notEqual(checkContact(`@${h.handle}`, official, other).verdict, 'official', `${name}: @${h.handle} on ${other}`);
      }
    }
  }
});

/** A digit changed, added, dropped or two swapped, written in international form. */
function phoneMutations(e164: string) {
  const digits = e164.slice(1);
  return fc.tuple(fc.nat({ max: digits.length - 1 }), fc.constantFrom('change', 'add', 'drop', 'swap'), fc.integer({ min: 1, max: 9 })).map(([i, how, d]) => {
    const digit = String((Number(digits[i]) + d) % 10);
    const before = digits.slice(0, i);
    const after = digits.slice(i + 1);
    const changed = {
      change: before + digit + after,
      add: before + digits[i] + digit + after,
      drop: before + after,
      swap: before + (after[0] ?? '') + digits[i] + after.slice(1),
    }[how];
    return `+${changed}`;
  });
}

test('a phone number one digit away from an official one, or inside other text, is never official', () => {
  for (const [name, official] of Object.entries(sets)) {
    const { phones } = values(official);
    const mutated = fc.oneof(...phones.map(phoneMutations), ...phones.map((p) => text.map((t) => `${t}${p} now`)));
    // "+44 020 …": the trunk 0 kept after the country code is a real writing of the same number.
    const sameNumber = phones.flatMap((p) => {
      const parsed = parsePhoneNumberWithError(p);
      return [p, `+${parsed.countryCallingCode}0${parsed.nationalNumber}`];
    });
    fc.assert(
      fc.property(mutated, (input) => {
        fc.pre(!sameNumber.includes(input));
        assert.notEqual(checkContact(input, official).verdict, 'official', `${name}: ${input}`);
      }),
      { numRuns: 300 },
    );
  }
});

/** An official number as people write it: +, 00 or 011, or the national form with its trunk 0, in groups with any separator. */
function phoneFormattings(e164: string) {
  const parsed = parsePhoneNumberWithError(e164);
  const national = parsed.formatNational().replace(/\D/g, '');
  const trunk = national.startsWith('0');
  const prefixes = [`+${parsed.countryCallingCode}`, `00${parsed.countryCallingCode}`, `011${parsed.countryCallingCode}`];
  const separator = fc.constantFrom(' ', '-', '.', ' - ', '');
  return fc
    .tuple(fc.constantFrom('international', 'national'), fc.constantFrom(...prefixes), fc.boolean(), fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 6 }), fc.array(separator, { minLength: 8, maxLength: 8 }), fc.boolean(), fc.boolean())
    .map(([form, prefix, bracketZero, cuts, seps, brackets, tel]) => {
      const rest = form === 'national' ? national : parsed.nationalNumber;
      const groups: string[] = [];
      let at = 0;
      for (const cut of cuts) {
        if (at >= rest.length) break;
        groups.push(rest.slice(at, at + cut));
        at += cut;
      }
      if (at < rest.length) groups.push(rest.slice(at));
      if (brackets && groups.length > 1) groups[0] = `(${groups[0]})`;
      const body = groups.map((g, i) => (i === 0 ? g : seps[i % seps.length] + g)).join('');
      const written = form === 'national' ? body : `${prefix}${bracketZero && trunk ? ' (0)' : ''} ${body}`;
      return tel && form === 'international' && prefix.startsWith('+') ? `tel:${written.replace(/\s/g, '')}` : written;
    });
}

function caseOf(text: string) {
  return fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
}

test('generated formattings of every official value are always official', () => {
  for (const [name, official] of Object.entries(sets)) {
    const { webDomains, emails, handles, phones } = values(official);
    const formatted = fc.oneof(
      ...phones.map((p) => phoneFormattings(p).map((input) => ({ input, network: undefined as string | undefined }))),
      ...webDomains.map((d) =>
        fc
          .tuple(caseOf(d), fc.constantFrom('', 'https://', 'http://', 'HTTPS://'), fc.boolean(), fc.boolean(), fc.constantFrom('', '/', '/contact', '/a/b?x=1&email=a@b.com#top', ':443/x'))
          .map(([host, scheme, www, dot, path]) => ({ input: `  ${scheme}${www ? 'www.' : ''}${host}${dot ? '.' : ''}${scheme || path ? path : ''} `, network: undefined })),
      ),
      ...emails.map((e) =>
        fc
          .tuple(caseOf(e), fc.constantFrom('', 'mailto:', 'OKPay Support <'))
          .map(([address, wrap]) => ({ input: wrap.endsWith('<') ? `${wrap}${address}>` : `${wrap}${address}`, network: undefined })),
      ),
      ...handles.map((h) =>
        fc.oneof(
          fc.tuple(caseOf(h.handle), fc.boolean()).map(([handle, at]) => ({ input: `${at ? '@' : ''}${handle}`, network: h.network as string | undefined })),
          fc.tuple(caseOf(h.handle), fc.boolean(), fc.boolean()).map(([handle, www, at]) => ({ input: `https://${www ? 'www.' : ''}${h.host}/${at ? '@' : ''}${handle}`, network: undefined })),
        ),
      ),
    );
    fc.assert(
      fc.property(formatted, ({ input, network }) => {
        const verdict = checkContact(input, official, network);
        assert.equal(verdict.verdict, 'official', `${name}: ${input} → ${JSON.stringify(verdict)}`);
      }),
      { numRuns: 500 },
    );
  }
});

/** The fastest of three runs, in ms: the checker's own time, without a garbage collection or another process in it. */
function fastestRun(input: string, official: OfficialContacts): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    checkContact(input, official);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

test('hostile input of any shape answers in well under 50 ms', () => {
  const official = sets.shipped;
  checkContact('warm up: https://okpay.example/', official);
  const hostile = [
    '<a@'.repeat(10_000),
    '<a@'.repeat(85),
    '@'.repeat(256),
    'a.'.repeat(128),
    `https://${'a.'.repeat(120)}x/`,
    '0'.repeat(256),
    `+${'1 '.repeat(127)}`,
    `${'x'.repeat(120)}@${'y.'.repeat(60)}`,
    'mailto:' + 'a,'.repeat(120),
    '\u200b'.repeat(256),
    'о'.repeat(256),
    '((((('.repeat(50),
  ];
  for (const input of hostile) {
    const elapsed = fastestRun(input, official);
    // Typical answers take well under a millisecond; the margin is for a busy CI machine.
    assert.ok(elapsed < 50, `${input.slice(0, 20)}… (${input.length} characters) took ${elapsed.toFixed(1)} ms`);
  }
  fc.assert(
    fc.property(fc.string({ maxLength: 256, unit: fc.constantFrom(...'<>@.:/\\#?a0+ -о．＠'.split('')) }), (input) => {
      const elapsed = fastestRun(input, official);
      assert.ok(elapsed < 50, `${input} took ${elapsed.toFixed(1)} ms`);
    }),
    { numRuns: 300 },
  );
});
