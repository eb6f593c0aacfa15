import site from '../site.config.ts';
import { createUrls } from '../lib/urls.ts';

/** The content folder as editors' messages name it ("content/"), from the site config. */
export const contentPrefix = `${site.contentDir.replace(/\/+$/, '')}/`;

/** URL builders for this build's base path; shared by every page and component. */
export const urls = createUrls(site.base);

/** The configured locale for a route param; unknown codes are a programming error. */
export function localeConfig(code: string) {
  const locale = site.locales.find((l) => l.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}". Configured: ${site.locales.map((l) => l.code).join(', ')}.`);
  return locale;
}

/** getStaticPaths() for pages that exist once per locale. */
export function localePaths() {
  return site.locales.map((l) => ({ params: { locale: l.code } }));
}

/** A page that exists in every locale, in the locales other than this one (for hreflang). */
export function otherLocaleVersions(locale: string, href: (code: string) => string) {
  return site.locales.filter((l) => l.code !== locale).map((l) => ({ locale: l.code, href: href(l.code) }));
}
