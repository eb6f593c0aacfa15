import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, splitByLibrary } from './relevance.ts';

test('a query whose articles are not in this library is reported as such and not counted', () => {
  const built = new Set(['payments/request-refund']);
  const { counted, notInLibrary } = splitByLibrary(
    [
      { q: 'money back', expect: ['payments/request-refund'], kind: 'colloquial' },
      { q: 'seller refuses', expect: ['disputes/dispute-a-payment', 'payments/request-refund'], kind: 'colloquial' },
      { q: 'close my account', expect: ['privacy/close-account'], kind: 'colloquial' },
    ],
    (key) => built.has(key),
  );
  assert.deepEqual(counted.map((q) => q.expect), [['payments/request-refund'], ['payments/request-refund']]);
  assert.deepEqual(notInLibrary.map((q) => q.q), ['close my account']);
  const text = formatReport({ locale: 'en', set: 'heldout', total: 2, top1: 1, top3: 2, results: [], notInLibrary });
  assert.match(text, /2 of 3 queries counted, 1 not in this library/);
  assert.match(text, /not in this library: "close my account"/);
});
