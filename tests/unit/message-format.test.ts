import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, formatMessage } from '../../src/lib/message-format.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const articles = { one: '{count} article', other: '{count} articles' };

test('one article is singular in English, every other count plural', () => {
  assert.equal(formatMessage('en', articles, { count: 1 }), '1 article');
  assert.equal(formatMessage('en', articles, { count: 0 }), '0 articles');
  assert.equal(formatMessage('en', articles, { count: 2 }), '2 articles');
  assert.equal(formatMessage('en', articles, { count: 21 }), '21 articles');
});

test('Chinese has one form for every count', () => {
  const zh = { other: '{count} 篇文章' };
  assert.equal(formatMessage('zh-cn', zh, { count: 1 }), '1 篇文章');
  assert.equal(formatMessage('zh-cn', zh, { count: 7 }), '7 篇文章');
});

test('a plural category the message leaves out reads its other form', () => {
  // Russian 2 is "few"; a message with only one/other still reads.
  assert.equal(formatMessage('ru', { one: '{count} статья', other: '{count} статей' }, { count: 2 }), '2 статей');
  assert.equal(formatMessage('ru', { one: '{count} статья', few: '{count} статьи', other: '{count} статей' }, { count: 2 }), '2 статьи');
});

test('a plural message without a number for count is a programming error, not a wrong word on the page', () => {
  assert.throws(() => formatMessage('en', articles), /needs a number for \{count\}/);
  assert.throws(() => formatMessage('en', articles, { count: '1' }), /needs a number for \{count\}/);
});

test('placeholders are filled by name, as often as they occur, and values are not read as templates', () => {
  assert.equal(fill('{a} and {b}, {a}', { a: 'x', b: 2 }), 'x and 2, x');
  assert.equal(fill('Results for “{query}”', { query: '{count}' }), 'Results for “{count}”');
  assert.equal(formatMessage('en', { one: '{count} article for “{query}”', other: '{count} articles' }, { count: 1, query: 'refund' }), '1 article for “refund”');
});

test('a placeholder without a value stays as written, so the miss shows', () => {
  assert.equal(fill('Open {channel}', {}), 'Open {channel}');
  assert.equal(fill('Open {channel}'), 'Open {channel}');
});

test('the category cards and search counts read "1 article" in English and 篇 in Chinese', () => {
  const en = useTranslations('en');
  assert.equal(en('category.articles', { count: 1 }), '1 article');
  assert.equal(en('category.articles', { count: 4 }), '4 articles');
  assert.equal(en('search.count', { count: 1 }), '1 article found.');
  assert.equal(en('search.count', { count: 3 }), '3 articles found.');
  assert.equal(useTranslations('zh-cn')('category.articles', { count: 1 }), '1 篇文章');
});
