/**
 * Search benchmark: for each locale, the compressed bytes a visitor downloads before the first
 * result appears (from the home page, and from an article page, whose only search code up front
 * is the loader), the loader's size, the bytes of later queries, the time from a keystroke to rendered results once
 * the index is warm, and the relevance rates. Serves the built dist/ as the production host does
 * (tests/support/static-server.ts: brotli, _headers). Usage: npm run build && npm run bench:search (BENCH_VERBOSE=1 lists each request).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/browser.ts';
import { encodeForTransfer, serveDist, type Transfer } from '../tests/support/static-server.ts';
import { measureRelevance } from '../tests/search/relevance.ts';
import site from '../src/site.config.ts';
import { instantDebounceMs } from '../src/lib/search/options.ts';

const dist = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error('dist/ has no search index: run `npm run build` first.');

const server = await serveDist({ root: dist });
const origin = server.url;
/** Bytes and requests since the last call, as they went over the wire (BENCH_VERBOSE=1 lists them). */
function taken(): [number, number] {
  const transfers: Transfer[] = server.takeTransfers();
  if (process.env.BENCH_VERBOSE) for (const t of transfers) console.log(`    ${t.path} ${t.bytes}`);
  return [transfers.reduce((sum, t) => sum + t.bytes, 0), transfers.length];
}

const queries: Record<string, string[]> = {
  'zh-cn': ['忘记密码', '退款', '提现', '两步验证', '账户冻结', '交易记录'],
  en: ['password', 'refund', 'withdraw', 'verification', 'frozen', 'history'],
};

/** Empties the box (which closes the popup) and types a query, resolving once its results show. */
async function search(page: Page, query: string, id = 'hero-search'): Promise<void> {
  const box = page.locator(`#${id}`);
  await box.fill('');
  await page.locator('.search-popup').first().waitFor({ state: 'hidden' });
  await box.fill(query);
  await page.locator(`#${id}-listbox [role="option"]`).first().waitFor();
}

/** The article a visitor reads before searching from its header box. */
const articlePage = 'signing-in/cant-sign-in';

/** Bytes before the first result of a first query typed into an article page's header box. */
async function firstFromArticle(code: string, query: string): Promise<[number, number]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/${code}/${articlePage}/`, { waitUntil: 'networkidle' });
  taken();
  await page.locator('#header-search').focus();
  await search(page, query, 'header-search');
  const cost = taken();
  await context.close();
  return cost;
}

const loaderFile = readdirSync(join(dist, '_astro')).find((f) => /^SearchEnhancement.*\.js$/.test(f));
if (!loaderFile) throw new Error('dist/_astro has no search loader (SearchEnhancement script).');
const loader = readFileSync(join(dist, '_astro', loaderFile));

/** Types all but the last character, lets results settle, then times the last character typed. */
async function timeKeystroke(page: Page, query: string): Promise<number> {
  const box = page.locator('#hero-search');
  await box.fill(query.slice(0, -1));
  await page.waitForTimeout(400);
  await page.evaluate(() => {
    const list = document.querySelector('#hero-search-listbox')!;
    const w = window as unknown as { t0: number; t1: Promise<number> };
    w.t1 = new Promise((resolve) => {
      // The input event is the keystroke as the page sees it (Chinese arrives through an IME, without keydown).
      document.querySelector('#hero-search')!.addEventListener('input', () => (w.t0 = performance.now()), { once: true, capture: true });
      new MutationObserver((_, observer) => {
        observer.disconnect();
        resolve(performance.now() - w.t0);
      }).observe(list, { childList: true });
    });
  });
  await page.keyboard.insertText(query.slice(-1));
  return page.evaluate(() => (window as unknown as { t1: Promise<number> }).t1);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const browser = await chromium.launch(chromiumLaunchOptions());
console.log(`loader on every page (${loaderFile}): ${loader.length} bytes, ${encodeForTransfer(loader, '.js', 'br').body.length} bytes compressed (goal < 1 KB)`);
try {
  for (const { code, lang } of site.locales) {
    const [first, ...later] = queries[code]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${code}/`, { waitUntil: 'networkidle' });
    taken();
    await search(page, first!);
    const [firstBytes, firstRequests] = taken();
    // Pagefind keeps fetching (more index chunks, fragments of further results) after the first render.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const settledBytes = firstBytes + taken()[0];
    const laterBytes: string[] = [];
    for (const query of later) {
      taken();
      await search(page, query);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      laterBytes.push(`${query} ${kb(taken()[0])}`);
    }
    const times: number[] = [];
    for (let round = 0; round < 2; round++) for (const query of [first!, ...later]) times.push(await timeKeystroke(page, query));
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(0);
    const report = await measureRelevance(dist, code, lang.toLowerCase(), 'golden');
    const [articleBytes, articleRequests] = await firstFromArticle(code, first!);
    console.log(`${code}`);
    console.log(`  first query "${first}" from the home page: ${kb(firstBytes)} compressed in ${firstRequests} requests before the first result (goal < 150 KB)`);
    console.log(`  first query "${first}" from an article page (${articlePage}): ${kb(articleBytes)} compressed in ${articleRequests} requests before the first result (goal < 150 KB)`);
    console.log(`  first query once the network is idle: ${kb(settledBytes)}; later queries: ${laterBytes.join(', ')}`);
    console.log(`  keystroke → rendered results, warm (${times.length} keystrokes, ${instantDebounceMs} ms debounce included): median ${at(0.5)} ms, p90 ${at(0.9)} ms (goal < 100 ms)`);
    console.log(`  relevance, tuning set (golden): top-1 ${report.top1}/${report.total} (${((100 * report.top1) / report.total).toFixed(1)}%), top-3 ${report.top3}/${report.total} (${((100 * report.top3) / report.total).toFixed(1)}%)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
