import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cssUrls, pageAnchors, pageLinks } from './html-links.ts';
import { headersFor, parseHeadersFile } from '../support/static-server.ts';

test('the link reader finds hrefs, srcs and srcset candidates, decoding entities', () => {
  const html = `<a href="/en/?a=1&amp;b=2">x</a><img src="/a.png" srcset="/b.png 2x, /c.png 3x" alt=""><link rel="stylesheet" href="/s.css">`;
  assert.deepEqual(
    pageLinks(html).map((l) => l.url),
    ['/en/?a=1&b=2', '/a.png', '/b.png', '/c.png', '/s.css'],
  );
});

test('markup inside scripts and comments is not mistaken for links or ids', () => {
  const html = `<script>const s = '<a href="/nowhere/">';</script><!-- <a href="/old/"> --><h2 id="real">x</h2>`;
  assert.deepEqual(pageLinks(html), []);
  assert.deepEqual([...pageAnchors(html)], ['real']);
});

test('a > inside a quoted attribute does not end the tag', () => {
  const html = `<a title="a > b" href="/ok/">x</a>`;
  assert.deepEqual(pageLinks(html).map((l) => l.url), ['/ok/']);
});

test('stylesheet url() references are found, data: URIs skipped', () => {
  assert.deepEqual(cssUrls(`a{background:url("/i.svg")} b{background:url(data:image/png;base64,xx)} c{src:url(/f.woff2)}`), ['/i.svg', '/f.woff2']);
});

test('_headers rules match by pattern and all matching rules apply', () => {
  const rules = parseHeadersFile(`# c\n/*\n  X-A: 1\n/_astro/*\n  Cache-Control: immutable\n/pagefind/*.pf_meta\n  Cache-Control: long\n`);
  assert.deepEqual(headersFor(rules, '/_astro/x.js'), [['X-A', '1'], ['Cache-Control', 'immutable']]);
  assert.deepEqual(headersFor(rules, '/pagefind/pagefind.en_1.pf_meta'), [['X-A', '1'], ['Cache-Control', 'long']]);
  assert.deepEqual(headersFor(rules, '/pagefind/pagefind.js'), [['X-A', '1']]);
  assert.throws(() => parseHeadersFile('  X-A: 1'), /under a URL pattern/);
});
