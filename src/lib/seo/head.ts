import { absoluteUrl } from '../urls.ts';

/**
 * Everything a page's <head> tells crawlers and link previews, computed from plain data so the
 * rules (which alternates, which canonical) are tested without rendering.
 */
export interface HeadLocale {
  code: string;
  lang: string;
  ogLocale: string;
}

/** This page in one language, as a site-relative URL. */
export interface LanguageVersion {
  locale: string;
  href: string;
}

export interface HeadInput {
  siteUrl: string;
  siteName: string;
  locale: HeadLocale;
  locales: readonly HeadLocale[];
  /** The full document title. */
  title: string;
  description: string;
  /** This page's site-relative URL. */
  path: string;
  /** The page whose content this one mirrors (an untranslated fallback); it becomes the canonical. */
  canonicalPath?: string | undefined;
  /** Languages the page really exists in (including this one); the root chooser lists every home. */
  languageVersions: readonly LanguageVersion[];
  /** The language chooser, target of x-default. */
  rootPath: string;
  image: { path: string; width: number; height: number; alt: string };
  noindex: boolean;
  type: 'website' | 'article';
  modified?: Date | undefined;
}

export interface HeadModel {
  title: string;
  description: string;
  canonical?: string;
  robots?: string;
  alternates: { hreflang: string; href: string }[];
  /** Open Graph (`property`) and Twitter (`name`) tags in document order. */
  meta: ({ property: string; content: string } | { name: string; content: string })[];
}

/** "Article title | Site name"; a page without its own title (a home page) is the site name. */
export function documentTitle(pageTitle: string | undefined, siteName: string): string {
  return pageTitle ? `${pageTitle} | ${siteName}` : siteName;
}

export function headModel(input: HeadInput): HeadModel {
  const abs = (path: string) => absoluteUrl(input.siteUrl, path);
  const mirrors = input.canonicalPath !== undefined;
  // A 404 has no canonical; a page that mirrors another points at the original.
  const canonical = input.noindex && !mirrors ? undefined : abs(input.canonicalPath ?? input.path);
  // hreflang belongs on indexable pages that are their own canonical: a mirror claiming to be a
  // translation would compete with the original.
  const versions = input.noindex || mirrors ? [] : orderByLocale(input.languageVersions, input.locales);
  const alternates = versions.map((v) => ({ hreflang: lang(input.locales, v.locale), href: abs(v.href) }));
  if (alternates.length) alternates.push({ hreflang: 'x-default', href: abs(input.rootPath) });

  const image = abs(input.image.path);
  const meta: HeadModel['meta'] = [
    { property: 'og:type', content: input.type },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: canonical ?? abs(input.path) },
    { property: 'og:locale', content: input.locale.ogLocale },
    ...versions
      .filter((v) => v.locale !== input.locale.code)
      .map((v) => ({ property: 'og:locale:alternate', content: ogLocale(input.locales, v.locale) })),
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: String(input.image.width) },
    { property: 'og:image:height', content: String(input.image.height) },
    { property: 'og:image:alt', content: input.image.alt },
  ];
  if (input.type === 'article' && input.modified) {
    meta.push({ property: 'article:modified_time', content: input.modified.toISOString() });
  }
  meta.push(
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: input.image.alt },
  );
  return {
    title: input.title,
    description: input.description,
    ...(canonical ? { canonical } : {}),
    ...(input.noindex ? { robots: 'noindex' } : {}),
    alternates,
    meta,
  };
}

function find(locales: readonly HeadLocale[], code: string): HeadLocale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}" in a language version.`);
  return found;
}
const lang = (locales: readonly HeadLocale[], code: string) => find(locales, code).lang;
const ogLocale = (locales: readonly HeadLocale[], code: string) => find(locales, code).ogLocale;

/** One version per locale, in the configured order, so every page lists them identically. */
function orderByLocale(versions: readonly LanguageVersion[], locales: readonly HeadLocale[]): LanguageVersion[] {
  return locales.flatMap((l) => versions.find((v) => v.locale === l.code) ?? []);
}
