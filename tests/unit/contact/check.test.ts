import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContact, fold, normalizePhone, skeleton } from '../../../src/lib/contact/check.ts';
import { officialContacts } from '../../../src/lib/contact/official.ts';
import { shippedContact } from './fixture.ts';

const official = officialContacts(shippedContact());
const verdictOf = (input: string) => checkContact(input, official);

test('phone numbers are normalised: spaces, dashes, dots, brackets, +, 00 and the national trunk 0', () => {
  assert.deepEqual(normalizePhone('+44 (0)20 7946-0321'), { digits: '442079460321', prefix: 'international' });
  assert.deepEqual(normalizePhone('0044 20 7946 0321'), { digits: '442079460321', prefix: 'international' });
  assert.deepEqual(normalizePhone('020.7946.0321'), { digits: '2079460321', prefix: 'trunk' });
  assert.deepEqual(normalizePhone('(202) 555-0147'), { digits: '2025550147', prefix: 'none' });
  assert.equal(normalizePhone('okpay.example'), undefined);
});

test('official phone numbers are recognised in every common writing, with their region', () => {
  for (const input of ['+44 20 7946 0321', '+44 (0)20 7946 0321', '0044 20 7946 0321', '020 7946 0321', 'tel:+442079460321']) {
    assert.deepEqual(verdictOf(input), { verdict: 'official', kind: 'phone', channel: 'phone', value: '+44 20 7946 0321', region: 'uk' }, input);
  }
  assert.equal((verdictOf('1 (202) 555-0147') as { region?: string }).region, 'north-america');
  assert.equal((verdictOf('(202) 555-0147') as { region?: string }).region, 'north-america');
  assert.equal((verdictOf('(02) 5550 1234') as { region?: string }).region, 'australia');
});

test('full-width digits are the same phone number', () => {
  assert.equal(verdictOf('＋４４ ２０ ７９４６ ０３２１').verdict, 'official');
});

test('an unknown phone number is not official', () => {
  assert.deepEqual(verdictOf('+44 20 7946 0999'), { verdict: 'unofficial', kind: 'phone', value: '+442079460999' });
  // The right digits under another country code are someone else's number.
  assert.equal(verdictOf('+33 20 7946 0321').verdict, 'unofficial');
});

test('email addresses are compared without case, mailto: or a display name', () => {
  for (const input of ['support@okpay.example', 'SUPPORT@OKPay.Example', 'mailto:support@okpay.example', 'OKPay Support <support@okpay.example>']) {
    assert.deepEqual(verdictOf(input), { verdict: 'official', kind: 'email', channel: 'email', value: 'support@okpay.example' }, input);
  }
  assert.equal(verdictOf('noreply@okpay.example').verdict, 'official', 'any address at the official mail domain');
  assert.deepEqual(verdictOf('support@okpay-help.test'), { verdict: 'unofficial', kind: 'email', value: 'support@okpay-help.test' });
  assert.equal(verdictOf('support@okpay.example.attacker.test').verdict, 'unofficial');
});

test('an email domain spelt with Cyrillic or Greek letters is flagged as an imitation', () => {
  const cyrillic = verdictOf('support@оkpay.example'); // Cyrillic о
  assert.equal(cyrillic.verdict, 'lookalike');
  assert.equal((cyrillic as { imitates: string }).imitates, 'support@okpay.example');
  assert.equal((cyrillic as { characters: string }).characters, '“о” U+043E');
  assert.equal(verdictOf('support@okpαy.example').verdict, 'lookalike'); // Greek α
  assert.equal(verdictOf('support@0kpay.example').verdict, 'lookalike'); // digit zero
});

test('web addresses are compared by host: scheme, www., path, port and case do not matter', () => {
  for (const input of ['https://www.okpay.example/chat', 'okpay.example', 'HTTP://OKPAY.EXAMPLE:443/x?y=1', 'www.okpay.example.']) {
    assert.deepEqual(verdictOf(input), { verdict: 'official', kind: 'web', channel: 'chat', value: 'okpay.example' }, input);
  }
  assert.equal((verdictOf('https://help.okpay.example/en/') as { channel: string }).channel, 'help-center');
  assert.deepEqual(verdictOf('https://okpay.example.login-verify.test/'), { verdict: 'unofficial', kind: 'web', value: 'okpay.example.login-verify.test' });
  assert.equal(verdictOf('https://okpay-support.test').verdict, 'unofficial');
});

test('full-width letters fold to the same web address; homoglyphs are an imitation', () => {
  assert.equal(verdictOf('ｏｋｐａｙ．ｅｘａｍｐｌｅ').verdict, 'official');
  const greek = verdictOf('https://οkpay.example/login'); // Greek omicron
  assert.deepEqual(greek, {
    verdict: 'lookalike',
    kind: 'web',
    channel: 'chat',
    value: 'οkpay.example',
    imitates: 'okpay.example',
    characters: '“ο” U+03BF',
  });
  assert.equal(verdictOf('https://okрay.example').verdict, 'lookalike'); // Cyrillic р
  assert.equal(verdictOf('https://help.okpay.exarnple').verdict, 'lookalike'); // rn for m
});

test('social handles: with or without @, any case, or as a profile link', () => {
  assert.deepEqual(verdictOf('@OKPayHelp'), { verdict: 'official', kind: 'social', channel: 'social', value: '@okpayhelp', network: 'Weibo' });
  assert.equal(verdictOf('okpay_support').verdict, 'official');
  assert.equal(verdictOf('https://x.example/okpay_support').verdict, 'official');
  assert.equal(verdictOf('https://www.weibo.example/@OKPayHelp?from=share').verdict, 'official');
  assert.equal(verdictOf('@okpay_support_team').verdict, 'unofficial');
  assert.equal(verdictOf('@ОКPayHelp').verdict, 'lookalike', 'Cyrillic О and К'); 
  // The right name on another network's site is not the official account.
  assert.equal(verdictOf('https://x.example/OKPayHelp').verdict, 'unofficial');
});

test('folding and skeletons: NFKC, case, invisible characters and lookalikes', () => {
  assert.equal(fold(' ＯＫＰａｙ\u200b '), 'okpay');
  assert.equal(skeleton('оkрау'), 'okpay');
  assert.equal(skeleton('paypa1'), 'paypal');
});

test('an empty input asks for something to check', () => {
  assert.deepEqual(verdictOf('   '), { verdict: 'empty' });
});
