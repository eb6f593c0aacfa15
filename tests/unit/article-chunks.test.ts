import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleChunkName } from '../../src/lib/article-chunks.ts';

const root = '/site/content';

test('articles of one locale and category share a server chunk', () => {
  assert.equal(articleChunkName('/site/content/en/payments/request-refund.mdx', root), 'articles-en-payments');
  assert.equal(articleChunkName('/site/content/en/payments/pay-with-okpay.mdx?astroPropagatedAssets', root), 'articles-en-payments');
  assert.equal(articleChunkName('/site/content/zh-cn/payments/request-refund.md', root), 'articles-zh-cn-payments');
});

test('modules outside the content folder keep the bundler’s own chunking', () => {
  assert.equal(articleChunkName('/site/src/components/mdx/Callout.astro', root), null);
  assert.equal(articleChunkName('/site/node_modules/pkg/docs/en/guide/readme.md', root), null);
  assert.equal(articleChunkName('/site/content-old/en/payments/x.mdx', root), null, 'a folder that only starts like it');
});

test('Windows paths are understood', () => {
  assert.equal(articleChunkName('C:\\site\\content\\en\\signing-in\\reset-password.mdx', 'C:\\site\\content\\'), 'articles-en-signing-in');
});
