import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { validateXML } from 'xmllint-wasm';

/**
 * Checks a built site as crawlers see it. Each function returns a list of problems (empty when
 * the site is right), so a failing test shows every broken page at once.
 */
export interface SiteTarget {
  outDir: string;
  /** Production origin, e.g. "https://help.okpay.example". */
  siteUrl: string;
  /** Base path, "/" or "/help/". */
  base: string;
  /** <html lang> values the site may use. */
  langs: readonly string[];
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
  text: string;
}

export interface Page {
  file: string;
  url: string;
  tags: Tag[];
  ids: Set<string>;
}

function parse(html: string): { tags: Tag[]; ids: Set<string> } {
  const tags: Tag[] = [];
  const ids = new Set<string>();
  const open: Tag[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = { name, attrs, text: '' };
        tags.push(tag);
        open.push(tag);
        if (attrs.id) ids.add(attrs.id);
      },
      ontext(text) {
        const current = open.at(-1);
        if (current && (current.name === 'title' || current.name === 'script')) current.text += text;
      },
      onclosetag() {
        open.pop();
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { tags, ids };
}

/** Every HTML file of the build with the URL it is served at. */
export function readSite(target: SiteTarget): Map<string, Page> {
  const pages = new Map<string, Page>();
  const files = readdirSync(target.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const file of files) {
    const path = file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');
    const url = new URL(`${target.base}${path}`, target.siteUrl).href;
    pages.set(url, { file, url, ...parse(readFileSync(join(target.outDir, file), 'utf8')) });
  }
  return pages;
}

const all = (page: Page, name: string, where: (a: Record<string, string>) => boolean = () => true) =>
  page.tags.filter((t) => t.name === name && where(t.attrs));
const metaContent = (page: Page, key: string) =>
  all(page, 'meta', (a) => a.property === key || a.name === key).map((t) => t.attrs.content ?? '');

export const isNoindex = (page: Page) => metaContent(page, 'robots').some((c) => c.includes('noindex'));
export const canonicalOf = (page: Page) => all(page, 'link', (a) => a.rel === 'canonical').map((t) => t.attrs.href ?? '');
export const alternatesOf = (page: Page) =>
  all(page, 'link', (a) => a.rel === 'alternate' && a.hreflang !== undefined).map((t) => ({ hreflang: t.attrs.hreflang!, href: t.attrs.href ?? '' }));
export const langOf = (page: Page) => all(page, 'html')[0]?.attrs.lang;
export const isRedirect = (page: Page) => all(page, 'meta', (a) => a['http-equiv']?.toLowerCase() === 'refresh').length > 0;
export function jsonLdOf(page: Page): unknown[] {
  return all(page, 'script', (a) => a.type === 'application/ld+json').map((t) => JSON.parse(t.text));
}
/** Indexable and its own canonical: the pages that speak for themselves to search engines. */
export const isPrimary = (page: Page) => !isNoindex(page) && canonicalOf(page)[0] === page.url;

type Json = Record<string, unknown>;
const requiredByType: Record<string, (item: Json) => string[]> = {
  Article: (a) => missing(a, ['headline', 'description', 'inLanguage', 'url']).concat(missing((a.publisher ?? {}) as Json, ['name', 'url', 'logo']).map((p) => `publisher.${p}`)),
  BreadcrumbList: (b) => {
    const items = (b.itemListElement ?? []) as Json[];
    if (!items.length) return ['itemListElement'];
    return items.flatMap((item, i) => (item.position === i + 1 && item.name && typeof item.item === 'string' && /^https?:\/\//.test(item.item) ? [] : [`itemListElement[${i}]`]));
  },
  WebSite: (w) => {
    const target = ((w.potentialAction ?? {}) as Json).target as Json | undefined;
    return missing(w, ['name', 'url']).concat(String(target?.urlTemplate ?? '').includes('{search_term_string}') ? [] : ['potentialAction.target.urlTemplate']);
  },
  Organization: (o) => missing(o, ['name', 'url', 'logo']),
};
function missing(item: Json, keys: string[]): string[] {
  return keys.filter((k) => typeof item[k] !== 'string' || !(item[k] as string).trim());
}

/** What each kind of page must carry, by its address. */
function expectedTypes(path: string, base: string, page: Page): string[] {
  const rest = path.slice(base.length);
  if (metaContent(page, 'og:type')[0] === 'article' && isPrimary(page)) return ['Article', 'BreadcrumbList'];
  if (/^[^/]+\/$/.test(rest)) return ['WebSite', 'Organization'];
  if (/^[^/]+\/contact\/$/.test(rest)) return ['Organization'];
  return [];
}

/** Head, hreflang and structured data of every page. */
export function checkPages(target: SiteTarget, pages: Map<string, Page>): string[] {
  const problems: string[] = [];
  const root = new URL(target.base, target.siteUrl).href;
  const titles = new Map<string, string>();
  for (const page of pages.values()) {
    const say = (message: string) => problems.push(`${page.file}: ${message}`);
    const titleTags = all(page, 'title');
    if (titleTags.length !== 1 || !titleTags[0]!.text.trim()) say(`expected one non-empty <title>, found ${titleTags.length}`);
    const descriptions = metaContent(page, 'description');
    if (descriptions.length !== 1 || !descriptions[0]!.trim()) say(`expected one meta description, found ${descriptions.length}`);
    if (!target.langs.includes(langOf(page) ?? '')) say(`<html lang="${langOf(page)}"> is not one of ${target.langs.join(', ')}`);
    const canonicals = canonicalOf(page);
    if (canonicals.length > 1) say('more than one canonical');
    const canonical = canonicals[0];
    if (canonical !== undefined && !canonical.startsWith(root)) say(`canonical ${canonical} is not an absolute URL under ${root}`);
    if (!isNoindex(page) && canonical === undefined) say('an indexable page without canonical');
    if (isRedirect(page) && (canonical === undefined || !isNoindex(page))) say('a redirect page needs a canonical and noindex');

    if (!isNoindex(page)) {
      for (const key of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:site_name', 'og:image', 'twitter:card']) {
        if (metaContent(page, key).length !== 1) say(`expected one ${key}`);
      }
      const image = metaContent(page, 'og:image')[0] ?? '';
      if (!image.startsWith(root) || !existsSync(join(target.outDir, new URL(image).pathname.slice(target.base.length)))) say(`og:image ${image} is not a built file`);
    }

    const alternates = alternatesOf(page);
    if (isPrimary(page)) {
      const title = titleTags[0]?.text ?? '';
      const clash = titles.get(title);
      if (clash) say(`title "${title}" is also the title of ${clash}`);
      titles.set(title, page.file);
      const xDefault = alternates.filter((a) => a.hreflang === 'x-default');
      if (xDefault.length !== 1 || xDefault[0]!.href !== root) say(`x-default must point once to ${root}`);
      const languages = alternates.filter((a) => a.hreflang !== 'x-default');
      if (page.url !== root && !languages.some((a) => a.hreflang === langOf(page) && a.href === page.url)) say('hreflang does not list the page itself');
      for (const alternate of languages) {
        const other = pages.get(alternate.href);
        if (!other) {
          say(`hreflang ${alternate.hreflang} points to ${alternate.href}, which was not built`);
          continue;
        }
        if (!isPrimary(other)) say(`hreflang ${alternate.hreflang} points to ${alternate.href}, which is not an indexable, self-canonical page`);
        if (langOf(other) !== alternate.hreflang) say(`hreflang ${alternate.hreflang} points to a page in ${langOf(other)}`);
        // Reciprocal: the other version lists exactly the same set (the chooser lists the homes one way).
        if (page.url !== root && JSON.stringify(alternatesOf(other)) !== JSON.stringify(alternates)) say(`hreflang set differs from ${other.file}'s`);
      }
    } else if (alternates.length) {
      say('a page that is noindex or canonical to another page must not claim hreflang alternates');
    }

    let data: unknown[] = [];
    try {
      data = jsonLdOf(page);
    } catch (error) {
      say(`JSON-LD does not parse: ${(error as Error).message}`);
    }
    const types = new Set<string>();
    for (const item of data as Json[]) {
      const type = String(item['@type']);
      types.add(type);
      if (item['@context'] !== 'https://schema.org') say(`${type} JSON-LD without @context https://schema.org`);
      const check = requiredByType[type];
      if (!check) say(`unexpected JSON-LD type ${type}`);
      else for (const property of check(item)) say(`${type} JSON-LD lacks ${property}`);
    }
    for (const type of expectedTypes(new URL(page.url).pathname, target.base, page)) {
      if (!types.has(type)) say(`missing ${type} JSON-LD`);
    }
    // The article's date is a calendar day; service notices on the page carry full times.
    const shownDate = all(page, 'time', (a) => /^\d{4}-\d{2}-\d{2}$/.test(a.datetime ?? ''))[0]?.attrs.datetime;
    const article = (data as Json[]).find((d) => d['@type'] === 'Article');
    if (article && shownDate && String(article.dateModified ?? '').slice(0, 10) !== shownDate) {
      say(`Article dateModified ${String(article.dateModified)} differs from the date shown (${shownDate})`);
    }
  }
  return problems;
}

/** Every internal link, asset and anchor of every page resolves to a built file or element. */
export function checkLinks(target: SiteTarget, pages: Map<string, Page>): string[] {
  const problems: string[] = [];
  const origin = new URL(target.siteUrl).origin;
  for (const page of pages.values()) {
    const references = page.tags.flatMap((t) =>
      (['href', 'src', 'action'] as const).flatMap((attr) => {
        const value = t.attrs[attr];
        if (value === undefined || (t.name === 'link' && t.attrs.rel === 'alternate') || t.attrs.rel === 'canonical') return [];
        return [value];
      }),
    );
    for (const reference of references) {
      if (/^(mailto|tel|javascript|data):/i.test(reference)) continue;
      const url = new URL(reference, page.url);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(target.base)) {
        problems.push(`${page.file}: ${reference} is outside the base path ${target.base}`);
        continue;
      }
      const targetPage = pages.get(url.origin + url.pathname);
      const rest = decodeURIComponent(url.pathname.slice(target.base.length));
      if (!targetPage && !existsSync(join(target.outDir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest))) {
        problems.push(`${page.file}: broken link ${reference}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !(targetPage ?? page).ids.has(anchor)) problems.push(`${page.file}: ${reference} points to a missing anchor`);
    }
  }
  return problems;
}

const xsd = (name: string) => ({ fileName: name, contents: readFileSync(new URL(`../fixtures/xsd/${name}`, import.meta.url), 'utf8') });

/**
 * robots.txt names the sitemap index; the index and every sitemap it lists validate against
 * the sitemaps.org schemas (with the xhtml:link extension) and list only built pages.
 */
export async function checkSitemaps(target: SiteTarget, pages: Map<string, Page>): Promise<{ problems: string[]; urls: string[] }> {
  const problems: string[] = [];
  const urls: string[] = [];
  const root = new URL(target.base, target.siteUrl).href;
  const fileOf = (url: string) => join(target.outDir, new URL(url).pathname.slice(target.base.length));
  const robots = readFileSync(join(target.outDir, 'robots.txt'), 'utf8');
  const indexUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  if (indexUrl !== `${root}sitemap-index.xml`) problems.push(`robots.txt names ${indexUrl} instead of ${root}sitemap-index.xml`);
  if (!indexUrl || !existsSync(fileOf(indexUrl))) return { problems: [...problems, 'no sitemap index'], urls };
  const index = readFileSync(fileOf(indexUrl), 'utf8');
  const indexResult = await validateXML({ xml: { fileName: 'sitemap-index.xml', contents: index }, schema: xsd('siteindex.xsd') });
  if (!indexResult.valid) problems.push(`sitemap-index.xml: ${indexResult.rawOutput}`);
  const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  if (!sitemapUrls.length) problems.push('the sitemap index lists no sitemap');
  for (const sitemapUrl of sitemapUrls) {
    if (!sitemapUrl.startsWith(root) || !existsSync(fileOf(sitemapUrl))) {
      problems.push(`sitemap ${sitemapUrl} is not a built file under ${root}`);
      continue;
    }
    const xml = readFileSync(fileOf(sitemapUrl), 'utf8');
    const result = await validateXML({
      xml: { fileName: 'sitemap.xml', contents: xml },
      schema: xsd('urlset-with-xhtml.xsd'),
      preload: [xsd('sitemap.xsd'), xsd('xhtml-link.xsd')],
    });
    if (!result.valid) problems.push(`${sitemapUrl}: ${result.rawOutput}`);
    for (const [, entry] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(entry!)?.[1] ?? '';
      urls.push(loc);
      const page = pages.get(loc);
      if (!page || !isPrimary(page)) {
        problems.push(`sitemap lists ${loc}, which is not an indexable, self-canonical built page`);
        continue;
      }
      const links = [...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => ({ hreflang: m[1]!, href: m[2]! }));
      if (JSON.stringify(links) !== JSON.stringify(alternatesOf(page))) problems.push(`sitemap alternates of ${loc} differ from the page's hreflang`);
      const lastmod = /<lastmod>([^<]+)<\/lastmod>/.exec(entry!)?.[1];
      const shown = all(page, 'meta', (a) => a.property === 'article:modified_time')[0]?.attrs.content;
      if (lastmod !== shown) problems.push(`sitemap lastmod of ${loc} is ${lastmod}, the page says ${shown}`);
    }
  }
  for (const page of pages.values()) {
    if (isPrimary(page) && !urls.includes(page.url)) problems.push(`${page.file} is indexable but not in the sitemap`);
  }
  return { problems, urls };
}
