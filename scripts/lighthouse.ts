/**
 * `npm run lighthouse`: Lighthouse (mobile preset: Moto G-class phone, simulated slow 4G) on
 * the home, a typical article, the contact and the search page of every locale, against dist/
 * served like production (brotli, _headers). Fails (exit 1) unless accessibility, best practices
 * and SEO are all 1.0: those audits read the page, not the clock. Performance is a measurement:
 * every score is printed against its goal (0.95) with the audits that cost points, and only
 * `--strict` (on a quiet machine) fails on it. Uses the Chromium of tests/browser.ts. Run
 * `npm run build` first.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumExecutable, chromiumLaunchOptions } from '../tests/browser.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { typicalPages } from '../tests/quality/site.ts';

/** The search page is measured as it first opens and as a deep link with a query (?q=). */
const pages = [
  ...typicalPages(['home', 'article', 'contact']),
  ...typicalPages(['search']).flatMap((p) => [{ ...p, path: p.path.replace(/\?.*$/, '') }, { ...p, name: 'search+query' as const }]),
];

const thresholds: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const categories = Object.keys(thresholds);
/**
 * On a shared 2-core host the same page's Total Blocking Time ranges over 150–650 ms from run to
 * run (docs/quality.md), so a performance bar there fails on the host's load, not on the page.
 */
const strict = process.argv.includes('--strict');
const gates = (id: string) => strict || id !== 'performance';
const threshold = (id: string) => thresholds[id]!;

const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumExecutable() ?? chromium.executablePath(),
  chromeFlags: ['--headless=new', ...(chromiumLaunchOptions().args ?? [])],
});
const failures: string[] = [];
const belowGoal: string[] = [];
const started = performance.now();
console.log(['page'.padEnd(44), ...categories.map((c) => c.slice(0, 12).padStart(13)), 'LCP ms'.padStart(8), 'TBT ms'.padStart(8), 'CLS'.padStart(6)].join(' '));
try {
  for (const { name, locale, path } of pages) {
    const url = new URL(path, server.url).href;
    const run = () => lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    let result = await run();
    // A busy machine occasionally loses the trace (NO_NAVSTART); one retry, then it counts.
    if (result?.lhr.runtimeError) result = await run();
    // Performance varies with the machine's load: on a 2-core host the same page's TBT ranges
    // over 150–500 ms from run to run. As Lighthouse's variability guide advises, a page below
    // the bar is judged by the median of five runs (Lighthouse's own computeMedianRun).
    const below = (r: typeof result) => categories.some((id) => (r?.lhr.categories[id]?.score ?? 0) < threshold(id));
    if (below(result)) {
      const runs = [result];
      for (let i = 1; i < 5; i++) runs.push(await run());
      const valid = runs.flatMap((r) => (r && !r.lhr.runtimeError ? [r.lhr] : []));
      const median = valid.length ? computeMedianRun(valid) : undefined;
      result = runs.find((r) => r?.lhr === median) ?? result;
      console.log(`  (${valid.length} runs of ${path}; the median is shown)`);
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
      if (scores[i]! >= threshold(id)) return;
      const weak = (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
      (gates(id) ? failures : belowGoal).push(`${label}: ${id} ${scores[i]!.toFixed(2)} < ${threshold(id)}; audits costing points: ${weak.join(', ') || 'none reported'}`);
    });
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`\nlighthouse: ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (belowGoal.length) console.log(`\nBelow the performance goal on this machine (measured, not gated; --strict gates it):\n  ${belowGoal.join('\n  ')}`);
if (failures.length) {
  console.error(`\nLighthouse thresholds failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`lighthouse: accessibility, best practices and SEO = 1.0 on every page${strict ? ', performance >= 0.95' : ''}.`);
