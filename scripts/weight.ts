/**
 * `npm run weight`: what Chromium downloads when it opens the typical pages, compressed the
 * way a server sends them (the dist/ server of tests/quality compresses with brotli), and the
 * budget each must meet. Fails (exit 1) above budget, on render-blocking JavaScript or on any
 * web-font download. Prints every figure. Run `npm run build` first.
 */
import { chromium, type Request } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/browser.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { typicalPages, type TypicalPage } from '../tests/quality/site.ts';

/** Bytes of compressed response bodies per page; the article budget is the issue's, the others leave room for features. */
const budgets: Partial<Record<TypicalPage['name'], number>> = {
  article: 20_000,
  home: 30_000,
  contact: 30_000,
};

interface Row {
  page: string;
  bytes: Record<string, number>;
  total: number;
  requests: number;
  budget?: number;
  problems: string[];
}

const kinds: Record<string, string> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'img' };

async function measure(path: string, browser: import('@playwright/test').Browser, baseURL: string): Promise<Omit<Row, 'page' | 'budget'>> {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('requestfinished', (r) => requests.push(r));
  await page.goto(path, { waitUntil: 'networkidle' });
  const blocking = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
    const late = [...document.querySelectorAll<HTMLScriptElement>('head script[src]')].filter((s) => !s.async && !s.defer && s.type !== 'module');
    return [
      ...entries.filter((e) => e.initiatorType === 'script' && e.renderBlockingStatus === 'blocking').map((e) => e.name),
      ...late.map((s) => s.src),
    ];
  });
  const bytes: Record<string, number> = {};
  const problems: string[] = [];
  for (const request of requests) {
    const kind = kinds[request.resourceType()] ?? 'other';
    const size = (await request.sizes()).responseBodySize;
    bytes[kind] = (bytes[kind] ?? 0) + size;
    if (kind === 'font') problems.push(`downloads a web font: ${request.url()}`);
  }
  for (const url of new Set(blocking)) problems.push(`render-blocking script: ${url}`);
  await context.close();
  return { bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0), requests: requests.length, problems };
}

const server = await serveDist();
const browser = await chromium.launch(chromiumLaunchOptions());
const rows: Row[] = [];
const started = performance.now();
try {
  for (const { name, locale, path } of typicalPages(['article', 'home', 'contact', 'search'])) {
    const result = await measure(path, browser, server.url);
    const budget = budgets[name];
    if (budget !== undefined && result.total > budget) result.problems.push(`${result.total} B is over the ${name} budget of ${budget} B`);
    rows.push({ page: `${locale} ${name} ${path}`, budget, ...result });
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (n: number | undefined) => (n === undefined ? '-' : (n / 1000).toFixed(1));
const columns = ['html', 'css', 'js', 'img', 'font', 'other'];
console.log(`Page weight: compressed bytes Chromium downloads on a first visit (brotli), in kB (1000 B)\n`);
console.log(['page'.padEnd(48), ...columns.map((c) => c.padStart(6)), 'total'.padStart(7), 'budget'.padStart(7), 'reqs'.padStart(5)].join(' '));
for (const row of rows) {
  console.log(
    [row.page.slice(0, 48).padEnd(48), ...columns.map((c) => kb(row.bytes[c] ?? 0).padStart(6)), kb(row.total).padStart(7), kb(row.budget).padStart(7), String(row.requests).padStart(5)].join(' '),
  );
}
const failures = rows.flatMap((r) => r.problems.map((p) => `${r.page}: ${p}`));
console.log(`\nweight: ${rows.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s; search is measured after its query ran (Pagefind index and WebAssembly included), without a budget.`);
if (failures.length) {
  console.error(`\nWeight budget failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('weight: every budget met, no render-blocking JavaScript, no web font.');
