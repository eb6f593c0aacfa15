import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import site from '../../src/site.config.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { homeSchema } from '../../src/schemas/home.ts';

/**
 * What the quality gates check, discovered from the build and the data rather than listed by
 * hand, so new pages (search, contact, fallbacks, new articles) are covered as they land.
 */

export const projectRoot = new URL('../../', import.meta.url).pathname;
export const distDir = join(projectRoot, 'dist');
export const urls = createUrls(site.base);
export const locales = site.locales.map((l) => l.code);

function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is empty: run `npm run build` first.');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every HTML file in dist/ (Pagefind's folder holds none of ours). */
export function builtHtmlFiles(): string[] {
  assertBuilt();
  return walk(distDir)
    .filter((f) => f.endsWith('.html') && !relative(distDir, f).startsWith(`pagefind${sep}`))
    .sort();
}

/** The URL path a built file is served at: `en/index.html` → `/en/`, `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  return `${urls.root()}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The paths listed in the sitemaps, in order (the sitemap index names the sitemap files). */
export function sitemapPaths(): string[] {
  assertBuilt();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
  const index = join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error('dist/sitemap-index.xml is missing: the sitemap integration did not run.');
  return locs(readFileSync(index, 'utf8')).flatMap((sitemapUrl) => {
    const file = join(distDir, new URL(sitemapUrl).pathname.slice(urls.root().length));
    if (!existsSync(file)) throw new Error(`dist/sitemap-index.xml lists ${sitemapUrl}, which was not built.`);
    return locs(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname);
  });
}

/**
 * Every page to check: the sitemap's pages first, then built pages that the sitemap leaves out
 * on purpose (404 pages, noindex fallbacks), so nothing a visitor can reach goes unchecked.
 */
export function allPages(): string[] {
  const listed = sitemapPaths();
  const built = builtHtmlFiles().map(pathOfFile);
  return [...new Set([...listed, ...built])];
}

function popularKeys(): string[] {
  const file = join(site.contentDir.startsWith('/') ? site.contentDir : join(projectRoot, site.contentDir), 'home.yaml');
  return homeSchema.parse(parse(readFileSync(file, 'utf8'))).popular;
}

/** The article readers land on most: the first popular article of content/home.yaml. */
export function typicalArticleKey(): string {
  const key = popularKeys()[0];
  if (!key) throw new Error('content/home.yaml lists no popular article.');
  return key;
}

/** A query that finds something: the first word of the typical article's title in that locale. */
export function typicalQuery(locale: string): string {
  const file = join(distDir, urls.article(locale, typicalArticleKey()).slice(urls.root().length), 'index.html');
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  // Chinese has no spaces: four characters is a real query there.
  return /[\u4e00-\u9fff]/.test(title) ? title.replace(/[^\u4e00-\u9fff]/g, '').slice(0, 4) : (title.split(/\s+/).find((w) => w.length > 3) ?? title);
}

export interface TypicalPage {
  name: 'home' | 'article' | 'contact' | 'search';
  locale: string;
  path: string;
}

/** The pages weight, Lighthouse, screenshots and zoom checks measure, per locale. */
export function typicalPages(names: TypicalPage['name'][] = ['home', 'article', 'contact', 'search']): TypicalPage[] {
  return locales.flatMap((locale) =>
    names.map((name) => ({
      name,
      locale,
      path:
        name === 'home' ? urls.home(locale)
        : name === 'article' ? urls.article(locale, typicalArticleKey())
        : name === 'contact' ? urls.contact(locale)
        : urls.search(locale, typicalQuery(locale)),
    })),
  );
}

/** Built article pages whose HTML contains a marker (e.g. `class="steps"`), for feature checks. */
export function builtPagesContaining(marker: string): string[] {
  return builtHtmlFiles()
    .filter((f) => readFileSync(f, 'utf8').includes(marker))
    .map(pathOfFile);
}
