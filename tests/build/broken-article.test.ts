import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, cleanUp } from './build-site.ts';

test('an article without a description fails the build, naming the file and the field', () => {
  const result = buildWithContent((content) => {
    writeFileSync(join(content, 'en/payments/no-description.mdx'), '---\ntitle: Missing description\n---\n\nBody.\n');
  });
  try {
    assert.notEqual(result.status, 0, 'the build must fail');
    assert.match(result.output, /en\/payments\/no-description\.mdx/);
    assert.match(result.output, /description/);
    assert.match(result.output, /Add a description/);
  } finally {
    cleanUp(result);
  }
});

test('an article in an unknown category fails the build, naming the file, the field and the known categories', () => {
  const result = buildWithContent((content) => {
    mkdirSync(join(content, 'en/billing'));
    writeFileSync(join(content, 'en/billing/invoice.mdx'), '---\ntitle: Invoices\ndescription: Where to find your invoices.\n---\n\nBody.\n');
  });
  try {
    assert.notEqual(result.status, 0, 'the build must fail');
    assert.match(result.output, /content\/en\/billing\/invoice\.mdx: category: "billing" is not a category/);
    assert.match(result.output, /Fix: move the file into one of: account, signing-in, payments/);
  } finally {
    cleanUp(result);
  }
});

test('a link to an article that does not exist fails the build, naming the file and the missing target', () => {
  const result = buildWithContent((content) => {
    writeFileSync(
      join(content, 'en/payments/dead-link.mdx'),
      '---\ntitle: Dead link\ndescription: An article that links nowhere.\n---\n\nSee <ArticleLink to="payments/no-such-article" />.\n',
    );
  });
  try {
    assert.notEqual(result.status, 0, 'the build must fail');
    assert.match(result.output, /en\/payments\/dead-link\.mdx: <ArticleLink to="payments\/no-such-article">: there is no en article/);
  } finally {
    cleanUp(result);
  }
});
