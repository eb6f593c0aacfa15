import { test } from 'node:test';
import assert from 'node:assert/strict';
import { untranslatedFallbacks } from '../../../src/lib/seo/fallbacks.ts';
import type { Article } from '../../../src/lib/library.ts';

function article(locale: string, key: string, untranslated = false): Article<null> {
  const [category = '', slug = ''] = key.split('/');
  return { locale, key, category, slug, file: `${locale}/${key}.mdx`, entry: null, title: key, description: 'd', order: 1, keywords: [], untranslated, draft: false, redirectFrom: [] };
}
function libraryOf(articles: Article<null>[]) {
  return {
    articles: (locale: string) => articles.filter((a) => a.locale === locale),
    article: (locale: string, key: string) => articles.find((a) => a.locale === locale && a.key === key),
  };
}

test('an untranslated article gets a fallback page in each locale that lacks it', () => {
  const only = article('zh-cn', 'payments/new-feature', true);
  const fallbacks = untranslatedFallbacks(libraryOf([only, article('zh-cn', 'payments/x'), article('en', 'payments/x')]), ['zh-cn', 'en', 'fr'], 'zh-cn');
  assert.deepEqual(
    fallbacks.map((f) => [f.locale, f.key, f.original.locale]),
    [
      ['en', 'payments/new-feature', 'zh-cn'],
      ['fr', 'payments/new-feature', 'zh-cn'],
    ],
  );
});

test('an article without the untranslated flag, or with a translation, gets no fallback', () => {
  const lib = libraryOf([article('zh-cn', 'a/missing'), article('zh-cn', 'a/both', true), article('en', 'a/both')]);
  assert.deepEqual(untranslatedFallbacks(lib, ['zh-cn', 'en'], 'zh-cn'), []);
});

test('the default locale is the preferred original when several locales offer one', () => {
  const lib = libraryOf([article('en', 'a/b', true), article('zh-cn', 'a/b', true)]);
  const fallbacks = untranslatedFallbacks(lib, ['zh-cn', 'en', 'fr'], 'zh-cn');
  assert.deepEqual(fallbacks.map((f) => [f.locale, f.original.locale]), [['fr', 'zh-cn']]);
});
