import { prepareQuery, runQuery, suggestTerms, type Outcome, type SearchData } from '../lib/search/query.ts';
import { hasHan } from '../lib/search/text.ts';
import type { PinyinTable } from '../lib/search/pinyin.ts';
import { formatMessage, type Message, type MessageVars } from '../lib/message-format.ts';
import { intlWarm } from './intl-warmup.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';

/** Where a page's search settings live: data attributes rendered by SearchEnhancement.astro. */
export interface SearchConfig {
  locale: string;
  pagefind: string;
  base: string;
  data: string;
  /** Titles and keywords for close-term suggestions (terms.json), loaded only when needed. */
  terms: string;
  /** Pinyin table (pinyin.json), Chinese locales only; loaded when a Latin query finds nothing. */
  pinyin?: string | undefined;
  resultsPage: string;
  messages: SearchMessages;
}

/** The UI strings the search scripts use, as src/i18n writes them (SearchEnhancement.astro). */
export type SearchMessages = Record<
  'listbox' | 'zero' | 'count' | 'articles' | 'loading' | 'error' | 'showing' | 'instead' | 'seeAll' | 'section' | 'empty' | 'allTopics',
  Message
>;

export function readConfig(): SearchConfig | undefined {
  const el = document.querySelector<HTMLElement>('[data-search-config]');
  const d = el?.dataset;
  if (!el || !d?.locale || !d.pagefind || !d.base || !d.data || !d.terms || !d.resultsPage || !d.messages) return undefined;
  const messages = JSON.parse(d.messages) as SearchMessages;
  return { locale: d.locale, pagefind: d.pagefind, base: d.base, data: d.data, terms: d.terms, pinyin: d.pinyin, resultsPage: d.resultsPage, messages };
}

const fetchJson = <T>(url: string): Promise<T> =>
  fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${r.status} fetching ${url}`);
    return r.json() as Promise<T>;
  });

let data: Promise<SearchData> | undefined;
let terms: Promise<string[]> | undefined;
let pinyin: Promise<PinyinTable> | undefined;

/** Synonyms, vocabulary and character table; data.json leaves the terms out (see loadTerms). */
function loadData(url: string): Promise<SearchData> {
  data ??= fetchJson<SearchData>(url);
  return data;
}

/**
 * Every title and keyword of the locale. They grow with the library (about 33 kB compressed at
 * 10,000 articles, docs/benchmarks.md) and only a Chinese query that finds nothing uses them,
 * so they stay out of every visitor's first search.
 */
function loadTerms(url: string): Promise<string[]> {
  terms ??= fetchJson<string[]>(url);
  return terms;
}

export interface SearchOptions {
  /** False searches exactly what was typed (the "search for the original" link). */
  correct?: boolean;
}

/** Runs the shared query pipeline against this locale's Pagefind index. */
export async function search(config: SearchConfig, typed: string, options: SearchOptions = {}): Promise<Outcome<PagefindResult>> {
  const [pagefind, searchData] = await Promise.all([loadPagefind(config.pagefind, config.base), loadData(config.data), intlWarm({ segmenter: config.locale })]);
  const pinyinUrl = config.pinyin;
  const outcome = await runQuery(typed, async (q) => (await pagefind.search(q)).results, searchData, config.locale, {
    correct: options.correct ?? true,
    ...(pinyinUrl ? { pinyin: () => (pinyin ??= fetchJson<PinyinTable>(pinyinUrl)) } : {}),
  });
  if (outcome.hits.length === 0 && hasHan(typed)) {
    outcome.suggestions = suggestTerms(prepareQuery(typed, searchData), { ...searchData, terms: await loadTerms(config.terms) });
  }
  return outcome;
}

/** A search UI string in the page's language, placeholders filled. */
export function message(config: SearchConfig, key: keyof SearchMessages, vars?: MessageVars): string {
  return formatMessage(config.locale, config.messages[key], vars);
}

/** The results page for a query; `exact` turns off typo correction (the "search the original" link). */
export function resultsUrl(config: SearchConfig, query: string, exact = false): string {
  return `${config.resultsPage}?q=${encodeURIComponent(query)}${exact ? '&exact=1' : ''}`;
}

/** "3 articles found.", "1 article found." or that nothing was, for the status region screen readers hear. */
export function countMessage(config: SearchConfig, count: number, query: string): string {
  return message(config, count === 0 ? 'zero' : 'count', { count, query });
}
