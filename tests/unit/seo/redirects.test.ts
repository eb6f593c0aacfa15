import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRedirects, redirectsFile } from '../../../src/lib/seo/redirects.ts';
import { LibraryError } from '../../../src/lib/library.ts';

const none = () => false;

test('an old slug redirects within the category; an old category/slug across categories', () => {
  const redirects = planRedirects([{ locale: 'en', key: 'payments/refunds', file: 'content/en/payments/refunds.mdx', redirectFrom: ['get-money-back', 'account/refund'] }], none);
  assert.deepEqual(redirects, [
    { locale: 'en', from: 'payments/get-money-back', to: 'payments/refunds' },
    { locale: 'en', from: 'account/refund', to: 'payments/refunds' },
  ]);
});

test('a redirect over an existing page fails, naming the file, the field and the fix', () => {
  assert.throws(
    () => planRedirects([{ locale: 'en', key: 'payments/refunds', file: 'content/en/payments/refunds.mdx', redirectFrom: ['pay'] }], (l, k) => l === 'en' && k === 'payments/pay'),
    (error: LibraryError) => {
      assert.match(error.message, /content\/en\/payments\/refunds\.mdx: redirectFrom: "pay" is the address of an existing page \(\/en\/payments\/pay\/\)/);
      assert.match(error.message, /Fix: remove "pay" from redirectFrom/);
      return true;
    },
  );
});

test('two articles claiming the same old address fail, naming both files', () => {
  assert.throws(
    () =>
      planRedirects(
        [
          { locale: 'en', key: 'a/one', file: 'content/en/a/one.mdx', redirectFrom: ['old'] },
          { locale: 'en', key: 'a/two', file: 'content/en/a/two.mdx', redirectFrom: ['old'] },
        ],
        none,
      ),
    /content\/en\/a\/two\.mdx: redirectFrom: "old" \(\/en\/a\/old\/\) is also listed by content\/en\/a\/one\.mdx/,
  );
});

test('the same old slug in two locales is two separate redirects', () => {
  const redirects = planRedirects(
    [
      { locale: 'en', key: 'a/new', file: 'en', redirectFrom: ['old'] },
      { locale: 'zh-cn', key: 'a/new', file: 'zh', redirectFrom: ['old'] },
    ],
    none,
  );
  assert.equal(redirects.length, 2);
});

test('_redirects lists one permanent redirect per line', () => {
  assert.equal(redirectsFile([{ from: '/help/en/a/old/', to: '/help/en/a/new/' }]), '/help/en/a/old/ /help/en/a/new/ 301\n');
});

test('after the moves, each locale folder answers unknown addresses with its own 404 page', () => {
  assert.equal(
    redirectsFile([{ from: '/help/en/a/old/', to: '/help/en/a/new/' }], ['/help/zh-cn/', '/help/en/']),
    '/help/en/a/old/ /help/en/a/new/ 301\n/help/zh-cn/* /help/zh-cn/404/ 404\n/help/en/* /help/en/404/ 404\n',
  );
});
