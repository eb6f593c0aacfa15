/**
 * Which troubleshooters a search query points to: a guide is suggested when the query contains
 * one of its keywords (content/guides/*.yaml `keywords`), compared case- and width-insensitively
 * and ignoring spaces, so "My withdrawal  hasn't ARRIVED" matches "withdrawal hasn't arrived" and
 * full-width letters match half-width ones.
 */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/[\s\p{P}]+/gu, '');
}

export function matchingGuides<G extends { keywords: readonly string[] }>(guides: readonly G[], query: string): G[] {
  const q = normalizeForMatch(query);
  if (!q) return [];
  return guides.filter((g) => g.keywords.some((k) => {
    const word = normalizeForMatch(k);
    return word.length > 0 && q.includes(word);
  }));
}
