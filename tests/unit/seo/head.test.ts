import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentTitle, headModel, type HeadInput } from '../../../src/lib/seo/head.ts';

const locales = [
  { code: 'zh-cn', lang: 'zh-CN', ogLocale: 'zh_CN' },
  { code: 'en', lang: 'en', ogLocale: 'en_US' },
];
const input: HeadInput = {
  siteUrl: 'https://okpay.example',
  siteName: 'OKPay Help Center',
  locale: locales[1]!,
  locales,
  title: 'Reset a password | OKPay Help Center',
  description: 'How to reset it.',
  path: '/help/en/signing-in/reset/',
  languageVersions: [
    { locale: 'en', href: '/help/en/signing-in/reset/' },
    { locale: 'zh-cn', href: '/help/zh-cn/signing-in/reset/' },
  ],
  rootPath: '/help/',
  image: { path: '/help/og-default.png', width: 1200, height: 630, alt: 'OKPay' },
  noindex: false,
  type: 'article',
  modified: new Date('2026-11-01T00:00:00Z'),
};
const meta = (model: ReturnType<typeof headModel>, key: string) =>
  model.meta.filter((m) => ('property' in m ? m.property : m.name) === key).map((m) => m.content);

test('a page title is "Title | Site" and a home page is the site name alone', () => {
  assert.equal(documentTitle('Search', 'OKPay Help Center'), 'Search | OKPay Help Center');
  assert.equal(documentTitle(undefined, 'OKPay 帮助中心'), 'OKPay 帮助中心');
});

test('a translated page has an absolute canonical, hreflang in locale order and x-default to the chooser', () => {
  const head = headModel(input);
  assert.equal(head.canonical, 'https://okpay.example/help/en/signing-in/reset/');
  assert.deepEqual(head.alternates, [
    { hreflang: 'zh-CN', href: 'https://okpay.example/help/zh-cn/signing-in/reset/' },
    { hreflang: 'en', href: 'https://okpay.example/help/en/signing-in/reset/' },
    { hreflang: 'x-default', href: 'https://okpay.example/help/' },
  ]);
  assert.equal(head.robots, undefined);
});

test('Open Graph and Twitter describe the page with its locale, the other languages and an absolute image', () => {
  const head = headModel(input);
  assert.deepEqual(meta(head, 'og:locale'), ['en_US']);
  assert.deepEqual(meta(head, 'og:locale:alternate'), ['zh_CN']);
  assert.deepEqual(meta(head, 'og:url'), ['https://okpay.example/help/en/signing-in/reset/']);
  assert.deepEqual(meta(head, 'og:image'), ['https://okpay.example/help/og-default.png']);
  assert.deepEqual(meta(head, 'og:site_name'), ['OKPay Help Center']);
  assert.deepEqual(meta(head, 'article:modified_time'), ['2026-11-01T00:00:00.000Z']);
  assert.deepEqual(meta(head, 'twitter:card'), ['summary_large_image']);
});

test('a page that exists in one language only claims no other language', () => {
  const head = headModel({ ...input, languageVersions: [{ locale: 'en', href: input.path }] });
  assert.deepEqual(head.alternates.map((a) => a.hreflang), ['en', 'x-default']);
  assert.deepEqual(meta(head, 'og:locale:alternate'), []);
});

test('an untranslated fallback is canonical to the original and has no hreflang at all', () => {
  const head = headModel({ ...input, canonicalPath: '/help/zh-cn/signing-in/reset/', languageVersions: [{ locale: 'zh-cn', href: '/help/zh-cn/signing-in/reset/' }] });
  assert.equal(head.canonical, 'https://okpay.example/help/zh-cn/signing-in/reset/');
  assert.deepEqual(head.alternates, []);
  assert.deepEqual(meta(head, 'og:locale:alternate'), []);
});

test('a not-found page is noindex without canonical or alternates', () => {
  const head = headModel({ ...input, noindex: true });
  assert.equal(head.robots, 'noindex');
  assert.equal(head.canonical, undefined);
  assert.deepEqual(head.alternates, []);
});
