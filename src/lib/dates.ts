const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date for humans in the page's language ("2026年11月1日", "1 November 2026"). */
export function formatDate(date: Date, lang: string): string {
  // Creating a DateTimeFormat loads locale data and costs far more than formatting with it;
  // one per language keeps it out of the per-page cost of large builds.
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}

/** The date part of an ISO timestamp, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
