import { applySynonyms, type Synonyms } from './synonyms.ts';
import { toSimplified, type T2sTable } from './t2s.ts';
import { hasHan, normalizeQuery, wordSegments } from './text.ts';
import { closeWords, correctTypos, type Vocabulary } from './typos.ts';
import { fromPinyin, type PinyinTable } from './pinyin.ts';
import { stopwordsFor } from './stopwords.ts';
import { queryWords, wordSpan, type WordTable } from './words.ts';

/** What the browser downloads (as /<locale>/search/data.json) to make a locale's search forgiving. */
export interface SearchData {
  synonyms: Synonyms;
  vocabulary: Vocabulary;
  t2s: T2sTable;
  /** Keywords and titles, offered as close terms when a Chinese query finds nothing. */
  terms: string[];
  /** Every word of the locale's articles → how many articles hold it. */
  words: WordTable;
  /** How many articles the locale has. */
  pages: number;
}

export interface Hit {
  id: string;
  score: number;
  /** Where the query's words occur in the page (Pagefind's word positions). */
  words?: number[];
}

/** Runs one query string against the index (Pagefind in the browser or in Node). */
export type Engine<H extends Hit> = (query: string) => Promise<H[]>;

export interface Outcome<H extends Hit> {
  hits: H[];
  /** Set when a typo was corrected or pinyin read as Chinese: the query whose results are shown. */
  correctedTo?: string;
  /** Close terms to offer when nothing was found. */
  suggestions: string[];
}

/** Hits of `first` in order, then those only `second` found. */
export function mergeHits<H extends Hit>(first: H[], second: H[]): H[] {
  const seen = new Set(first.map((h) => h.id));
  return [...first, ...second.filter((h) => !seen.has(h.id))];
}

/** The query as the index spells it: width/case folded and Traditional characters simplified. */
export function prepareQuery(typed: string, data: SearchData): string {
  return toSimplified(normalizeQuery(typed), data.t2s);
}

async function withSynonyms<H extends Hit>(query: string, engine: Engine<H>, data: SearchData, locale: string): Promise<H[]> {
  const expanded = applySynonyms(query, data.synonyms);
  if (expanded === query) return rankedSearch(query, engine, data, locale);
  // The articles' own word first; the customer's word still finds pages that use it too.
  const [canonical, original] = await Promise.all([rankedSearch(expanded, engine, data, locale), rankedSearch(query, engine, data, locale)]);
  return mergeHits(canonical, original);
}

/** The query's words, Chinese split the way the browser's Intl.Segmenter splits it. */
export function queryTerms(query: string, locale: string): string[] {
  return [...new Set(wordSegments(query, locale).map((s) => s.segment))];
}

/** Share of the query's information the best page must hold firmly, or nothing matches well. */
export const minCoverage = 0.5;
/** Pages holding less than this share of what the best page holds are not listed (believable counts). */
export const listedShare = 0.4;

/** Pagefind's first positions of an article: its <h1> title. */
const titleWords = 10;

/**
 * How firmly a page holds a word: 0 when its characters only occur apart (余 here, 额 there),
 * 1 in the title, in the keywords or more than once, 0.5 for a single passing mention.
 */
function evidence(hit: Hit, span: number): number {
  const at = [...(hit.words ?? [])].sort((a, b) => a - b);
  if (at.length === 0) return 1;
  let count = 0;
  for (let i = 0; i + span - 1 < at.length; i++) {
    if (at[i + span - 1]! - at[i]! === span - 1) {
      count++;
      i += span - 1;
    }
  }
  if (count === 0) return 0;
  return count >= 2 || at[0]! < titleWords ? 1 : 0.5;
}

/**
 * Ranks pages by the meaningful words of the query. Pagefind requires every word and matches
 * Chinese character by character, so a question misses the page that lacks one small word of
 * it, and 的 or 钱 alone matches nearly every article. Instead each word is searched alone and
 * weighted by its rarity (idf over the locale's articles: 的 and "my" weigh nothing); a page's
 * score adds up the words it holds firmly. When no page holds at least half of the query's
 * information (minCoverage), nothing matches well and the search says so rather than list
 * unrelated articles; otherwise only pages close to the best are listed (listedShare), not
 * every page that shares one word with the query.
 */
async function rankedSearch<H extends Hit>(query: string, engine: Engine<H>, data: SearchData, locale: string): Promise<H[]> {
  const words = queryWords(query, locale, data.words, stopwordsFor(locale));
  if (words.length === 0) return [];
  const perWord = await Promise.all(words.map((word) => engine(word)));
  const pages = Math.max(data.pages, 1);
  const totals = new Map<string, { hit: H; score: number; held: number }>();
  let information = 0;
  perWord.forEach((hits, i) => {
    const span = wordSpan(words[i]!, locale);
    const firm = hits.map((hit) => ({ hit, weight: evidence(hit, span) })).filter((h) => h.weight > 0);
    // A word no page holds firmly is still part of what the customer asked: it weighs the most.
    const idf = Math.log(pages / Math.min(Math.max(firm.length, 0.5), pages));
    information += idf;
    const best = Math.max(...firm.map((h) => h.hit.score), Number.EPSILON);
    for (const { hit, weight } of firm) {
      const entry = totals.get(hit.id) ?? { hit, score: 0, held: 0 };
      entry.held += idf * weight;
      entry.score += idf * weight * (1 + hit.score / best);
      totals.set(hit.id, entry);
    }
  });
  // Equal scores (two pages that hold the words alike) keep one order everywhere: by page id.
  const ranked = [...totals.values()].sort((a, b) => b.score - a.score || a.hit.id.localeCompare(b.hit.id));
  // Only common words (idf 0): nothing to weigh them by, so Pagefind's order stands.
  if (information === 0) return ranked.map((e) => e.hit);
  const bestHeld = Math.max(...ranked.map((e) => e.held));
  if (bestHeld / information < minCoverage) return [];
  return ranked.filter((e) => e.held >= listedShare * bestHeld).map((e) => e.hit);
}

function sharedCharacters(a: string, b: string): number {
  const chars = new Set(a);
  return [...new Set(b)].filter((c) => hasHan(c) && chars.has(c)).length;
}

/** Close terms for a query that found nothing: near spellings of its words, or terms sharing its characters. */
export function suggestTerms(query: string, data: SearchData, limit = 3): string[] {
  const latin = (query.match(/[a-z]{4,}/g) ?? []).flatMap((word) => closeWords(word, data.vocabulary, limit));
  const han = hasHan(query)
    ? data.terms
        .map((term) => ({ term, shared: sharedCharacters(query, term) }))
        .filter(({ shared }) => shared > 0)
        .sort((a, b) => b.shared - a.shared || a.term.length - b.term.length)
        .map(({ term }) => term)
    : [];
  return [...new Set([...latin, ...han])].slice(0, limit);
}

/**
 * The one query pipeline, shared by the browser UI and the relevance suite: normalize,
 * simplify Traditional characters, expand synonyms, correct words the index lacks, and rank
 * multi-word queries by their meaningful words.
 */
export async function runQuery<H extends Hit>(
  typed: string,
  engine: Engine<H>,
  data: SearchData,
  locale: string,
  {
    correct = true,
    pinyin,
  }: {
    correct?: boolean;
    /** Chinese locales: loads the pinyin table, only when a Latin query finds nothing as typed. */
    pinyin?: () => Promise<PinyinTable>;
  } = {},
): Promise<Outcome<H>> {
  const query = prepareQuery(typed, data);
  if (!query) return { hits: [], suggestions: [] };
  let hits = await withSynonyms(query, engine, data, locale);
  let correctedTo: string | undefined;
  // A corrected word is one the index does not hold, so whatever Pagefind found for it is at best
  // an approximate match: the corrected query's results replace those few or loose results.
  const corrected = correct ? correctTypos(query, data.vocabulary) : undefined;
  if (corrected) {
    const fixed = await withSynonyms(corrected, engine, data, locale);
    if (fixed.length) [hits, correctedTo] = [fixed, corrected];
  }
  // Typed in pinyin on a Latin keyboard (tuikuan, tui kuan): read it as the index's Chinese words.
  const chinese = correct && pinyin && hits.length === 0 && !hasHan(query) ? fromPinyin(query, await pinyin()) : undefined;
  if (chinese) {
    const found = await withSynonyms(chinese, engine, data, locale);
    if (found.length) [hits, correctedTo] = [found, chinese];
  }
  const outcome: Outcome<H> = { hits, suggestions: hits.length ? [] : suggestTerms(query, data) };
  if (correctedTo) outcome.correctedTo = correctedTo;
  return outcome;
}
