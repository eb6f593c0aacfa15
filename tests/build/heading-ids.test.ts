import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../../scripts/content-files.ts';
import { articleHeadings } from '../../src/lib/content-checks/headings.ts';
import { splitArticle } from '../../src/lib/content-checks/source.ts';
import { buildWithContent, cleanUp } from './build-site.ts';

const tricky = `---
title: Heading ids
description: An article whose headings exercise the id rules that link anchors depend on.
untranslated: true
---

## 1. Wrong password?

## Use **bold**, \`code\` and [a link](/en/)

## Escaped \\*stars\\* & ampersands

## 账户被冻结(临时)

## Repeat

## Repeat?
`;

test('check:content computes the same heading ids as the built pages, so anchor checks match reality', () => {
  const result = buildWithContent((content) => writeFileSync(join(content, 'en/payments/heading-ids.mdx'), tricky));
  try {
    assert.equal(result.status, 0, result.output);
    let compared = 0;
    for (const [path, text] of readContentFiles(result.contentDir)) {
      if (!/\.mdx?$/.test(path) || !path.includes('/')) continue;
      const html = readFileSync(join(result.outDir, path.replace(/\.mdx?$/, ''), 'index.html'), 'utf8');
      const prose = html.slice(html.indexOf('<div class="prose">'), html.indexOf('</article>'));
      const built = [...prose.matchAll(/<h[1-6][^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(articleHeadings(splitArticle(text).body).map((h) => h.slug), built, path);
      compared += built.length;
    }
    assert.ok(compared > 20, `compared ${compared} headings`);
  } finally {
    cleanUp(result);
  }
});
