/**
 * Every URL the site links to is built here, so the base path and the trailing-slash rule
 * live in one place.
 */
export interface Urls {
  root(): string;
  home(locale: string): string;
  category(locale: string, category: string): string;
  article(locale: string, key: string): string;
  search(locale: string, query?: string): string;
  contact(locale: string): string;
  /** A channel's card on the contact page. */
  contactChannel(locale: string, channel: string): string;
  guide(locale: string, id: string): string;
  /** The Atom feed of service notices. */
  noticesFeed(locale: string): string;
  notFound(locale: string): string;
  /** A file served from the site root (public/ or generated), e.g. "pagefind/pagefind.js". */
  asset(path: string): string;
}

/** The id of a channel's card on the contact page, which links and the card share. */
export function channelAnchor(channel: string): string {
  return `channel-${channel}`;
}

export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function createUrls(base: string): Urls {
  const prefix = normalizeBase(base);
  const page = (...segments: string[]) => `${prefix}${segments.map(encodeURIComponent).join('/')}/`;
  return {
    root: () => prefix,
    home: (locale) => page(locale),
    category: (locale, category) => page(locale, category),
    article: (locale, key) => page(locale, ...key.split('/')),
    search: (locale, query) => page(locale, 'search') + (query ? `?q=${encodeURIComponent(query)}` : ''),
    contact: (locale) => page(locale, 'contact'),
    contactChannel: (locale, channel) => `${page(locale, 'contact')}#${channelAnchor(channel)}`,
    guide: (locale, id) => page(locale, 'guides', id),
    noticesFeed: (locale) => `${prefix}${encodeURIComponent(locale)}/notices.xml`,
    notFound: (locale) => page(locale, '404'),
    asset: (path) => `${prefix}${path.replace(/^\/+/, '')}`,
  };
}

/** Makes a site-relative URL absolute against the production origin. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}
