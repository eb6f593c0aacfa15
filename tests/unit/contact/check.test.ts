import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContact, maxInputLength, type Verdict } from '../../../src/lib/contact/check.ts';
import { officialContacts } from '../../../src/lib/contact/official.ts';
import { shippedContact } from './fixture.ts';
import { reportedImitations } from '../../contact-checker-cases.ts';

const official = officialContacts(shippedContact());
const verdictOf = (input: string, network?: string) => checkContact(input, official, network);
const field = <K extends string>(verdict: Verdict, key: K) => (verdict as Record<K, unknown>)[key];

for (const input of reportedImitations) {
  test(`"${input}" is an imitation, never official`, () => {
    assert.equal(verdictOf(input).verdict, 'imitation');
  });
}

test('a web address is judged by the host a browser connects to: evil.com, not what follows "@", "#" or "\\"', () => {
  assert.equal(field(verdictOf('https://evil.com/@okpay.example'), 'judged'), 'evil.com');
  assert.equal(field(verdictOf('https://evil.com#@okpay.example'), 'judged'), 'evil.com');
  assert.equal(field(verdictOf('https://evil.com\\.okpay.example/'), 'judged'), 'evil.com');
  assert.equal(field(verdictOf('https://okpay-refund.evil/support@okpay.example'), 'judged'), 'okpay-refund.evil');
  assert.equal(field(verdictOf('https://okpay.example@evil.com/'), 'judged'), 'evil.com');
});

test('a mailto: link is judged by the address the mail goes to', () => {
  const verdict = verdictOf('mailto:attacker@evil.com#@okpay.example');
  assert.equal(field(verdict, 'judged'), 'attacker@evil.com');
  assert.equal(verdictOf('mailto:support@okpay.example?subject=Help').verdict, 'official');
});

test('two contacts in one input get "check one at a time", with a space or a comma between them', () => {
  for (const input of ['attacker@evil.com support@okpay.example', 'attacker@evil.com,support@okpay.example', 'attacker@evil.com; support@okpay.example']) {
    assert.deepEqual(verdictOf(input), { verdict: 'unknown', reason: 'several' }, input);
  }
  assert.deepEqual(verdictOf('mailto:attacker@evil.com,support@okpay.example'), { verdict: 'unknown', reason: 'several' });
  assert.deepEqual(verdictOf('Call +44 20 7946 0321 now'), { verdict: 'unknown', reason: 'several' });
});

test('a bare handle is official on its own network only', () => {
  assert.deepEqual(verdictOf('@okpayhelp'), { verdict: 'unknown', reason: 'network-needed', kind: 'social', judged: '@okpayhelp' });
  assert.deepEqual(verdictOf('@OKPayHelp', 'Weibo'), { verdict: 'official', kind: 'social', channel: 'social', judged: '@okpayhelp', network: 'Weibo' });
  assert.equal(verdictOf('okpay_support', 'X').verdict, 'official');
  const elsewhere = verdictOf('@okpayhelp', 'X');
  assert.equal(elsewhere.verdict, 'imitation');
  assert.equal(field(elsewhere, 'reason'), 'other-network');
  assert.equal(verdictOf('@okpayhelp', 'other').verdict, 'imitation');
});

test('a profile link names its network: the official name on another network\'s site is an imitation', () => {
  assert.equal(verdictOf('https://weibo.example/OKPayHelp').verdict, 'official');
  assert.equal(verdictOf('https://www.weibo.example/@OKPayHelp?from=share').verdict, 'official');
  assert.equal(verdictOf('https://x.example/okpay_support').verdict, 'official');
  assert.equal(verdictOf('https://x.example/OKPayHelp').verdict, 'imitation');
});

test('official numbers in the writings of issue 11: "+44 020", "011 44", "(0)"', () => {
  for (const input of ['+44 020 7946 0321', '011 44 20 7946 0321', '+44 (0)20 7946-0321', '0044 20 7946 0321', '020 7946 0321', 'tel:+442079460321']) {
    assert.deepEqual(verdictOf(input), { verdict: 'official', kind: 'phone', channel: 'phone', judged: '+44 20 7946 0321', region: 'uk' }, input);
  }
  assert.equal(field(verdictOf('(202) 555-0147'), 'region'), 'north-america');
  assert.equal(field(verdictOf('1 (202) 555-0147'), 'region'), 'north-america');
  assert.equal(field(verdictOf('(02) 5550 1234'), 'region'), 'australia');
  assert.equal(field(verdictOf('0011 61 2 5550 1234'), 'region'), 'australia');
});

test('full-width digits are the same phone number (Chinese input methods type them)', () => {
  assert.equal(verdictOf('＋１ ２０２ ５５５ ０１４７').verdict, 'official');
});

test('a number one digit away from an official one is an imitation; others are unknown, shown in international form', () => {
  for (const input of ['+44 20 7946 0322', '+44 20 7946 032', '+44 20 7946 03210', '+44 20 7946 0312']) {
    const verdict = verdictOf(input);
    assert.equal(verdict.verdict, 'imitation', input);
    assert.equal(field(verdict, 'imitates'), '+44 20 7946 0321', input);
  }
  assert.deepEqual(verdictOf('+44 20 7946 0999'), { verdict: 'unknown', reason: 'not-listed', kind: 'phone', judged: '+44 20 7946 0999' });
  assert.equal(verdictOf('+33 20 7946 0321').verdict, 'unknown', 'the right digits under another country code are someone else\'s');
});

test('a web address on an official host is official whatever its path or query, even with an address in it', () => {
  assert.deepEqual(verdictOf('https://okpay.example/contact?email=a@b.com'), { verdict: 'official', kind: 'web', channel: 'chat', judged: 'okpay.example' });
  for (const input of ['https://www.okpay.example/chat', 'okpay.example', 'HTTP://OKPAY.EXAMPLE:443/x?y=1', 'www.okpay.example.', 'okpay.example:443']) {
    assert.equal(verdictOf(input).verdict, 'official', input);
  }
  assert.equal(field(verdictOf('https://help.okpay.example/en/'), 'channel'), 'help-center');
});

test('email addresses: case, mailto: and a display name do not matter; the address inside the brackets is judged', () => {
  for (const input of ['support@okpay.example', 'SUPPORT@OKPay.Example', 'mailto:support@okpay.example', 'OKPay Support <support@okpay.example>']) {
    assert.deepEqual(verdictOf(input), { verdict: 'official', kind: 'email', channel: 'email', judged: 'support@okpay.example' }, input);
  }
  assert.equal(verdictOf('noreply@okpay.example').verdict, 'official', 'any address at the official mail domain');
  const disguised = verdictOf('support@okpay.example <attacker@evil.com>');
  assert.equal(disguised.verdict, 'imitation');
  assert.equal(field(disguised, 'judged'), 'attacker@evil.com');
  assert.equal(verdictOf('support@okpay-help.test').verdict, 'imitation');
  assert.equal(verdictOf('someone@unrelated.test').verdict, 'unknown');
});

test('homoglyphs from Unicode\'s confusables data are imitations, with the characters named', () => {
  const cyrillic = verdictOf('support@оkpay.example'); // Cyrillic о
  assert.equal(cyrillic.verdict, 'imitation');
  assert.equal(field(cyrillic, 'imitates'), 'support@okpay.example');
  assert.equal(field(cyrillic, 'characters'), '“о” U+043E');
  assert.deepEqual(verdictOf('https://οkpay.example/login'), {
    verdict: 'imitation',
    kind: 'web',
    judged: 'οkpay.example',
    channel: 'chat',
    reason: 'lookalike',
    imitates: 'okpay.example',
    characters: '“ο” U+03BF',
  });
  assert.equal(verdictOf('https://okрay.example').verdict, 'imitation'); // Cyrillic р
  assert.equal(verdictOf('0kpay.example').verdict, 'imitation'); // digit zero
  assert.equal(verdictOf('https://help.okpay.exarnple').verdict, 'imitation'); // rn for m
  assert.equal(verdictOf('@ОКPayHelp', 'Weibo').verdict, 'imitation'); // Cyrillic О and К
});

test('an xn-- host is decoded to Unicode before the lookalike check', () => {
  const host = new URL('https://οkpay.example/').hostname; // Greek omicron, as punycode
  assert.match(host, /^xn--/);
  const verdict = verdictOf(`https://${host}/`);
  assert.equal(verdict.verdict, 'imitation');
  assert.equal(field(verdict, 'judged'), 'οkpay.example');
});

test('full-width forms and hidden characters in an address are a disguise, even where they fold to the official one', () => {
  for (const input of ['ｏｋｐａｙ．ｅｘａｍｐｌｅ', 'support＠okpay.example', 'okpay。example', 'okpay\u200b.example']) {
    assert.equal(verdictOf(input).verdict, 'imitation', input);
  }
  assert.equal(verdictOf('@ｏｋｐａｙｈｅｌｐ', 'Weibo').verdict, 'imitation');
  assert.equal(verdictOf('okpay.example', 'Weibo').verdict, 'official', 'a domain stays a domain when a network was left chosen');
});

test('a letter added, dropped or swapped in a domain or handle is an imitation', () => {
  for (const input of ['okpayy.example', 'okpa.example', 'kopay.example', 'help.okpay.exmaple', 'support@okpay.exampl']) {
    assert.equal(verdictOf(input).verdict, 'imitation', input);
  }
  for (const input of ['@okpayhelpp', '@okpyahelp', '@okpay_suport']) assert.equal(verdictOf(input).verdict, 'imitation', input);
});

test('input longer than 256 characters is refused without being parsed', () => {
  assert.equal(maxInputLength, 256);
  assert.deepEqual(verdictOf('a'.repeat(257)), { verdict: 'unknown', reason: 'too-long' });
  assert.deepEqual(verdictOf('<a@'.repeat(10_000)), { verdict: 'unknown', reason: 'too-long' });
});

test('an empty input asks for something to check', () => {
  assert.deepEqual(verdictOf('   '), { verdict: 'empty' });
});
