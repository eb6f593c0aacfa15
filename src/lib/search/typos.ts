import { latinWords } from './text.ts';

/** Word → how often it occurs in the locale's articles (built from the index's own text). */
export type Vocabulary = Readonly<Record<string, number>>;

/** Only words at least this long are corrected: short words have too many close neighbours. */
export const minTypoLength = 5;

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

function allowedDistance(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/** Known words close to `word`, nearest first, then most frequent. */
export function closeWords(word: string, vocabulary: Vocabulary, limit = 3): string[] {
  const max = allowedDistance(word);
  return Object.keys(vocabulary)
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate, max) }))
    .filter(({ candidate, distance }) => distance <= max && candidate !== word)
    .sort((a, b) => a.distance - b.distance || vocabulary[b.candidate]! - vocabulary[a.candidate]! || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/**
 * Corrects each unknown English word of five letters or more to the nearest known word.
 * Returns undefined when nothing needed (or allowed) a correction.
 */
export function correctTypos(query: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  const corrected = query.replace(/[a-z]+/gi, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < minTypoLength || lower in vocabulary) return word;
    const [best] = closeWords(lower, vocabulary, 1);
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected : undefined;
}

/** Counts the Latin words of some texts, for the vocabulary file. */
export function countWords(texts: Iterable<string>, minLength = 4): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of texts) for (const word of latinWords(text)) if (word.length >= minLength) counts[word] = (counts[word] ?? 0) + 1;
  return counts;
}
