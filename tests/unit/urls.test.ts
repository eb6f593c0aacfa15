import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, createUrls, normalizeBase } from '../../src/lib/urls.ts';

test('every page URL ends with a slash and starts with the base path', () => {
  const urls = createUrls('/help');
  assert.equal(urls.root(), '/help/');
  assert.equal(urls.home('en'), '/help/en/');
  assert.equal(urls.category('zh-cn', 'signing-in'), '/help/zh-cn/signing-in/');
  assert.equal(urls.article('en', 'payments/request-refund'), '/help/en/payments/request-refund/');
  assert.equal(urls.contact('en'), '/help/en/contact/');
  assert.equal(urls.notFound('zh-cn'), '/help/zh-cn/404/');
  assert.equal(urls.asset('/pagefind/pagefind.js'), '/help/pagefind/pagefind.js');
});

test('a search URL carries the query, encoded', () => {
  const urls = createUrls('/');
  assert.equal(urls.search('zh-cn'), '/zh-cn/search/');
  assert.equal(urls.search('zh-cn', '忘记 密码&x'), '/zh-cn/search/?q=%E5%BF%98%E8%AE%B0%20%E5%AF%86%E7%A0%81%26x');
});

test('base paths are normalised whatever slashes the deployer writes', () => {
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase('/'), '/');
  assert.equal(normalizeBase('help'), '/help/');
  assert.equal(normalizeBase('/help/docs//'), '/help/docs/');
});

test('absolute URLs resolve against the production origin', () => {
  assert.equal(absoluteUrl('https://help.okpay.example', '/en/'), 'https://help.okpay.example/en/');
  assert.equal(absoluteUrl('https://okpay.example/help/', '/help/en/'), 'https://okpay.example/help/en/');
});
