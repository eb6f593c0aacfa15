import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkVote, feedbackReasons, knownArticles, maxVoteBytes, type KnownArticles } from '../../../src/lib/feedback/vote.ts';

const known: KnownArticles = { 'zh-cn': ['payments/request-refund'], en: ['payments/request-refund', 'signing-in/reset-password'] };
const check = (value: unknown) => {
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  return checkVote(body, Buffer.byteLength(body), known);
};
const valid = { article: 'signing-in/reset-password', locale: 'en', vote: 'no', reason: 'unclear' };

test('a vote for a published article passes, with or without a reason', () => {
  assert.deepEqual(check(valid), { ok: true, vote: valid });
  assert.deepEqual(check({ ...valid, vote: 'yes', reason: null }), { ok: true, vote: { ...valid, vote: 'yes', reason: null } });
  assert.deepEqual(check({ article: valid.article, locale: 'en', vote: 'no' }), { ok: true, vote: { ...valid, reason: null } });
  for (const reason of feedbackReasons) assert.equal(check({ ...valid, reason }).ok, true, reason);
});

test('each kind of junk is refused with 400 and says which field is wrong', () => {
  const cases: [unknown, RegExp][] = [
    ['{"article":', /not JSON/],
    ['null', /not a JSON object/],
    [[valid], /not a JSON object/],
    [{ ...valid, ip: '203.0.113.7' }, /Unknown field\(s\): ip/],
    [{ ...valid, locale: 'fr' }, /locale must be one of zh-cn, en/],
    [{ ...valid, locale: '__proto__' }, /locale must be one of/],
    [{ ...valid, locale: 'zh-cn' }, /article must be the <category>\/<slug> of a published zh-cn article/],
    [{ ...valid, article: 'signing-in/reset-password/' }, /article must be/],
    [{ ...valid, article: 42 }, /article must be/],
    [{ ...valid, vote: 'YES' }, /vote must be "yes" or "no"/],
    [{ ...valid, reason: 'spam' }, /reason must be null or one of incomplete, unclear, wrong, other/],
    [{ ...valid, vote: 'yes' }, /A "yes" vote has no reason/],
  ];
  for (const [body, error] of cases) {
    const result = check(body);
    assert.equal(result.ok, false, JSON.stringify(body));
    if (!result.ok) {
      assert.equal(result.status, 400);
      assert.match(result.error, error);
    }
  }
});

test('a body over the size limit is refused with 413 before it is parsed', () => {
  const body = JSON.stringify({ ...valid, reason: 'x'.repeat(maxVoteBytes) });
  assert.deepEqual(checkVote(body, Buffer.byteLength(body), known), {
    ok: false,
    status: 413,
    error: `A vote is at most ${maxVoteBytes} bytes; this body has ${Buffer.byteLength(body)}.`,
  });
  // Bytes, not characters: Chinese text is three bytes a character in UTF-8.
  const chinese = '中'.repeat(200);
  assert.equal(checkVote(chinese, Buffer.byteLength(chinese), known).ok, false);
  assert.equal((checkVote(chinese, Buffer.byteLength(chinese), known) as { status: number }).status, 413);
});

test('the known-article list has every locale, each article once, sorted', () => {
  const pages = [
    { locale: 'en', key: 'b/two' },
    { locale: 'en', key: 'a/one' },
    { locale: 'en', key: 'a/one' },
  ];
  assert.deepEqual(knownArticles(['zh-cn', 'en'], pages), { 'zh-cn': [], en: ['a/one', 'b/two'] });
});
