import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenBuckets } from '../../../src/lib/feedback/rate-limit.ts';

test('a client gets its burst, is refused, and earns a token back over time', () => {
  const buckets = new TokenBuckets(3, 1 / 6);
  const at = 1_000_000;
  assert.deepEqual([1, 2, 3, 4].map(() => buckets.take('a', at)), [true, true, true, false]);
  assert.equal(buckets.take('a', at + 5_000), false, 'five seconds earn less than a token');
  assert.equal(buckets.take('a', at + 6_000), true, 'six seconds earn one');
  assert.equal(buckets.take('a', at + 6_000), false);
});

test('clients have their own buckets, refilled no higher than the burst size', () => {
  const buckets = new TokenBuckets(2, 1);
  assert.equal(buckets.take('a', 0), true);
  assert.equal(buckets.take('a', 0), true);
  assert.equal(buckets.take('a', 0), false);
  assert.equal(buckets.take('b', 0), true, 'another client is not affected');
  const later = 3_600_000;
  assert.deepEqual([1, 2, 3].map(() => buckets.take('a', later)), [true, true, false]);
});

test('memory stays bounded: the least recently seen client is forgotten first', () => {
  const buckets = new TokenBuckets(1, 0, 2);
  buckets.take('a', 0);
  buckets.take('b', 0);
  assert.equal(buckets.take('a', 1), false, 'a is remembered and empty');
  buckets.take('c', 2);
  assert.equal(buckets.size, 2);
  assert.equal(buckets.take('a', 3), false, 'a was seen more recently than b, so it is still remembered');
  assert.equal(buckets.take('b', 3), true, 'b was the least recently seen, so it was dropped and starts afresh');
});
