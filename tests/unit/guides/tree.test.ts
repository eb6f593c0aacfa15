import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guidePaths, treeProblems, validPathPrefix, type TreeGuide } from '../../../src/lib/guides/tree.ts';
import { guideProblems } from '../../../src/lib/guides/check.ts';
import { factRefs, fillFacts } from '../../../src/lib/guides/facts.ts';
import { matchingGuides, normalizeForMatch } from '../../../src/lib/guides/match.ts';

const context = {
  articles: new Map([
    ['zh-cn', new Set(['withdrawals/withdrawal-delayed', 'payments/request-refund'])],
    ['en', new Set(['withdrawals/withdrawal-delayed', 'payments/request-refund', 'payments/en-only'])],
  ]),
  channels: ['chat', 'email', 'phone'],
};

const valid: TreeGuide = {
  start: 'which',
  steps: {
    which: { options: [{ next: 'late' }, { next: 'refund' }] },
    late: { options: [{ next: 'wait' }, { next: 'ask' }] },
    wait: { article: 'withdrawals/withdrawal-delayed' },
    ask: { channel: 'email' },
    refund: { article: 'payments/request-refund', channel: 'chat' },
  },
};

test('a tree whose every path ends in an answer has no problems', () => {
  assert.deepEqual(treeProblems(valid, context), []);
});

test('every path from the start to an end is listed, shared ends once per path', () => {
  assert.deepEqual(guidePaths(valid), [
    ['which', 'late', 'wait'],
    ['which', 'late', 'ask'],
    ['which', 'refund'],
  ]);
});

test('a choice that points at a missing step is a dead end, named with the steps to choose from', () => {
  const guide = { ...valid, steps: { ...valid.steps, late: { options: [{ next: 'wait' }, { next: 'nowhere' }] } } };
  const problems = treeProblems(guide, context);
  assert.equal(problems.length, 2, 'the dead end, and "ask" which nothing reaches any more');
  assert.deepEqual(problems[0]!.path, ['steps', 'late', 'options', 1, 'next']);
  assert.match(problems[0]!.problem, /no step "nowhere"/);
  assert.match(problems[0]!.fix, /which, late, wait, ask, refund/);
  assert.deepEqual(problems[1]!.path, ['steps', 'ask']);
});

test('a missing start step is reported', () => {
  const problems = treeProblems({ ...valid, start: 'begin' }, context);
  assert.deepEqual(problems[0]!.path, ['start']);
});

test('a choice leading back up its own path is a loop, reported with the loop spelt out', () => {
  const guide = { ...valid, steps: { ...valid.steps, late: { options: [{ next: 'wait' }, { next: 'which' }] } } };
  const loops = treeProblems(guide, context).filter((p) => /loop/.test(p.problem));
  assert.equal(loops.length, 1);
  assert.deepEqual(loops[0]!.path, ['steps', 'late', 'options', 1, 'next']);
  assert.match(loops[0]!.problem, /which → late → which/);
});

test('a step that points at itself is a loop', () => {
  const guide = { ...valid, steps: { ...valid.steps, late: { options: [{ next: 'late' }, { next: 'wait' }] } } };
  assert.ok(treeProblems(guide, context).some((p) => /loop/.test(p.problem) && p.path[1] === 'late'));
});

test('two choices reaching the same end are not a loop', () => {
  const guide = { ...valid, steps: { ...valid.steps, late: { options: [{ next: 'wait' }, { next: 'ask' }, { next: 'refund' }] } } };
  assert.deepEqual(treeProblems(guide, context), []);
});

test('an article missing in one locale and an unknown channel are reported on their step', () => {
  const guide = { ...valid, steps: { ...valid.steps, wait: { article: 'payments/en-only' }, ask: { channel: 'fax' } } };
  const problems = treeProblems(guide, context);
  assert.deepEqual(
    problems.map((p) => [p.path.join('.'), p.problem]),
    [
      ['steps.wait.article', 'there is no zh-cn article "payments/en-only".'],
      ['steps.ask.channel', 'there is no channel "fax" in contact.yaml.'],
    ],
  );
  assert.match(problems[1]!.fix, /chat, email, phone/);
});

test('a shared path is honoured as far as it follows the guide, and falls back to the start', () => {
  assert.deepEqual(validPathPrefix(valid, ['which', 'late', 'ask']), ['which', 'late', 'ask']);
  assert.deepEqual(validPathPrefix(valid, ['which', 'late', 'refund']), ['which', 'late']);
  assert.deepEqual(validPathPrefix(valid, ['late', 'ask']), ['which']);
  assert.deepEqual(validPathPrefix(valid, []), ['which']);
});

const texts = (en: string) => ({ 'zh-cn': en, en });

test('guide texts may only quote facts that exist, and categories must exist', () => {
  const guide = {
    ...valid,
    title: texts('Money'),
    description: texts('Within {fact:withdrawal-review}.'),
    categories: ['withdrawals', 'transfers'],
    steps: { ...valid.steps, which: { question: texts('After {fact:nope}?'), options: [{ next: 'late', label: texts('a') }, { next: 'refund', label: texts('b') }] } },
  };
  const problems = guideProblems(guide, { ...context, categories: ['withdrawals', 'payments'], facts: ['withdrawal-review'] });
  assert.deepEqual(
    problems.map((p) => p.path.join('.')),
    ['categories.1', 'steps.which.question.zh-cn', 'steps.which.question.en'],
  );
});

test('fact references are found and filled with their wording', () => {
  assert.deepEqual(factRefs('In {fact:a-b} or {fact:c}.'), ['a-b', 'c']);
  assert.equal(fillFacts('In {fact:a-b}.', (id) => `<${id}>`), 'In <a-b>.');
});

test('a query suggests the guides whose keywords it contains, ignoring case, width and spacing', () => {
  const guides = [
    { id: 'money', keywords: ['not arrived', '没到账'] },
    { id: 'sign-in', keywords: ["can't sign in"] },
  ];
  assert.deepEqual(matchingGuides(guides, 'My withdrawal has NOT  arrived').map((g) => g.id), ['money']);
  assert.deepEqual(matchingGuides(guides, '提现三天了还没到账？').map((g) => g.id), ['money']);
  assert.deepEqual(matchingGuides(guides, 'ｃａｎ’t sign in').map((g) => g.id), ['sign-in']);
  assert.deepEqual(matchingGuides(guides, 'refund'), []);
  assert.deepEqual(matchingGuides(guides, '   '), []);
  assert.equal(normalizeForMatch('Ａ B'), 'ab');
});
