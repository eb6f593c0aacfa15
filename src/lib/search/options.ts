/**
 * Relevance settings shared by the page markup, the browser and the relevance suite, tuned
 * against tests/search/golden.*.yaml (see docs/search.md).
 */
export const searchWeights = {
  /** Article keywords (Pagefind gives an h1 7 and body text 1). */
  keywords: '8',
} as const;

/** Options for Pagefind's JS API, identical in the browser and in Node. */
export const pagefindOptions = {
  excerptLength: 24,
  ranking: {
    // Help articles differ in length for no reason of relevance: dampen Pagefind's preference for short pages.
    pageLength: 0.5,
    termFrequency: 1,
    termSaturation: 1.2,
  },
};

/** Delay after the last keystroke before instant results search: fast typists trigger one search, not one per letter. */
export const instantDebounceMs = 60;
