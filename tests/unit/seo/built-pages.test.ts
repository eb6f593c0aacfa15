import { test } from 'node:test';
import assert from 'node:assert/strict';
import { belongsInSitemap, pageUrl, readBuiltPage, sitemapLinks } from '../../../src/lib/seo/built-pages.ts';

const url = 'https://okpay.example/help/en/a/b/';
const page = (head: string) => readBuiltPage(url, `<!doctype html><html><head>${head}</head><body><a rel="canonical" href="/x/">not head</a></body></html>`);

test('a built file is served at the base path with a trailing slash', () => {
  assert.equal(pageUrl('https://okpay.example', '/help/', 'en/a/b/index.html'), url);
  assert.equal(pageUrl('https://okpay.example', '/', 'index.html'), 'https://okpay.example/');
  assert.equal(pageUrl('https://okpay.example', '/', '404.html'), 'https://okpay.example/404.html');
});

test('a self-canonical page with alternates and a date goes into the sitemap with them', () => {
  const p = page(
    `<link rel="canonical" href="${url}"><link rel="alternate" hreflang="zh-CN" href="https://okpay.example/help/zh-cn/a/b/"><link rel="alternate" hreflang="x-default" href="https://okpay.example/help/"><meta property="article:modified_time" content="2026-11-01T00:00:00.000Z">`,
  );
  assert.equal(belongsInSitemap(p), true);
  assert.equal(p.modified, '2026-11-01T00:00:00.000Z');
  assert.deepEqual(sitemapLinks(p), [
    { lang: 'zh-CN', url: 'https://okpay.example/help/zh-cn/a/b/' },
    { lang: 'x-default', url: 'https://okpay.example/help/' },
  ]);
});

test('not-found pages, redirects and fallbacks canonical to another page stay out of the sitemap', () => {
  assert.equal(belongsInSitemap(page('<meta name="robots" content="noindex">')), false);
  const redirect = page(`<meta name="robots" content="noindex"><link rel="canonical" href="https://okpay.example/help/en/a/c/"><meta http-equiv="refresh" content="0; url=/help/en/a/c/">`);
  assert.equal(redirect.refreshTo, 'https://okpay.example/help/en/a/c/');
  assert.equal(belongsInSitemap(redirect), false);
  assert.equal(belongsInSitemap(page('<link rel="canonical" href="https://okpay.example/help/zh-cn/a/b/">')), false);
});

test('entities in attribute values are decoded', () => {
  assert.equal(page('<link rel="canonical" href="https://okpay.example/help/en/a/b/?x=1&amp;y=2">').canonical, 'https://okpay.example/help/en/a/b/?x=1&y=2');
});
