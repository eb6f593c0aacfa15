import { test } from 'node:test';
import assert from 'node:assert/strict';
import { belongsTo, formatNoticeTime, isShowing, nextChange, noticeProblems, readRuntimeNotices, staleNotices, type NoticeData } from '../../../src/lib/notices/notices.ts';
import { atomFeed } from '../../../src/lib/notices/atom.ts';

const notice = (over: Partial<NoticeData> = {}): NoticeData => ({
  id: 'maintenance',
  severity: 'warning',
  start: new Date('2026-12-06T01:00:00+08:00'),
  end: new Date('2026-12-06T05:00:00+08:00'),
  title: { 'zh-cn': '维护', en: 'Maintenance' },
  body: { 'zh-cn': '请稍候。', en: 'Please wait.' },
  categories: ['withdrawals'],
  channels: [],
  regions: [],
  ...over,
});

const known = { categories: ['withdrawals', 'payments'], channels: ['chat', 'phone'], regions: ['uk', 'australia'] };

test('a notice shows from its start until just before its end', () => {
  const n = notice();
  assert.equal(isShowing(n, new Date('2026-12-05T16:59:59Z')), false);
  assert.equal(isShowing(n, new Date('2026-12-05T17:00:00Z')), true);
  assert.equal(isShowing(n, new Date('2026-12-05T20:59:59Z')), true);
  assert.equal(isShowing(n, new Date('2026-12-05T21:00:00Z')), false);
});

test('the page looks again at the next start or end', () => {
  const n = notice();
  assert.deepEqual(nextChange([n], new Date('2026-12-01T00:00:00Z')), n.start);
  assert.deepEqual(nextChange([n], new Date('2026-12-05T18:00:00Z')), n.end);
  assert.equal(nextChange([n], new Date('2026-12-07T00:00:00Z')), undefined);
});

test('a category notice shows on its category, channel ones on the contact page, ones naming neither everywhere', () => {
  const category = notice();
  const siteWide = notice({ categories: [] });
  const phone = notice({ categories: [], channels: ['phone'] });
  const withdrawalPhone = notice({ channels: ['phone'] });
  assert.equal(belongsTo(category, { kind: 'category', category: 'withdrawals' }), true);
  assert.equal(belongsTo(category, { kind: 'category', category: 'payments' }), false);
  assert.equal(belongsTo(category, { kind: 'contact' }), false);
  assert.equal(belongsTo(category, { kind: 'site' }), true);
  assert.equal(belongsTo(siteWide, { kind: 'category', category: 'payments' }), true);
  assert.equal(belongsTo(siteWide, { kind: 'contact' }), true);
  assert.equal(belongsTo(phone, { kind: 'contact' }), true);
  assert.equal(belongsTo(phone, { kind: 'category', category: 'payments' }), false, 'busy phone lines are news for the contact page, not every category');
  assert.equal(belongsTo(withdrawalPhone, { kind: 'contact' }), true);
});

test('valid notices have no problems', () => {
  assert.deepEqual(noticeProblems([notice(), notice({ id: 'busy', channels: ['phone'], regions: ['uk'] })], known), []);
});

test('an end that is not after the start is reported with the fix', () => {
  const problems = noticeProblems([notice({ end: new Date('2026-12-06T01:00:00+08:00') })], known);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'end');
  assert.match(problems[0]!.problem, /is not after start/);
});

test('unknown categories, channels and regions and a repeated id are reported with what exists', () => {
  const problems = noticeProblems([notice(), notice({ categories: ['transfers'], channels: ['fax'], regions: ['mars'] })], known);
  assert.deepEqual(
    problems.map((p) => [p.index, p.field, p.problem]),
    [
      [1, 'id', '"maintenance" is also the id of notice 1.'],
      [1, 'categories', '"transfers" is not in categories.yaml.'],
      [1, 'channels', '"fax" is not in contact.yaml (channels).'],
      [1, 'regions', '"mars" is not in contact.yaml (regions).'],
    ],
  );
  assert.equal(problems[1]!.fix, 'use one of: withdrawals, payments.');
});

test('notices that ended over a month ago are stale', () => {
  assert.deepEqual(staleNotices([notice()], new Date('2027-01-04T00:00:00Z')), []);
  assert.deepEqual(staleNotices([notice()], new Date('2027-01-06T00:00:00Z')), [0]);
});

test('runtime notices.json: valid entries are read for the locale, malformed ones skipped with a reason', () => {
  const json = {
    notices: [
      { id: 'outage', severity: 'outage', start: '2026-12-01T00:00:00Z', end: '2026-12-01T02:00:00Z', title: { en: 'Down' }, body: { en: 'We are on it.' }, categories: [] },
      { id: 'no-zone', start: '2026-12-01T00:00:00', end: '2026-12-01T02:00:00Z', title: { en: 'x' }, body: { en: 'y' } },
      { id: 'zh-only', start: '2026-12-01T00:00:00Z', end: '2026-12-01T02:00:00Z', title: { 'zh-cn': '停' }, body: { 'zh-cn': '停' } },
      { id: 'backwards', start: '2026-12-01T02:00:00Z', end: '2026-12-01T00:00:00Z', title: { en: 'x' }, body: { en: 'y' } },
    ],
  };
  const { notices, skipped } = readRuntimeNotices(json, 'en');
  assert.deepEqual(notices.map((n) => [n.id, n.severity, n.title.en, n.categories]), [['outage', 'outage', 'Down', []]]);
  assert.equal(skipped.length, 3);
  assert.match(skipped[0]!, /notice 2 \(no-zone\)/);
  assert.deepEqual(readRuntimeNotices([], 'en').notices, []);
  assert.equal(readRuntimeNotices({ notices: 'x' }, 'en').skipped.length, 1);
});

test('the Atom feed lists notices newest first with stable ids and escaped text', () => {
  const xml = atomFeed({
    locale: 'en',
    lang: 'en',
    title: 'OKPay service notices',
    feedUrl: 'https://help.okpay.example/en/notices.xml',
    pageUrl: 'https://help.okpay.example/en/',
    siteUrl: 'https://help.okpay.example',
    author: 'OKPay Help Center',
    notices: [notice(), notice({ id: 'later', start: new Date('2026-12-24T00:00:00Z'), end: new Date('2026-12-28T00:00:00Z'), title: { en: 'Busy <lines> & more', 'zh-cn': 'x' } })],
    summary: (n) => `Soon: ${n.body.en}`,
    emptyUpdated: new Date('2026-01-01T00:00:00Z'),
  });
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
  assert.match(xml, /<updated>2026-12-24T00:00:00.000Z<\/updated>\n  <author>/);
  const ids = [...xml.matchAll(/<id>(tag:[^<]+)<\/id>/g)].map((m) => m[1]);
  assert.deepEqual(ids, ['tag:help.okpay.example,2026:notice:later', 'tag:help.okpay.example,2026:notice:maintenance']);
  assert.match(xml, /<title>Busy &lt;lines&gt; &amp; more<\/title>/);
  assert.match(xml, /<summary>Soon: Please wait.<\/summary>/);
  assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/help.okpay.example\/en\/notices.xml"\/>/);
});

test('notice times are written with date, 24-hour time and zone in the page language', () => {
  const date = new Date('2026-12-05T17:00:00Z');
  assert.equal(formatNoticeTime(date, 'en', 'UTC'), 'Dec 5, 2026, 17:00 UTC');
  const zh = formatNoticeTime(date, 'zh-CN', 'Asia/Shanghai');
  assert.ok(zh.startsWith('2026年12月6日') && zh.includes('01:00') && zh.includes('GMT+8'), zh);
});
