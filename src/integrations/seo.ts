import type { AstroIntegration } from 'astro';
import type { SitemapOptions } from '@astrojs/sitemap';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { belongsInSitemap, pageUrl, readBuiltPage, sitemapLinks, type BuiltPage } from '../lib/seo/built-pages.ts';
import { redirectsFile } from '../lib/seo/redirects.ts';

/**
 * Reads every built page once, then (1) writes `_redirects` for the static redirect pages and
 * the per-locale 404 rules, (2) copies each locale's not-found page to `<locale>/404.html`,
 * where Cloudflare Pages looks for the nearest one, and (3) hands @astrojs/sitemap what each
 * page says about itself, so the sitemap lists exactly the indexable, self-canonical pages with
 * the same hreflang alternates and dates as their <head>.
 * Must run before the sitemap integration (integrations run in order).
 */
export function seoPages(site: { url: string; base: string; locales: readonly { code: string }[] }): {
  integration: AstroIntegration;
  sitemap: SitemapOptions;
} {
  const pages = new Map<string, BuiltPage>();
  const integration: AstroIntegration = {
    name: 'okpay:seo',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const file of files) {
          const url = pageUrl(site.url, site.base, relative(root, join(root, file)));
          pages.set(url, readBuiltPage(url, await readFile(join(root, file), 'utf8')));
        }
        const redirects = [...pages.values()]
          .filter((p): p is BuiltPage & { refreshTo: string } => p.refreshTo !== undefined)
          .map((p) => ({ from: new URL(p.url).pathname, to: new URL(p.refreshTo).pathname }))
          .sort((a, b) => a.from.localeCompare(b.from));
        const locales = site.locales.map((l) => l.code);
        await writeFile(join(root, '_redirects'), redirectsFile(redirects, locales.map((code) => `${site.base}${code}/`)));
        // After the pages were read: the copies are not pages of their own (no sitemap entry).
        await Promise.all(locales.map((code) => copyFile(join(root, code, '404', 'index.html'), join(root, code, '404.html'))));
        logger.info(`Read ${pages.size} pages; wrote ${redirects.length} redirect(s) and ${locales.length} not-found rule(s) to _redirects.`);
      },
    },
  };
  const sitemap: SitemapOptions = {
    filter: (url) => {
      const page = pages.get(url);
      return page !== undefined && belongsInSitemap(page);
    },
    serialize: (item) => {
      const page = pages.get(item.url);
      return { ...item, links: page ? sitemapLinks(page) : [], ...(page?.modified ? { lastmod: page.modified } : {}) };
    },
    namespaces: { news: false, image: false, video: false },
  };
  return { integration, sitemap };
}
