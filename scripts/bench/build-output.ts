/** A line of build output and when the benchmark received it (ms after the build started). */
export interface TimedLine {
  at: number;
  text: string;
}

export interface BuildPhases {
  /** Start-up, config and content-layer sync, until Astro starts bundling. */
  setupMs: number;
  /** Vite/Rollup bundling of the pages and every MDX module. */
  bundleMs: number;
  /** Rendering every page to HTML ("generating static routes"). */
  renderMs: number;
  /** After rendering until the process exits: sitemap, Pagefind, exit. */
  afterRenderMs: number;
  /** Pagefind's own figure from src/integrations/pagefind.ts. */
  indexMs: number;
  indexedPages: number;
}

const stripColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Splits a build's wall time into phases at the lines Astro prints when a phase starts, and
 * reads the indexing time from the Pagefind integration's log line.
 */
export function buildPhases(lines: readonly TimedLine[], totalMs: number): BuildPhases {
  const at = (pattern: RegExp) => lines.find((l) => pattern.test(stripColours(l.text)))?.at;
  const bundling = at(/Building static entrypoints/);
  const rendering = at(/generating static routes/);
  const rendered = lines.find((l, i) => rendering !== undefined && l.at >= rendering && /✓ Completed in/.test(l.text) && !/\[build\]/.test(l.text) && i > 0)?.at;
  const indexed = lines.map((l) => /Indexed (\d+) pages in (\d+) ms/.exec(stripColours(l.text))).find(Boolean);
  if (bundling === undefined || rendering === undefined || rendered === undefined || !indexed) {
    throw new Error('The build output lacks the phase lines the benchmark reads (Astro or the Pagefind integration changed its messages).');
  }
  return {
    setupMs: bundling,
    bundleMs: rendering - bundling,
    renderMs: rendered - rendering,
    afterRenderMs: totalMs - rendered,
    indexMs: Number(indexed[2]),
    indexedPages: Number(indexed[1]),
  };
}
