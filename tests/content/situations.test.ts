import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, fixtureFiles } from './fixtures.ts';
import { formatFinding } from '../../src/lib/content-checks/finding.ts';

// check:content on troubleshooters (guides/<id>.yaml) and notices (notices.yaml), laid over the
// valid fixture library (one category "payments" with the article payments/pay, channel "email",
// region "uk").

const guide = `title: { zh-cn: 付款失败, en: My payment failed }
description: { zh-cn: 找出原因。, en: Find out why. }
categories: [payments]
start: which
steps:
  which:
    question: { zh-cn: 怎么了？, en: What happened? }
    options:
      - label: { zh-cn: 甲, en: A }
        next: read
      - label: { zh-cn: 乙, en: B }
        next: write
  read:
    answer: { zh-cn: 请阅读。, en: Read this. }
    article: payments/pay
  write:
    answer: { zh-cn: 请写信。, en: Write to us. }
    channel: email
`;

const notices = `- id: maintenance
  start: "2026-12-06T01:00:00+08:00"
  end: "2026-12-06T05:00:00+08:00"
  categories: [payments]
  channels: [email]
  regions: [uk]
  title: { zh-cn: 维护, en: Maintenance }
  body: { zh-cn: 请稍候。, en: Please wait. }
`;

function messages(extra: Record<string, string>): string[] {
  const files = fixtureFiles('_valid');
  for (const [name, text] of Object.entries(extra)) files.set(name, text);
  return check(files)
    .findings.filter((f) => f.file.includes('guides/') || f.file.endsWith('notices.yaml'))
    .map((f) => `${f.severity}: ${formatFinding(f)}`);
}

test('a valid guide and valid current notices pass', () => {
  assert.deepEqual(messages({ 'guides/payment-failed.yaml': guide, 'notices.yaml': notices }), []);
});

test('a dead end, a loop and an unknown channel are reported on their lines', () => {
  const broken = guide
    .replace('next: write', 'next: nowhere')
    .replace('article: payments/pay', 'article: payments/missing')
    .replace('channel: email', 'channel: fax')
    .replace('    answer: { zh-cn: 请阅读。, en: Read this. }\n', '    question: { zh-cn: 再问, en: Again }\n    options:\n      - { label: { zh-cn: 回, en: Back }, next: which }\n      - { label: { zh-cn: 停, en: Stop }, next: write }\n')
    .replace('    article: payments/missing\n', '');
  assert.deepEqual(messages({ 'guides/payment-failed.yaml': broken }), [
    'error: content/guides/payment-failed.yaml:12: steps.which.options.1.next: there is no step "nowhere", so this choice leads nowhere. Fix: add a step "nowhere" under "steps" or point next at one of them; the steps are: which, read, write.',
    'error: content/guides/payment-failed.yaml:16: steps.read.options.0.next: leads back to "which", a loop (which → read → which). Fix: point this choice at a step further down, or at an end with an answer: every path must finish.',
    'error: content/guides/payment-failed.yaml:20: steps.write.channel: there is no channel "fax" in contact.yaml. Fix: use one of: email.',
  ]);
});

test('an article that does not exist is reported on the step that links it', () => {
  assert.deepEqual(messages({ 'guides/payment-failed.yaml': guide.replace('article: payments/pay', 'article: payments/missing') }), [
    'error: content/guides/payment-failed.yaml:15: steps.read.article: there is no zh-cn article "payments/missing". Fix: use the "<category>/<slug>" of an article that exists in every language, or end the step with an answer and a channel.',
    'error: content/guides/payment-failed.yaml:15: steps.read.article: there is no en article "payments/missing". Fix: use the "<category>/<slug>" of an article that exists in every language, or end the step with an answer and a channel.',
  ]);
});

test('a step that is neither a question nor an end is reported with the schema\'s fix', () => {
  const broken = guide.replace('    channel: email\n', '').replace("    answer: { zh-cn: 请写信。, en: Write to us. }\n", '    hint: { zh-cn: 嗯, en: Hm }\n');
  const [first] = messages({ 'guides/payment-failed.yaml': broken });
  assert.match(first ?? '', /content\/guides\/payment-failed\.yaml:\d+: steps\.write: .*Fix: A step is either a question|leads nowhere/);
});

test('a notice ending before it starts, with unknown references and a time without a zone, is reported', () => {
  const broken = notices
    .replace('end: "2026-12-06T05:00:00+08:00"', 'end: "2026-12-06T00:00:00+08:00"')
    .replace('categories: [payments]', 'categories: [transfers]')
    .replace('channels: [email]', 'channels: [fax]');
  assert.deepEqual(messages({ 'notices.yaml': broken }), [
    'error: content/notices.yaml:3: maintenance.end: 2026-12-05T16:00:00.000Z is not after start (2026-12-05T17:00:00.000Z). Fix: set end to when the notice should stop showing, after start; check the time zone offsets.',
    'error: content/notices.yaml:4: maintenance.categories: "transfers" is not in categories.yaml. Fix: use one of: account, payments.',
    'error: content/notices.yaml:5: maintenance.channels: "fax" is not in contact.yaml (channels). Fix: use one of: email.',
  ]);
  const [zoneless] = messages({ 'notices.yaml': notices.replace('"2026-12-06T01:00:00+08:00"', '"2026-12-06T01:00"') });
  assert.match(zoneless ?? '', /^error: content\/notices\.yaml:2:3: start: .*Fix: start is a date and time with its time zone/);
});
