import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableOfContents } from '../../src/lib/toc.ts';

test('h3 headings nest under the h2 before them; h1 and h4 are left out', () => {
  const toc = tableOfContents([
    { depth: 1, slug: 'title', text: 'Title' },
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 4, slug: 'a1x', text: 'A1x' },
    { depth: 2, slug: 'b', text: 'B' },
  ]);
  assert.deepEqual(toc, [
    { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
    { slug: 'b', text: 'B', children: [] },
  ]);
});

test('an h3 before any h2 is kept at the top level', () => {
  assert.deepEqual(tableOfContents([{ depth: 3, slug: 'x', text: 'X' }]), [{ slug: 'x', text: 'X', children: [] }]);
});
