import { hasHan } from './text.ts';

/**
 * A locale's synonym table (content/search/synonyms.<locale>.yaml, validated by
 * src/schemas/synonyms.ts): a query containing one of `words` is also searched with `means`.
 */
export type Synonyms = { means: string; words: string[] }[];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Latin phrases match whole words only ("login" must not match inside "logins"); Han text matches anywhere. */
function phrasePattern(phrase: string): RegExp {
  const body = escapeRegExp(phrase.toLowerCase()).replace(/\s+/g, '\\s+');
  return hasHan(phrase) ? new RegExp(body, 'g') : new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, 'g');
}

/**
 * Replaces every colloquial word in a normalized query by the word the articles use. Longer
 * phrases go first so "money back" wins over "back". Returns the query unchanged when nothing
 * matches.
 */
export function applySynonyms(query: string, synonyms: Synonyms): string {
  const rules = synonyms
    .flatMap(({ means, words }) => words.map((word) => ({ word, means: means.toLowerCase() })))
    .sort((a, b) => b.word.length - a.word.length);
  let out = query;
  for (const { word, means } of rules) {
    // Skip words already covered by their target (e.g. "sign in" inside "sign in again").
    if (out.includes(means) && means.includes(word.toLowerCase())) continue;
    out = out.replace(phrasePattern(word), means);
  }
  return out;
}
