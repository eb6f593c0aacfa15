import { parseArticlePath } from '../article-path.ts';
import type { Article, Library } from '../library.ts';
import { reservedSegments } from '../routes.ts';
import { createUrls, normalizeBase } from '../urls.ts';
import { error, type Finding } from './finding.ts';
import { attributeText, lineOf, walk, type TreeNode } from './mdx.ts';
import type { ArticleFile, ContentInput, Rule } from './rule.ts';

/** A link written in an article. */
export interface LinkRef {
  line: number;
  /** How the editor wrote it, for messages: `<ArticleLink to="…">`, `(…)` or `[label]: …`. */
  written: string;
  /** "ArticleLink" links by "<category>/<slug>#anchor"; "url" is any Markdown link. */
  kind: 'ArticleLink' | 'ContactChannel' | 'url';
  target: string;
}

/**
 * Every link in an article's syntax tree (contact channels link to the contact page), however
 * it is spread over lines. Code and images are not links.
 */
export function findLinks(tree: TreeNode): LinkRef[] {
  const links: LinkRef[] = [];
  for (const node of walk(tree)) {
    const line = lineOf(node);
    if (node.type === 'link' && node.url !== undefined) {
      links.push({ line, written: `(${node.url})`, kind: 'url', target: node.url });
    } else if (node.type === 'definition' && node.url !== undefined) {
      links.push({ line, written: `[${node.identifier ?? ''}]: ${node.url}`, kind: 'url', target: node.url });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'ArticleLink' || node.name === 'ContactChannel')) {
      const attribute = node.name === 'ArticleLink' ? 'to' : 'channel';
      const target = attributeText(node, attribute);
      // A missing attribute is the components rule's to report.
      if (target !== undefined) links.push({ line, written: `<${node.name} ${attribute}="${target}">`, kind: node.name, target });
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

type LibraryArticle = Article<ArticleFile>;

export const linksRule: Rule = {
  name: 'links',
  summary:
    'Every link leads somewhere: <ArticleLink to> and help-center URLs name an existing, published article of the language (and an existing heading for #anchors), URLs end in "/", and <ContactChannel channel> names a channel of contact.yaml.',
  example: {
    bad: 'See <ArticleLink to="payments/refund#how-long" /> or [fees](/en/payments/fees).',
    good: 'See <ArticleLink to="payments/request-refund#when-will-i-get-my-money" /> or [fees](/en/payments/fees/).',
  },
  content({ library, input, data }) {
    if (!library) return [];
    const channels = data.contact?.channels.map((c) => c.id);
    return input.site.locales.flatMap(({ code }) => library.articles(code).filter((a) => a.entry.data).flatMap((article) => linkChecks(article, library, input, channels)));
  },
};

function linkChecks(article: LibraryArticle, library: Library<ArticleFile>, input: ContentInput, channels: string[] | undefined): Finding[] {
  const { site, contentDir } = input;
  const tree = article.entry.tree;
  if (!tree) return [];
  const findings: Finding[] = [];
  const routes = { url: site.url, base: site.base, locales: site.locales.map((l) => l.code) };
  const fail = (link: LinkRef, problem: string, fix: string) =>
    findings.push(error(article.file, link.line, link.kind === 'url' ? 'link' : link.kind, `${link.written}: ${problem}`, fix));

  for (const link of findLinks(tree)) {
    let locale = article.locale;
    let key: string;
    let anchor: string | undefined;
    if (link.kind === 'ContactChannel') {
      if (channels && !channels.includes(link.target)) {
        fail(link, `there is no channel "${link.target}" in ${contentDir}contact.yaml.`, `use one of: ${channels.join(', ')}.`);
      }
      continue;
    }
    if (link.kind === 'ArticleLink') {
      [key = '', anchor] = link.target.split('#');
      const path = parseArticlePath(`${locale}/${key}.mdx`);
      if ('error' in path || !/^[^/]+\/[^/]+$/.test(key)) {
        fail(link, `"${link.target}" is not "<category>/<slug>".`, 'write the target as its category folder and file name without .mdx, e.g. to="signing-in/reset-password".');
        continue;
      }
    } else {
      const target = resolveSiteLink(link.target, article, routes);
      if (target.kind === 'unknown') {
        fail(link, target.problem, target.fix);
        continue;
      }
      if (target.kind === 'category') {
        if (!library.group(target.locale, target.category)) {
          fail(link, `there is no ${target.locale} category "${target.category}".`, 'link to a folder that has articles (see content/categories.yaml) or use <ArticleLink>.');
        }
        continue;
      }
      if (target.kind !== 'article') continue;
      ({ locale, key, anchor } = target);
    }
    const target = library.article(locale, key);
    if (!target) {
      const slug = key.split('/')[1];
      const guess = library.articles(locale).find((a) => a.slug === slug);
      fail(
        link,
        `there is no ${locale} article "${key}".`,
        (link.kind === 'ArticleLink'
          ? `use the "<category>/<slug>" of an existing article (its path under ${contentDir}${locale}/ without .mdx)`
          : `link to an existing article's /${locale}/<category>/<slug>/ URL, or use <ArticleLink to="<category>/<slug>" />`) +
          (guess ? `; did you mean "${guess.key}"?` : '.'),
      );
      continue;
    }
    if (target.draft && !article.draft) {
      fail(link, `${target.file} is a draft, so the link would be dead on the published site.`, 'publish the target first (remove draft: true) or remove the link.');
      continue;
    }
    if (anchor !== undefined && !target.entry.headings.some((h) => h.slug === anchor)) {
      const anchors = target.entry.headings.filter((h) => h.depth <= 3).map((h) => `#${h.slug}`);
      fail(
        link,
        `"#${anchor}" is not a heading of ${target.file}.`,
        anchors.length ? `use one of its headings: ${anchors.join(', ')}; or drop the anchor.` : 'drop the anchor: that article has no headings.',
      );
    }
  }
  return findings;
}
