/** A listed result as far as topic filters care. */
export interface Faceted {
  category?: string | undefined;
}

/**
 * Topic counts of one query's results, in the order topics first appear (the best result's
 * topic first), so each count is exactly what choosing that topic lists.
 */
export function facetCounts(results: readonly Faceted[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { category } of results) if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  return [...counts];
}

/** The results of one topic, or all of them when no topic is chosen. */
export function inCategory<T extends Faceted>(results: readonly T[], category: string): T[] {
  return category ? results.filter((r) => r.category === category) : [...results];
}
