import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { insertVoteParams, insertVoteSql } from '../../../src/lib/feedback/store.ts';
import type { Vote } from '../../../src/lib/feedback/vote.ts';

// D1 is SQLite: the real migrations and the function's statement, run on Node's SQLite.
const migrations = new URL('../../../functions/migrations/', import.meta.url);
function database(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql')).sort()) db.exec(readFileSync(new URL(file, migrations), 'utf8'));
  return db;
}
const vote: Vote = { locale: 'en', article: 'payments/refund', vote: 'no', reason: 'wrong' };
const insert = (db: DatabaseSync, v: Vote, now: number, cap: number) => Number(db.prepare(insertVoteSql).run(...insertVoteParams(v, now, cap)).changes);

test('a vote is stored with the minute and nothing about the reader', () => {
  const db = database();
  assert.equal(insert(db, vote, 90_061_000, 30), 1);
  assert.deepEqual({ ...db.prepare('SELECT locale, article, vote, reason, minute FROM votes').get() }, { ...vote, minute: 1501 });
  const columns = db.prepare('SELECT name FROM pragma_table_info(?)').all('votes').map((c) => c.name);
  assert.deepEqual(columns, ['id', 'locale', 'article', 'vote', 'reason', 'minute']);
});

test('an article takes at most the cap of votes per minute; other articles and the next minute are not affected', () => {
  const db = database();
  const minute = 60_000 * 1000;
  assert.deepEqual([1, 2, 3, 4].map(() => insert(db, vote, minute, 3)), [1, 1, 1, 0]);
  assert.equal(insert(db, { ...vote, article: 'payments/other' }, minute, 3), 1);
  assert.equal(insert(db, { ...vote, locale: 'zh-cn' }, minute, 3), 1);
  assert.equal(insert(db, vote, minute + 60_000, 3), 1);
});
