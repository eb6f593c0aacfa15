import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastUpdated, parseGitLog } from '../../../src/lib/seo/git-dates.ts';

test('each file gets the date of its newest commit from one git log', () => {
  const log = '\0' + '2026-11-03T10:00:00+08:00\n\nen/a.mdx\n' + '\0' + '2026-10-01T09:00:00+00:00\n\nen/a.mdx\nzh-cn/b.mdx\n';
  const dates = parseGitLog(log);
  assert.equal(dates.get('en/a.mdx')?.toISOString(), '2026-11-03T02:00:00.000Z');
  assert.equal(dates.get('zh-cn/b.mdx')?.toISOString(), '2026-10-01T09:00:00.000Z');
  assert.equal(dates.size, 2);
});

test('empty or garbled git output yields no dates', () => {
  assert.equal(parseGitLog('').size, 0);
  assert.equal(parseGitLog('fatal: not a git repository\n').size, 0);
});

test("the editor's updated date wins over the commit date", () => {
  const updated = new Date('2026-01-01');
  const committed = new Date('2026-05-01');
  assert.equal(lastUpdated(updated, committed), updated);
  assert.equal(lastUpdated(undefined, committed), committed);
  assert.equal(lastUpdated(undefined, undefined), undefined);
});
