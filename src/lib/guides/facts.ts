/**
 * Guide texts quote time frames and amounts as `{fact:withdrawal-review}`, never as typed
 * figures, so they follow content/facts.yaml exactly as articles' <Fact id> do.
 */
const factPattern = /\{fact:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The fact ids a text refers to. */
export function factRefs(text: string): string[] {
  return [...text.matchAll(factPattern)].map((m) => m[1]!);
}

/** The text with each `{fact:id}` replaced by `wording(id)`. */
export function fillFacts(text: string, wording: (id: string) => string): string {
  return text.replace(factPattern, (_, id: string) => wording(id));
}
