/**
 * Runs inline in the results page's <head>, before the first paint: a deep-linked query (?q=…)
 * marks the page so CSS reserves the space its results will take, and they do not push the
 * rest of the page down when they arrive. A plain string, so its CSP hash is of these bytes.
 */
export const searchQueryScript = `if (/[?&]q=[^&]/.test(location.search)) document.documentElement.setAttribute('data-search-query', '');`;
