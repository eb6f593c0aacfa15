/**
 * The script a language tag is written in, where it matters: the explicit subtag (zh-Hant-HK),
 * else what the region implies for Chinese (Taiwan, Hong Kong and Macao write Traditional; the
 * rest Simplified); undefined for other languages without a script subtag.
 */
function scriptOf(tag: string): string | undefined {
  const [primary, ...rest] = tag.toLowerCase().split('-');
  const script = rest.find((part) => /^[a-z]{4}$/.test(part));
  if (script) return script;
  if (primary !== 'zh') return undefined;
  return rest.some((part) => ['tw', 'hk', 'mo'].includes(part)) ? 'hant' : 'hans';
}

/**
 * Picks the best of our locales for a visitor's ordered language preferences
 * (navigator.languages). Exact tags (or codes) win; then the same language in the same script
 * (zh-MO and zh-Hant read a Traditional locale, zh-SG a Simplified one); then a shared primary
 * language ("zh-TW" still prefers Chinese over English); nothing matching falls back to the default.
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
    const samePrimary = locales.filter((l) => l.lang.toLowerCase().split('-')[0] === primary);
    const sameScript = samePrimary.find((l) => scriptOf(l.lang) === scriptOf(lower));
    const region = lower.split('-').find((part, i) => i > 0 && /^[a-z]{2}$/.test(part));
    const sameRegion = sameScript && region ? samePrimary.find((l) => scriptOf(l.lang) === scriptOf(lower) && l.lang.toLowerCase().split('-').includes(region)) : undefined;
    const match = sameRegion ?? sameScript ?? samePrimary[0];
    if (match) return match.code;
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
