import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, isoDate } from '../../src/lib/dates.ts';

test('a date is written in the language asked for, however the calls interleave', () => {
  const date = new Date('2026-11-01T00:00:00Z');
  assert.equal(formatDate(date, 'en'), 'November 1, 2026');
  assert.equal(formatDate(date, 'zh-CN'), '2026年11月1日');
  assert.equal(formatDate(new Date('2026-03-09T00:00:00Z'), 'en'), 'March 9, 2026');
  assert.equal(formatDate(date, 'en-GB'), '1 November 2026');
});

test('a date keeps its calendar day when the build machine is west of UTC', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  try {
    const date = new Date('2026-11-01T00:00:00Z');
    assert.equal(date.getDate(), 31, 'the machine really is in another day');
    assert.equal(isoDate(date), '2026-11-01');
    assert.equal(formatDate(date, 'en'), 'November 1, 2026');
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});
