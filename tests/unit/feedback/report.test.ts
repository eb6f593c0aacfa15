import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, scoreArticles, type VoteCount } from '../../../src/lib/feedback/report.ts';

const rows: VoteCount[] = [
  { locale: 'en', article: 'payments/refund', vote: 'yes', reason: null, votes: 6 },
  { locale: 'en', article: 'payments/refund', vote: 'no', reason: 'unclear', votes: 1 },
  { locale: 'en', article: 'payments/refund', vote: 'no', reason: 'wrong', votes: 3 },
  { locale: 'zh-cn', article: 'payments/refund', vote: 'no', reason: null, votes: 2 },
  { locale: 'zh-cn', article: 'payments/refund', vote: 'no', reason: 'unclear', votes: 2 },
  { locale: 'en', article: 'account/close', vote: 'yes', reason: null, votes: 1 },
];

test('articles readers found least helpful come first, with their most frequent reasons', () => {
  assert.deepEqual(scoreArticles(rows), [
    { locale: 'zh-cn', article: 'payments/refund', votes: 4, no: 4, noShare: 1, reasons: [{ reason: 'unclear', votes: 2 }] },
    { locale: 'en', article: 'payments/refund', votes: 10, no: 4, noShare: 0.4, reasons: [{ reason: 'wrong', votes: 3 }, { reason: 'unclear', votes: 1 }] },
    { locale: 'en', article: 'account/close', votes: 1, no: 0, noShare: 0, reasons: [] },
  ]);
});

test('on an equal share of "no", the article with more votes comes first; too few votes are left out', () => {
  const tie: VoteCount[] = [
    { locale: 'en', article: 'a/few', vote: 'no', reason: null, votes: 1 },
    { locale: 'en', article: 'a/many', vote: 'no', reason: null, votes: 5 },
  ];
  assert.deepEqual(scoreArticles(tie).map((s) => s.article), ['a/many', 'a/few']);
  assert.deepEqual(scoreArticles(tie, 2).map((s) => s.article), ['a/many']);
});

test('the printed report is a table an editor can read', () => {
  assert.equal(
    formatReport(scoreArticles(rows)),
    [
      'article                votes    no  top reasons',
      'zh-cn/payments/refund      4  100%  unclear (2)',
      'en/payments/refund        10   40%  wrong (3), unclear (1)',
      'en/account/close           1    0%  -',
      '',
    ].join('\n'),
  );
  assert.equal(formatReport([]), 'No votes yet.\n');
});
