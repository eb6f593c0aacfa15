import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import site from '../../src/site.config.ts';
import { checkLinks, checkPages, checkSitemaps, readSite, type SiteTarget } from './site-checks.ts';
import { projectRoot } from '../build/build-site.ts';

// The site `npm run build` produced (npm test builds before this runs).
const target: SiteTarget = {
  outDir: new URL('../../dist/', import.meta.url).pathname,
  siteUrl: site.url,
  base: site.base,
  langs: site.locales.map((l) => l.lang),
};
if (!existsSync(join(target.outDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
const pages = readSite(target);

test('every built page has one title and description, lang, an absolute canonical, reciprocal hreflang with x-default and valid JSON-LD', () => {
  assert.ok(pages.size >= 20, `only ${pages.size} pages were built`);
  assert.deepEqual(checkPages(target, pages), []);
});

test('no built page has a broken internal link, asset or anchor', () => {
  assert.deepEqual(checkLinks(target, pages), []);
});

test('robots.txt names the sitemap index; every sitemap validates against the sitemaps.org schema and lists exactly the indexable pages', async () => {
  const { problems, urls } = await checkSitemaps(target, pages);
  assert.deepEqual(problems, []);
  assert.ok(urls.includes(`${site.url}/en/signing-in/reset-password/`));
  assert.ok(!urls.some((u) => u.includes('404')), 'not-found pages stay out of the sitemap');
});

test('an article shows its last-updated date and an "Edit this page" link to its source file', () => {
  const html = readFileSync(join(target.outDir, 'en/signing-in/reset-password/index.html'), 'utf8');
  // The date the editor wrote in the frontmatter, shown in the page's language.
  const source = readFileSync(join(projectRoot, 'content/en/signing-in/reset-password.mdx'), 'utf8');
  const updated = /^updated: (\d{4}-\d{2}-\d{2})$/m.exec(source)?.[1];
  assert.ok(updated, 'the fixture article has an updated date');
  const shown = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(updated));
  assert.ok(html.includes(`Updated <time datetime="${updated}">${shown}</time>`));
  assert.match(html, /<a href="https:\/\/git\.okpay\.example\/okpay\/help-center\/edit\/main\/content\/en\/signing-in\/reset-password\.mdx">Edit this page<\/a>/);
});

test('category cards count in English grammar: "1 article", "5 articles"', () => {
  const html = readFileSync(join(target.outDir, 'en/index.html'), 'utf8');
  const counts = [...html.matchAll(/class="category-card__count"[^>]*>([^<]*)</g)].map((m) => m[1]);
  assert.ok(counts.length > 0, 'the English home page has category cards');
  assert.deepEqual(counts.filter((c) => !/^(1 article|(?!1 )\d+ articles)$/.test(c ?? '')), []);
});
