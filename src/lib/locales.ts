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
