import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openIndex } from './pagefind-node.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const source = fileURLToPath(new URL('../../content/en/signing-in/reset-password.mdx', import.meta.url));

test('a word found only in an article’s keywords finds that article, and never shows up in an excerpt', async () => {
  const body = readFileSync(source, 'utf8').replace(/^---[\s\S]*?---/, '');
  assert.doesNotMatch(body, /recover/i, 'the test needs a word the article body does not contain');
  const index = await openIndex(dist, 'en');
  const { results } = await index.search('recover');
  // Other articles may list "recovery codes"; this one is found through its keyword alone.
  const found = (await Promise.all(results.slice(0, 3).map((r) => r.data()))).find((d) => d.url === '/en/signing-in/reset-password/');
  assert.ok(found, 'the article is among the first three results');
  assert.doesNotMatch(found.excerpt, /recover/i);
});
