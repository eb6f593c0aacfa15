import { reservedSegments } from '../routes.ts';
import { createUrls, normalizeBase } from '../urls.ts';
import { withoutInlineCode, type SourceLine } from './source.ts';

/** A link written in an article. */
export interface LinkRef {
  line: number;
  /** How the editor wrote it, for messages: `<ArticleLink to="…">` or `[…](…)`. */
  written: string;
  /** "ArticleLink" links by "<category>/<slug>#anchor"; "url" is any Markdown or HTML link. */
  kind: 'ArticleLink' | 'ContactChannel' | 'url';
  target: string;
}

const articleLink = /<ArticleLink\b[^>]*?\bto=(?:"([^"]*)"|'([^']*)')/g;
const contactChannel = /<ContactChannel\b[^>]*?\bchannel=(?:"([^"]*)"|'([^']*)')/g;
const markdownLink = /(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const referenceDefinition = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/;
const hrefAttribute = /\bhref=(?:"([^"]*)"|'([^']*)')/g;

/** Every link in an article body outside code, with its line (contact channels link to the contact page). Images are not links. */
export function findLinks(body: readonly SourceLine[]): LinkRef[] {
  const links: LinkRef[] = [];
  for (const line of body) {
    if (line.code) continue;
    const text = withoutInlineCode(line.text);
    for (const m of text.matchAll(articleLink)) {
      links.push({ line: line.number, written: `<ArticleLink to="${m[1] ?? m[2]}">`, kind: 'ArticleLink', target: m[1] ?? m[2] ?? '' });
    }
    for (const m of text.matchAll(contactChannel)) {
      links.push({ line: line.number, written: `<ContactChannel channel="${m[1] ?? m[2]}">`, kind: 'ContactChannel', target: m[1] ?? m[2] ?? '' });
    }
    for (const m of text.matchAll(markdownLink)) {
      if (m[1] === '!') continue;
      links.push({ line: line.number, written: `(${m[2]})`, kind: 'url', target: m[2] ?? '' });
    }
    const definition = referenceDefinition.exec(text);
    if (definition) links.push({ line: line.number, written: definition[0].trim(), kind: 'url', target: definition[1] ?? '' });
    for (const m of text.matchAll(hrefAttribute)) {
      links.push({ line: line.number, written: `href="${m[1] ?? m[2]}"`, kind: 'url', target: m[1] ?? m[2] ?? '' });
    }
  }
  return links;
}

/** Where a URL written in an article leads, as far as the help center's routes tell. */
export type SiteTarget =
  | { kind: 'elsewhere' }
  | { kind: 'page' }
  | { kind: 'category'; locale: string; category: string }
  | { kind: 'article'; locale: string; key: string; anchor: string | undefined }
  | { kind: 'unknown'; problem: string; fix: string };

export interface SiteRoutes {
  url: string;
  base: string;
  locales: readonly string[];
}

/**
 * Resolves a link the way a browser would from the article's own page, then reads the route:
 * /<locale>/, /<locale>/<category>/, /<locale>/<category>/<slug>/ or a fixed page.
 */
export function resolveSiteLink(href: string, from: { locale: string; key: string }, site: SiteRoutes): SiteTarget {
  if (!href || /^(mailto|tel|sms):/i.test(href)) return { kind: 'elsewhere' };
  const origin = new URL(site.url).origin;
  let url: URL;
  try {
    url = new URL(href, `${origin}${createUrls(site.base).article(from.locale, from.key)}`);
  } catch {
    return { kind: 'unknown', problem: `"${href}" is not a valid URL.`, fix: 'write a path such as /en/payments/request-refund/ or a full https:// address.' };
  }
  const base = normalizeBase(site.base);
  if (url.origin !== origin || !url.pathname.startsWith(base)) return { kind: 'elsewhere' };
  const segments = url.pathname.slice(base.length).split('/').filter(Boolean).map(decodeURIComponent);
  // Files (Pagefind, images, sitemap) are not pages; the build checks those.
  if (segments.some((s) => s.includes('.'))) return { kind: 'elsewhere' };
  const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  if (segments.length && !url.pathname.endsWith('/')) {
    return { kind: 'unknown', problem: `"${href}" lacks the trailing slash every help-center URL has.`, fix: `write "${url.pathname}/${url.hash}".` };
  }
  const [locale, second, third, ...rest] = segments;
  if (locale === undefined) return { kind: 'page' };
  if (!site.locales.includes(locale)) {
    return { kind: 'unknown', problem: `"${href}" starts with "${locale}", which is not a language of the help center.`, fix: `start the path with one of: ${site.locales.map((l) => `/${l}/`).join(', ')}.` };
  }
  if (second === undefined || (third === undefined && (reservedSegments as readonly string[]).includes(second))) return { kind: 'page' };
  if (third === undefined) return { kind: 'category', locale, category: second };
  if (rest.length) {
    return { kind: 'unknown', problem: `"${href}" is deeper than any help-center page.`, fix: 'link to /<locale>/<category>/<slug>/, or better, use <ArticleLink to="<category>/<slug>" />.' };
  }
  return { kind: 'article', locale, key: `${second}/${third}`, anchor };
}
