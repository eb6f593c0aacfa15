/**
 * Picks the best of our locales for a visitor's ordered language preferences
 * (navigator.languages). Exact tags win over a shared primary language ("zh-TW" still
 * prefers Chinese over English); nothing matching falls back to the default.
 */
export function preferredLocale(
  wanted: readonly string[],
  locales: readonly { code: string; lang: string }[],
  fallback: string,
): string {
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    const exact = locales.find((l) => l.lang.toLowerCase() === lower || l.code === lower);
    if (exact) return exact.code;
    const primary = lower.split('-')[0];
    const sameLanguage = locales.find((l) => l.lang.toLowerCase().split('-')[0] === primary);
    if (sameLanguage) return sameLanguage.code;
  }
  return fallback;
}

/**
 * localStorage key of the language a reader picked on the root page's chooser. Stored on the
 * device only: unlike a cookie it is never sent to the server, so the CDN serves everyone the
 * same cached page and nothing about the reader leaves the browser.
 */
export const chosenLocaleKey = 'okpay-locale';

/**
 * Where the root page sends a visitor: the language they picked on the chooser before (if it
 * is still published), else the best match for their browser, else `fallback`.
 */
export function rootLocale(
  remembered: string | null,
  wanted: readonly string[],
  locales: readonly { code: string; lang: string }[],
  fallback: string,
): string {
  if (remembered && locales.some((l) => l.code === remembered)) return remembered;
  return preferredLocale(wanted, locales, fallback);
}

/** The locale codes with the default (the language articles are written in first) leading. */
export function defaultFirst(locales: readonly string[], defaultLocale: string): string[] {
  return [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
}
