/**
 * `npm run lighthouse`: Lighthouse (mobile preset: Moto G-class phone, simulated slow 4G) on
 * the home, a typical article, the contact and the search page of every locale, against dist/
 * served like production (brotli, _headers). Fails (exit 1) unless performance >= 0.95 and
 * accessibility, best practices and SEO are all 1.0; prints every score and the failing audits.
 * Uses the Chromium of tests/browser.ts. Run `npm run build` first.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable, chromiumLaunchOptions } from '../tests/browser.ts';
import { serveDist } from '../tests/quality/static-server.ts';
import { typicalPages } from '../tests/quality/site.ts';

/** The search page is measured as it first opens and as a deep link with a query (?q=). */
const pages = [
  ...typicalPages(['home', 'article', 'contact']),
  ...typicalPages(['search']).flatMap((p) => [{ ...p, path: p.path.replace(/\?.*$/, '') }, { ...p, name: 'search+query' as const }]),
];

const thresholds: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const categories = Object.keys(thresholds);

const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumExecutable() ?? chromium.executablePath(),
  chromeFlags: ['--headless=new', ...(chromiumLaunchOptions().args ?? [])],
});
const failures: string[] = [];
const started = performance.now();
console.log(['page'.padEnd(44), ...categories.map((c) => c.slice(0, 12).padStart(13)), 'LCP ms'.padStart(8), 'TBT ms'.padStart(8), 'CLS'.padStart(6)].join(' '));
try {
  for (const { name, locale, path } of pages) {
    const url = new URL(path, server.url).href;
    const run = () => lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    let result = await run();
    // A busy machine occasionally loses the trace (NO_NAVSTART); one retry, then it counts.
    if (result?.lhr.runtimeError) result = await run();
    // Performance varies with the machine's load (TBT on a page without JavaScript is the
    // host's noise). As Lighthouse advises, a page below the bar is judged by the median of three runs.
    const below = (r: typeof result) => categories.some((id) => (r?.lhr.categories[id]?.score ?? 0) < thresholds[id]!);
    if (below(result)) {
      const runs = [result, await run(), await run()].filter((r) => r && !r.lhr.runtimeError);
      runs.sort((a, b) => (a!.lhr.categories.performance?.score ?? 0) - (b!.lhr.categories.performance?.score ?? 0));
      result = runs[Math.floor(runs.length / 2)] ?? result;
      console.log(`  (${runs.length} runs of ${path}; the median is shown)`);
    }
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) failures.push(`${locale} ${name}: Lighthouse could not run: ${lhr.runtimeError.message}`);
    const label = `${locale} ${name} ${decodeURI(path)}`;
    const scores = categories.map((id) => lhr.categories[id]?.score ?? 0);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    console.log(
      [
        label.padEnd(44),
        ...scores.map((s) => s.toFixed(2).padStart(13)),
        audit('largest-contentful-paint').toFixed(0).padStart(8),
        audit('total-blocking-time').toFixed(0).padStart(8),
        audit('cumulative-layout-shift').toFixed(3).padStart(6),
      ].join(' '),
    );
    categories.forEach((id, i) => {
      if (scores[i]! >= thresholds[id]!) return;
      const weak = (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
      failures.push(`${label}: ${id} ${scores[i]!.toFixed(2)} < ${thresholds[id]}; failing audits: ${weak.join(', ') || 'none reported'}`);
    });
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`\nlighthouse: ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (failures.length) {
  console.error(`\nLighthouse thresholds failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('lighthouse: performance >= 0.95, accessibility, best practices and SEO = 1.0 on every page.');
