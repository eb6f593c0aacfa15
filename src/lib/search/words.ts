import type { FunctionWords } from './stopwords.ts';
import { wordSegments } from './text.ts';

/** Word → the number of the locale's articles holding it (built from the index's own text). */
export type WordTable = Readonly<Record<string, number>>;


const noFunctionWords: FunctionWords = { has: () => false, listed: new Set() };

/** The longest Chinese word the table holds and the query segmentation looks up. */
const maxLookup = 6;

function segments(text: string, locale: string): string[] {
  return wordSegments(text.normalize('NFKC').toLowerCase(), locale).map((s) => s.segment);
}


/**
 * The word-like segments of a text, with each run of Chinese segments grouped together. A run
 * ends at punctuation or space: 客服。钱 holds no word 服钱.
 */
export function hanRuns(text: string, locale: string): string[][] {
  const runs: string[][] = [];
  for (const part of text.split(/[^\p{L}\p{N}]+/u)) {
    let run: string[] = [];
    for (const segment of segments(part, locale)) {
      if (/^\p{Script=Han}+$/u.test(segment)) run.push(segment);
      else {
        if (run.length) runs.push(run);
        run = [];
        runs.push([segment]);
      }
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

/** How many index words (Pagefind positions) a word spans: 客服 is 客 + 服 to the segmenter. */
export function wordSpan(word: string, locale: string): number {
  return segments(word, locale).length;
}

/** Share of its rarest part's occurrences a joined piece must account for to count as a word. */
const cohesion = 0.2;

/**
 * Build time: every word of the articles with the number of articles holding it. The segmenter
 * splits Chinese words it does not know (客服, 余额, 手机号) into pieces, so sequences of
 * neighbouring segments that recur in two articles or more count as words too, when they hang
 * together (see `cohesion`); sequences that begin or end with a function word (的, 几) are left
 * out, so the table holds 客服 but not 绑定的.
 */
export function buildWordTable(articles: readonly string[], locale: string, stopwords: FunctionWords = noFunctionWords): Record<string, number> {
  const occurrences = new Map<string, number>();
  const pieceOccurrences = new Map<string, number>();
  const seen = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const parts = new Map<string, string[]>();
  const perArticle = articles.map((text) => {
    const words = new Set<string>();
    const joined: string[] = [];
    for (const run of hanRuns(text, locale)) {
      for (const segment of run) {
        seen(occurrences, segment);
        if ([...segment].length > 1 || !/\p{Script=Han}/u.test(segment)) words.add(segment);
      }
      for (let i = 0; i < run.length; i++) {
        if (stopwords.has(run[i]!)) continue;
        let piece = run[i]!;
        for (let j = i + 1; j < run.length; j++) {
          piece += run[j]!;
          if ([...piece].length > maxLookup) break;
          if (stopwords.has(run[j]!)) continue;
          joined.push(piece);
          seen(pieceOccurrences, piece);
          if (!parts.has(piece)) parts.set(piece, run.slice(i, j + 1));
        }
      }
    }
    return { words, joined };
  });
  const articlesWith = new Map<string, number>();
  for (const { joined } of perArticle) for (const p of new Set(joined)) articlesWith.set(p, (articlesWith.get(p) ?? 0) + 1);
  // A word, not a chance neighbourhood: its rarest part mostly occurs inside it (客 in 客服), which
  // 钱 + 被 or 付款 + 后 do not.
  const cohesive = (piece: string) =>
    pieceOccurrences.get(piece)! >= cohesion * Math.min(...parts.get(piece)!.map((part) => occurrences.get(part)!));
  const table: Record<string, number> = {};
  for (const { words, joined } of perArticle) {
    for (const p of joined) if (articlesWith.get(p)! >= 2 && cohesive(p)) words.add(p);
    for (const w of words) table[w] = (table[w] ?? 0) + 1;
  }
  return table;
}

/**
 * Cuts a run of Chinese text into the index's words: fewest characters left over (function words
 * such as 的 cost nothing), then the most words (客服 + 电话 rather than the compound 客服电话, so
 * a page with either is found), then the more common words (开发票 → 开 + 发票, not 开发 + 票).
 */
function segmentHan(text: string, table: WordTable, stopwords: FunctionWords): { words: string[]; strays: string[] } {
  const chars = [...text];
  type Best = { strays: number; words: number; weight: number; cut: string[]; stray: string[] };
  const best: Best[] = [{ strays: 0, words: 0, weight: 0, cut: [], stray: [] }];
  for (let end = 1; end <= chars.length; end++) {
    let choice: Best | undefined;
    for (let n = 1; n <= Math.min(maxLookup, end); n++) {
      const prev = best[end - n]!;
      const piece = chars.slice(end - n, end).join('');
      const known = n >= 2 && piece in table;
      if (n >= 2 && !known) continue;
      const candidate: Best = known
        ? { ...prev, words: prev.words + 1, weight: prev.weight + Math.log(1 + table[piece]!), cut: [...prev.cut, piece] }
        : { ...prev, strays: prev.strays + (stopwords.has(piece) ? 0 : 1), stray: [...prev.stray, piece] };
      const better =
        !choice ||
        candidate.strays < choice.strays ||
        (candidate.strays === choice.strays && (candidate.words > choice.words || (candidate.words === choice.words && candidate.weight > choice.weight)));
      if (better) choice = candidate;
    }
    best.push(choice!);
  }
  const { cut, stray } = best[chars.length]!;
  return { words: cut, strays: stray };
}

/**
 * The words of a query that say what it is about. Chinese text is cut into the index's own words
 * (the segmenter's dictionary splits 客服 and 余额 into characters, and 开发票 into 开发 + 票);
 * characters left over and function words (what, my, 怎么, 多少) are dropped when the query has
 * other words, so a stray 的 or 钱 cannot match every article.
 */
export function queryWords(query: string, locale: string, table: WordTable, stopwords: FunctionWords = noFunctionWords): string[] {
  const words: string[] = [];
  const dropped: string[] = [];
  let han = '';
  const flush = () => {
    if (!han) return;
    const { words: cut, strays } = segmentHan(han, table, stopwords);
    words.push(...cut);
    dropped.push(...strays);
    han = '';
  };
  for (const segment of segments(query, locale)) {
    if (/^\p{Script=Han}+$/u.test(segment)) han += segment;
    else {
      flush();
      words.push(segment);
    }
  }
  flush();
  const meaningful = [...new Set(words)].filter((w) => !stopwords.has(w));
  if (meaningful.length) return meaningful;
  return [...new Set(words.length ? words : dropped)];
}
