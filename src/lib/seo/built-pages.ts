/**
 * What a built page's <head> says about itself. The sitemap and `_redirects` are derived from
 * the built pages, so they can never disagree with the canonical and hreflang tags crawlers see.
 */
export interface BuiltPage {
  /** Absolute URL the page is served at. */
  url: string;
  canonical?: string;
  noindex: boolean;
  alternates: { hreflang: string; href: string }[];
  /** ISO date of the last change (`article:modified_time`). */
  modified?: string;
  /** Target of a meta refresh: the page is a redirect. */
  refreshTo?: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (value: string) => value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '');

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)=(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[match[1]!.toLowerCase()] = decode(match[2] ?? match[3] ?? '');
  }
  return attrs;
}

/** Reads the SEO signals from a page's <head> (as this site renders it: quoted attributes). */
export function readBuiltPage(url: string, html: string): BuiltPage {
  const head = html.slice(0, Math.max(html.indexOf('</head>'), 0));
  const page: BuiltPage = { url, noindex: false, alternates: [] };
  for (const [tag] of head.matchAll(/<(?:link|meta)\b[^>]*>/gi)) {
    const a = attributes(tag);
    if (a.rel === 'canonical' && a.href) page.canonical = a.href;
    else if (a.rel === 'alternate' && a.hreflang && a.href) page.alternates.push({ hreflang: a.hreflang, href: a.href });
    else if (a.name === 'robots' && /noindex/i.test(a.content ?? '')) page.noindex = true;
    else if (a.property === 'article:modified_time' && a.content) page.modified = a.content;
    else if (a['http-equiv']?.toLowerCase() === 'refresh' && a.content) {
      const target = /url=(.+)$/i.exec(a.content)?.[1];
      if (target) page.refreshTo = new URL(target.trim(), url).href;
    }
  }
  return page;
}

/** A page belongs in the sitemap when it may be indexed and is its own canonical. */
export function belongsInSitemap(page: BuiltPage): boolean {
  return !page.noindex && page.canonical === page.url && !page.refreshTo;
}

/** The page's language versions for the sitemap, as @astrojs/sitemap's `links`. */
export function sitemapLinks(page: BuiltPage): { lang: string; url: string }[] {
  return page.alternates.map((a) => ({ lang: a.hreflang, url: a.href }));
}

/** The URL a built file is served at: `en/x/index.html` → `<site><base>en/x/`. */
export function pageUrl(siteUrl: string, base: string, relativeFile: string): string {
  const path = relativeFile.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');
  return new URL(`${base}${path}`, siteUrl).href;
}
