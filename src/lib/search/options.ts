/**
 * Options for Pagefind's JS API, identical in the browser and in the relevance suite, tuned
 * against tests/search/golden.*.yaml (see docs/search.md).
 */
export const pagefindOptions = {
  excerptLength: 24,
  ranking: {
    // Help articles differ in length for no reason of relevance: dampen Pagefind's preference for short pages.
    pageLength: 0.5,
    termFrequency: 1,
    termSaturation: 1.2,
    // Matches in the title and in the article keywords (page metadata) add to the body score.
    metaWeights: { title: 5, keywords: 5 },
  },
};

/** Delay after the last keystroke before instant results search: fast typists trigger one search, not one per letter. */
export const instantDebounceMs = 60;
