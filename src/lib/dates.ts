const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one DateTimeFormat for a language and options, made on first use. Creating one loads
 * locale and time-zone data and costs far more than formatting with it (tens of milliseconds on
 * a phone, once per page that shows a date; thousands of times in a large build).
 */
export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(lang, options)));
  return formatter;
}

/** A calendar date for humans in the page's language ("2026年11月1日", "1 November 2026"). */
export function formatDate(date: Date, lang: string): string {
  return dateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The date part of an ISO timestamp, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
