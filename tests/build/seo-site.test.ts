import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import site from '../../src/site.config.ts';
import { buildWithContent, cleanUp, projectRoot } from './build-site.ts';
import { canonicalOf, alternatesOf, checkLinks, checkPages, checkSitemaps, readSite } from '../seo/site-checks.ts';

const siteUrl = 'https://help.okpay.example';
const root = `${siteUrl}/help/`;

/** Adds frontmatter lines to an existing article of the temporary content. */
function addFrontmatter(content: string, file: string, lines: string) {
  const path = join(content, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^---\n/, `---\n${lines}`));
}

// One build covers the sub-path deployment, the untranslated fallback, redirects, dates from git
// and a hidden edit link, because builds are the slow part.
test('a sub-path build with an untranslated article and old URLs is correct for crawlers and readers', async () => {
  const result = buildWithContent(
    (content) => {
      writeFileSync(
        join(content, 'zh-cn/payments/wallet-preview.mdx'),
        '---\ntitle: 钱包预览功能\ndescription: 钱包预览功能目前只有中文说明，其他语言的读者会看到这篇原文和一条提示。\nuntranslated: true\n---\n\n## 如何开启\n\n在设置里打开钱包预览。\n',
      );
      addFrontmatter(content, 'en/payments/request-refund.mdx', 'redirectFrom: [get-money-back, account/refunds]\n');
      // The content is committed at a known date, so an article without `updated` shows it.
      const git = (...args: string[]) =>
        spawnSync('git', args, {
          cwd: content,
          env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@okpay.example', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@okpay.example', GIT_COMMITTER_DATE: '2026-09-15T12:00:00+00:00', GIT_AUTHOR_DATE: '2026-09-15T12:00:00+00:00' },
        });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'content');
    },
    { BASE_PATH: '/help/', SITE_URL: siteUrl, EDIT_URL: '' },
  );
  try {
    assert.equal(result.status, 0, result.output.slice(-3000));
    const target = { outDir: result.outDir, siteUrl, base: '/help/', langs: site.locales.map((l) => l.lang) };
    const pages = readSite(target);
    const page = (path: string) => pages.get(`${root}${path}`)!;
    const html = (file: string) => readFileSync(join(result.outDir, file), 'utf8');

    // Every page, link and sitemap of the sub-path build.
    assert.deepEqual(checkPages(target, pages), []);
    assert.deepEqual(checkLinks(target, pages), []);
    const sitemaps = await checkSitemaps(target, pages);
    assert.deepEqual(sitemaps.problems, []);
    assert.match(html('robots.txt'), /^Sitemap: https:\/\/help\.okpay\.example\/help\/sitemap-index\.xml$/m);
    assert.match(html('en/search/index.html'), /data-pagefind="\/help\/pagefind\/pagefind\.js"/);
    assert.ok(readFileSync(join(result.outDir, 'pagefind/pagefind.js')).length > 0);

    // The untranslated article: reachable in English, in Chinese, pointing to the original.
    const fallback = html('en/payments/wallet-preview/index.html');
    assert.match(fallback, /<html lang="en"/);
    assert.match(fallback, /Not yet available in your language/);
    assert.match(fallback, /<div class="prose" lang="zh-CN">/);
    assert.doesNotMatch(fallback, /data-pagefind-body/);
    assert.deepEqual(canonicalOf(page('en/payments/wallet-preview/')), [`${root}zh-cn/payments/wallet-preview/`]);
    assert.deepEqual(alternatesOf(page('en/payments/wallet-preview/')), []);
    // The locales generated from zh-cn (zh-hk, zh-tw) have it, converted; English does not.
    const generatedFromZhCn = site.locales.filter((l) => l.convertedFrom?.locale === 'zh-cn').map((l) => l.lang);
    assert.deepEqual(
      alternatesOf(page('zh-cn/payments/wallet-preview/')).map((a) => a.hreflang),
      ['zh-CN', ...generatedFromZhCn, 'x-default'],
      'the original claims no English translation',
    );
    assert.ok(sitemaps.urls.includes(`${root}zh-cn/payments/wallet-preview/`));
    assert.ok(!sitemaps.urls.includes(`${root}en/payments/wallet-preview/`));
    // Pagefind indexes only pages with data-pagefind-body: the English index leaves the fallback out.
    const entry = JSON.parse(html('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const englishArticles = [...pages.values()].filter((p) => p.file.startsWith('en/') && p.tags.some((t) => 'data-pagefind-body' in t.attrs)).length;
    assert.equal(entry.languages.en?.page_count, englishArticles);
    const englishSources = readdirSync(join(projectRoot, 'content/en'), { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
    assert.equal(englishArticles, englishSources, 'every English article and no fallback is indexed');

    // Dates from git when `updated` is absent; no edit link when EDIT_URL is empty.
    assert.match(html('zh-cn/payments/wallet-preview/index.html'), /<time datetime="2026-09-15">/);
    assert.match(html('sitemap-0.xml'), /<loc>https:\/\/help\.okpay\.example\/help\/zh-cn\/payments\/wallet-preview\/<\/loc><lastmod>2026-09-15T12:00:00\.000Z<\/lastmod>/);
    assert.doesNotMatch(html('en/payments/request-refund/index.html'), /Edit this page/);

    // Old URLs: static redirect pages and a _redirects file, both under the base path.
    const moved = html('en/payments/get-money-back/index.html');
    assert.match(moved, /<meta http-equiv="refresh" content="0; url=\/help\/en\/payments\/request-refund\/">/);
    assert.match(moved, /<link rel="canonical" href="https:\/\/help\.okpay\.example\/help\/en\/payments\/request-refund\/">/);
    assert.match(moved, /<meta name="robots" content="noindex">/);
    assert.match(moved, /<a href="\/help\/en\/payments\/request-refund\/">/);
    assert.equal(
      html('_redirects'),
      '/help/en/account/refunds/ /help/en/payments/request-refund/ 301\n/help/en/payments/get-money-back/ /help/en/payments/request-refund/ 301\n' +
        site.locales.map((l) => `/help/${l.code}/* /help/${l.code}/404/ 404\n`).join(''),
    );
    assert.ok(!sitemaps.urls.some((u) => u.includes('get-money-back')));
    // Cloudflare Pages serves the nearest 404.html: each locale has one.
    assert.equal(html('en/404.html'), html('en/404/index.html'));
  } finally {
    cleanUp(result);
  }
});
