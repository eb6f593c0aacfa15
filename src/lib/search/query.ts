import type { Synonyms } from '../../schemas/synonyms.ts';
import { applySynonyms } from './synonyms.ts';
import { toSimplified, type T2sTable } from './t2s.ts';
import { hasHan, normalizeQuery } from './text.ts';
import { closeWords, correctTypos, type Vocabulary } from './typos.ts';

/** What the browser downloads (as /<locale>/search/data.json) to make a locale's search forgiving. */
export interface SearchData {
  synonyms: Synonyms;
  vocabulary: Vocabulary;
  t2s: T2sTable;
  /** Keywords and titles, offered as close terms when a Chinese query finds nothing. */
  terms: string[];
}

export interface Hit {
  id: string;
  score: number;
}

/** Runs one query string against the index (Pagefind in the browser or in Node). */
export type Engine<H extends Hit> = (query: string) => Promise<H[]>;

export interface Outcome<H extends Hit> {
  hits: H[];
  /** Set when a typo was corrected: the query whose results are shown. */
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
  if (expanded === query) return rankedSearch(query, engine, locale);
  // The articles' own word first; the customer's word still finds pages that use it too.
  const [canonical, original] = await Promise.all([rankedSearch(expanded, engine, locale), rankedSearch(query, engine, locale)]);
  return mergeHits(canonical, original);
}

/** The query's words, Chinese split the way the browser's Intl.Segmenter splits it. */
export function queryTerms(query: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...new Set([...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment))];
}

/**
 * Pagefind requires every word to match, so a question ("forgot my password") misses the page
 * that answers it but lacks "my", and ranks pages that happen to hold every word. Searching each
 * word alone and adding up the scores, each word weighted by its rarity among the pages found
 * (as in tf-idf), ranks pages by the meaningful words: "forgot" counts, "my" hardly does.
 * Pages holding every word still come first when their words matter.
 */
async function rankedSearch<H extends Hit>(query: string, engine: Engine<H>, locale: string): Promise<H[]> {
  const terms = queryTerms(query, locale);
  if (terms.length < 2) return engine(query);
  // The whole query counts as one more "word": pages holding every word (a title that answers
  // the question) get its score on top.
  const perTerm = await Promise.all([query, ...terms].map((term) => engine(term)));
  const pages = new Set(perTerm.flat().map((h) => h.id)).size;
  const totals = new Map<string, { hit: H; total: number }>();
  for (const hits of perTerm) {
    const rarity = Math.log(1 + pages / Math.max(hits.length, 1));
    for (const hit of hits) {
      const entry = totals.get(hit.id) ?? { hit, total: 0 };
      entry.total += hit.score * rarity;
      totals.set(hit.id, entry);
    }
  }
  return [...totals.values()].sort((a, b) => b.total - a.total).map((e) => e.hit);
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
  { correct = true }: { correct?: boolean } = {},
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
  const outcome: Outcome<H> = { hits, suggestions: hits.length ? [] : suggestTerms(query, data) };
  if (correctedTo) outcome.correctedTo = correctedTo;
  return outcome;
}
