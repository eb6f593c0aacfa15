import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts } from '../../src/lib/search/excerpt.ts';

test('marked words become highlighted parts', () => {
  assert.deepEqual(excerptParts('Reset your <mark>password</mark> now'), [
    { text: 'Reset your ', mark: false },
    { text: 'password', mark: true },
    { text: ' now', mark: false },
  ]);
});

test('markup other than <mark> never survives: tags are dropped, escaped text stays text', () => {
  const parts = excerptParts('<img src=x onerror=alert(1)>&lt;script&gt;alert(1)&lt;/script&gt; <mark><b>hi</b></mark>');
  assert.deepEqual(parts, [
    { text: '<script>alert(1)</script> ', mark: false },
    { text: 'hi', mark: true },
  ]);
});

test('entities are decoded once, not twice', () => {
  assert.deepEqual(excerptParts('a &amp;lt; b'), [{ text: 'a &lt; b', mark: false }]);
});

test('a <mark> the visitor typed arrives escaped and stays text, never a highlight', () => {
  assert.deepEqual(excerptParts('you searched &lt;mark&gt;x&lt;/mark&gt; and <mark>password</mark>'), [
    { text: 'you searched <mark>x</mark> and ', mark: false },
    { text: 'password', mark: true },
  ]);
});
