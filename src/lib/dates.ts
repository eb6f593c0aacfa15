/** A calendar date for humans in the page's language ("2026年11月1日", "1 November 2026"). */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The date part of an ISO timestamp, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
