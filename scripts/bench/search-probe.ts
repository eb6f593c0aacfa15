import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/browser.ts';
import { serveDist, type Transfer } from '../../tests/support/static-server.ts';

export interface QueryCost {
  query: string;
  ms: number;
  /** Bytes on the wire, compressed as the production host sends them (brotli). */
  bytes: number;
  results: number;
  requests: Transfer[];
}

export interface LocaleQueries {
  locale: string;
  first: string;
  later: string;
}

/**
 * In Chromium, with a cold cache: opens the search page with ?q=<first> and waits for the
 * results (everything the visitor downloads counts), then runs <later> in the same page through
 * Pagefind's JS API exactly as the page's script does (only what the new query needs counts).
 */
export async function probeSearch(siteDir: string, queries: LocaleQueries[]): Promise<Map<string, { first: QueryCost; later: QueryCost }>> {
  const server = await serveDist({ root: siteDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const costs = new Map<string, { first: QueryCost; later: QueryCost }>();
  try {
    for (const { locale, first, later } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.takeTransfers();
      const started = performance.now();
      await page.goto(`${server.url}/${locale}/search/?q=${encodeURIComponent(first)}`);
      const items = page.locator('[data-search-list] > li');
      await items.first().waitFor({ timeout: 60_000 });
      const firstMs = performance.now() - started;
      const firstResults = await items.count();
      // The page's script has finished its work; let its last fetches land before counting.
      await page.waitForLoadState('networkidle');
      const firstRequests = server.takeTransfers();

      const second = await page.evaluate(async (query) => {
        // The page names its Pagefind bundle in its search settings (older pages: on the results list).
        const bundle = (document.querySelector<HTMLElement>('[data-search-config]') ?? document.querySelector<HTMLElement>('[data-search-page]'))?.dataset.pagefind;
        if (!bundle) throw new Error('The search page does not name its Pagefind bundle (data-pagefind).');
        const t0 = performance.now();
        const pagefind = await import(/* @vite-ignore */ bundle);
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, 20).map((r: { data(): Promise<unknown> }) => r.data()));
        return { ms: performance.now() - t0, results: search.results.length as number };
      }, later);
      await page.waitForLoadState('networkidle');
      const laterRequests = server.takeTransfers();
      const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);
      costs.set(locale, {
        first: { query: first, ms: firstMs, bytes: sum(firstRequests), results: firstResults, requests: firstRequests },
        later: { query: later, ms: second.ms, bytes: sum(laterRequests), results: second.results, requests: laterRequests },
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return costs;
}
