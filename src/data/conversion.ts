import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import site from '../site.config.ts';
import { convertedArticles, convertersOf, withConvertedLocales, type Conversion, type Convert } from '../lib/conversion/convert.ts';
import { loadConversions } from '../lib/conversion/setup.ts';

/**
 * The generated locales of this build (zh-hk, zh-tw from zh-cn) with their converters. No
 * astro:content import, so content.config.ts and the pages share it; made once per process
 * (through globalThis, as each bundle has its own copy of this module).
 */
export interface SiteConversions {
  conversions: Conversion[];
  converters: Map<string, Convert>;
  /** The generated locale's conversion, or undefined for a written locale. */
  of(locale: string): Conversion | undefined;
}

const shared = globalThis as { okpayConversions?: Map<string, SiteConversions> };


export function siteConversions(contentDir: string = site.contentDir): SiteConversions {
  const cache = (shared.okpayConversions ??= new Map());
  const loaded = cache.get(contentDir);
  if (loaded) return loaded;
  const read = (path: string) => {
    const file = join(contentDir, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const conversions = loadConversions(site.locales, read);
  const result: SiteConversions = { conversions, converters: convertersOf(conversions), of: (locale) => conversions.find((c) => c.locale === locale) };
  cache.set(contentDir, result);
  return result;
}

/**
 * Where the generated articles are written for the content layer to load: next to Astro's
 * cache, so builds of a temporary content folder (ASTRO_CACHE_DIR set) keep theirs apart.
 */
export function generatedContentDir(): string {
  const cache = process.env.ASTRO_CACHE_DIR;
  return resolve(cache ? join(cache, 'converted-content') : join('.astro', 'converted-content'));
}

/** Every file of the content folder that can be an article: path inside it → text. */
function articleFiles(contentDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const path = relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    files.set(path, readFileSync(join(contentDir, path), 'utf8'));
  }
  return files;
}

/**
 * Writes the generated locales' articles (those no editor wrote) into generatedContentDir(),
 * replacing what an earlier build left there, and returns how many it wrote.
 */
export function writeGeneratedArticles(contentDir: string = site.contentDir): number {
  const { conversions, converters } = siteConversions(contentDir);
  const out = generatedContentDir();
  rmSync(out, { recursive: true, force: true });
  const articles = convertedArticles(articleFiles(contentDir), conversions, converters);
  for (const [path, { text }] of articles) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  return articles.size;
}

/** Content data with the generated locales filled in (`{ zh-cn, en }` records gain zh-hk, zh-tw). */
export function withGeneratedLocales<T>(value: T): T {
  const { conversions, converters } = siteConversions();
  return withConvertedLocales(value, site.locales.map((l) => l.code), conversions, converters);
}
