import type { Synonyms } from './synonyms.ts';
import { queryTerms, type SearchData } from './query.ts';
import type { T2sTable } from './t2s.ts';
import { countWords } from './typos.ts';
import { stopwordsFor } from './stopwords.ts';
import { buildWordTable } from './words.ts';

export interface IndexedText {
  title: string;
  keywords: readonly string[];
  /** The article's Markdown/MDX source. */
  body: string;
}

/** Markdown source as plain words: component tags, links' targets and code fences dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/`[^`]*`/g, ' ');
}

/** Builds a locale's search data from its articles; the vocabulary is the index's own words. */
export function buildSearchData(articles: readonly IndexedText[], synonyms: Synonyms, t2s: T2sTable, locale: string): SearchData {
  const texts = articles.map((a) => [a.title, ...a.keywords, plainText(a.body)].join('\n'));
  const vocabulary = countWords(texts);
  const terms = [...new Set(articles.flatMap((a) => [...a.keywords, a.title]))];
  return { synonyms, vocabulary, t2s, terms, words: buildWordTable(texts, locale, stopwordsFor(locale)), pages: articles.length };
}

/**
 * The keywords as the index should see them: each word once, split as the browser splits
 * queries. Keywords repeat words ("提现没到账, 提现延迟, 提现审核"); measured on the golden
 * queries, unsplit Chinese keywords rank worse.
 */
export function indexedKeywords(keywords: readonly string[], locale: string): string {
  return queryTerms(keywords.join(' '), locale).join(' ');
}
