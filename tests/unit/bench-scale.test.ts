import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import site from '../../src/site.config.ts';
import { formatFinding } from '../../src/lib/content-checks/finding.ts';
import { checkContentFolder } from '../../scripts/content-files.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { categorySchema } from '../../src/schemas/category.ts';
import { homeSchema } from '../../src/schemas/home.ts';
import { articleAt, articleTitle, linkTargets, planLibrary, renderArticle, renderCategories, renderHome, renderNotices, writeLibrary } from '../../scripts/bench/generate-library.ts';
import { cpuMs, descendants, parentPid, residentBytes } from '../../scripts/bench/process-tree.ts';
import { moduleOf, summarizeProfiles, type CpuProfile } from '../../scripts/bench/cpu-profile.ts';
import { buildPhases } from '../../scripts/bench/build-output.ts';
import { evaluateTargets, type SizeResult } from '../../scripts/bench/report.ts';

const frontmatter = (mdx: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!);

test('--articles counts article pages across both locales: 20,000 means 10,000 articles per locale', () => {
  assert.deepEqual(planLibrary(20_000), { pages: 20_000, articlesPerLocale: 10_000, articlesPerCategory: 50, categories: 200 });
  assert.equal(planLibrary(1010).categories, 11, 'a partly filled last category still counts');
  assert.throws(() => planLibrary(1001), /even/);
});

test('a generated article is a valid article in both locales, with headings, steps, callout, links and a contact channel', () => {
  const plan = planLibrary(1000);
  for (const locale of ['en', 'zh-cn'] as const) {
    const mdx = renderArticle(7, locale, plan);
    assert.equal(articleSchema.safeParse(frontmatter(mdx)).success, true, mdx);
    for (const part of [/^## /m, /^### /m, /<Steps>\n\n1\. /, /<Callout type="(tip|note|warning)">/, /<ArticleLink to="[a-z0-9-]+\/[a-z0-9-]+" \/>/, /<ContactChannel channel="email" \/>/]) {
      assert.match(mdx, part);
    }
  }
  const hanzi = renderArticle(7, 'zh-cn', plan).match(/\p{Script=Han}/gu) ?? [];
  assert.ok(hanzi.length > 300, `a Chinese article of typical length (${hanzi.length} characters)`);
  const words = renderArticle(7, 'en', plan).split(/\s+/).length;
  assert.ok(words > 250, `an English article of typical length (${words} words)`);
});

test('every generated title fits the article schema in both locales', () => {
  const plan = planLibrary(20_000);
  const title = articleSchema.shape.title;
  for (let i = 0; i < 2000; i++) {
    for (const locale of ['en', 'zh-cn'] as const) {
      const result = title.safeParse(articleTitle(i, locale));
      assert.ok(result.success, `${articleTitle(i, locale)}: ${result.error?.issues[0]?.message}`);
    }
  }
  assert.ok(plan.articlesPerLocale > 2000);
});

test('a generated library passes every content rule, as check:content and the build run them', () => {
  // 200 article pages in 4 categories of 30 articles, the last partly filled. The build refuses
  // a library with a single error, and the benchmark with it.
  const work = mkdtempSync(join(tmpdir(), 'okpay-bench-library-'));
  try {
    const content = join(work, 'content');
    writeLibrary(content, planLibrary(200, 30), 'content');
    const report = checkContentFolder(content, site);
    const errors = report.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map(formatFinding).slice(0, 10), [], `${errors.length} error(s)`);
    // Every configured locale: the written ones and those converted from zh-cn.
    assert.deepEqual([...report.checked], site.locales.map((l) => [l.code, 100]));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('generated titles are unique in each locale at 20,000 article pages, past the task × subject pairs', () => {
  const plan = planLibrary(20_000);
  for (const locale of ['en', 'zh-cn'] as const) {
    const titles = new Set(Array.from({ length: plan.articlesPerLocale }, (_, i) => articleTitle(i, locale).toLocaleLowerCase()));
    assert.equal(titles.size, plan.articlesPerLocale, locale);
  }
});

test('notices move to the generated categories, and leave when none of theirs exists at that size', () => {
  const source = '- id: everywhere\n- id: withdrawals\n  categories: [withdrawals, no-such-area]\n- id: account\n  categories: [account]\n';
  const ids = (pages: number) => (parseYaml(renderNotices(source, planLibrary(pages))) as { id: string; categories?: string[] }[]).map((n) => `${n.id}: ${n.categories ?? 'all'}`);
  assert.deepEqual(ids(1000), ['everywhere: all', 'withdrawals: withdrawals-basics', 'account: account-basics']);
  assert.deepEqual(ids(200), ['everywhere: all', 'account: account-basics'], 'withdrawals-basics is the 5th category, not there at 2 categories');
  assert.ok(parseYaml(renderNotices(readFileSync('content/notices.yaml', 'utf8'), planLibrary(1000))).length > 0, 'the real notices file reads');
});

test('generated categories and home page pass the real schemas', () => {
  const plan = planLibrary(1000);
  const categories = parseYaml(renderCategories(plan)) as unknown[];
  assert.equal(categories.length, plan.categories);
  for (const c of categories) assert.equal(categorySchema(['zh-cn', 'en']).safeParse(c).success, true, JSON.stringify(c));
  assert.equal(new Set(categories.map((c) => (c as { id: string }).id)).size, categories.length, 'ids are unique');
  assert.equal(categorySchema(['zh-cn', 'en']).safeParse(parseYaml(renderCategories(planLibrary(30_000))).at(-1)).success, true);
  assert.equal(homeSchema.safeParse(parseYaml(renderHome(plan))).success, true);
});

test('every article link points to another article that exists at that size', () => {
  const plan = planLibrary(1010);
  const keys = new Set(Array.from({ length: plan.articlesPerLocale }, (_, i) => articleAt(i, plan).key));
  assert.equal(keys.size, plan.articlesPerLocale, 'keys are unique');
  for (let i = 0; i < plan.articlesPerLocale; i++) {
    const self = articleAt(i, plan).key;
    for (const [, key] of renderArticle(i, 'en', plan).matchAll(/<ArticleLink to="([^"]+)"/g)) {
      assert.ok(keys.has(key!) && key !== self, `article ${i} links to ${key}`);
    }
  }
  assert.equal(linkTargets(502, plan, 2).length, 2, 'the partly filled last category still links within itself');
  assert.deepEqual(linkTargets(500, planLibrary(1002), 2), [], 'an article alone in its category links nowhere');
});

test('the same article is the same text at every library size, so its HTML can be compared', () => {
  assert.equal(renderArticle(3, 'en', planLibrary(1000)), renderArticle(3, 'en', planLibrary(20_000)));
  assert.equal(renderArticle(3, 'zh-cn', planLibrary(1000)), renderArticle(3, 'zh-cn', planLibrary(20_000)));
});

test('/proc parsing survives a command name with spaces and parentheses', () => {
  const stat = '4242 (node (worker) x) S 17 4242 4242 0 -1 4194560 1 0 0 0 250 50 30 20 20 0 11 0 1 2 3';
  assert.equal(parentPid(stat), 17);
  assert.equal(cpuMs(stat), 3500, '(250 + 50 + 30 + 20) ticks of 10 ms');
  assert.equal(residentBytes('Name:\tnode\nVmRSS:\t  2048 kB\nVmSwap:\t0 kB\n'), 2048 * 1024);
  assert.equal(residentBytes('Name:\tzombie\nState:\tZ\n'), 0);
});

test('the process tree holds the root and all its descendants, not its siblings', () => {
  const parents = new Map([
    [10, 1],
    [11, 10],
    [12, 11],
    [13, 10],
    [20, 1],
  ]);
  assert.deepEqual(descendants(10, parents).sort(), [10, 11, 12, 13]);
});

test('a CPU profile is summarised by self time per function and module; idle time is left out', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('render', 'file:///p/node_modules/astro/dist/render.js') },
      { id: 3, callFrame: frame('compile', 'file:///p/node_modules/@mdx-js/mdx/lib/compile.js') },
      { id: 4, callFrame: frame('(garbage collector)', '') },
      { id: 5, callFrame: frame('(idle)', '') },
    ],
    samples: [2, 2, 3, 4, 5, 2],
    timeDeltas: [0, 1000, 1000, 2000, 1000, 5000],
  };
  const summary = summarizeProfiles([profile], '/p');
  assert.equal(summary.totalMs, 5, 'idle time is not cost');
  assert.deepEqual(
    summary.modules.map((m) => [m.name, m.ms]),
    [
      ['astro', 2],
      ['@mdx-js/mdx', 2],
      ['(garbage collector)', 1],
    ],
  );
  assert.equal(summary.functions[0]!.name, 'render (astro:1)');
  assert.equal(moduleOf('node:internal/modules/esm/loader', '/p'), 'node (built-in)');
  assert.equal(moduleOf('file:///p/src/lib/library.ts', '/p'), 'src/lib/library.ts');
  assert.equal(moduleOf('file:///tmp/x/dist/.prerender/chunks/page.mjs', '/p'), 'site pages (bundled)');
});

test('build phases are split at the lines Astro prints, and Pagefind time is read from its log line', () => {
  const lines = [
    { at: 1000, text: '[build] Collecting build info...' },
    { at: 1500, text: '[build] Building static entrypoints...' },
    { at: 4000, text: ' generating static routes ' },
    { at: 9000, text: '12:00:00 ✓ Completed in 5.00s.' },
    { at: 9100, text: '12:00:00 [build] ✓ Completed in 8.00s.' },
    { at: 11000, text: '12:00:02 [okpay:pagefind] Indexed 1030 pages in 1800 ms.' },
  ];
  assert.deepEqual(buildPhases(lines, 11500), {
    setupMs: 1500,
    bundleMs: 2500,
    renderMs: 5000,
    afterRenderMs: 2500,
    indexMs: 1800,
    indexedPages: 1030,
  });
  assert.throws(() => buildPhases(lines.slice(0, 3), 5000), /phase lines/);
});

const result = (pages: number, wallMs: number, cpuMs: number, extra: Partial<SizeResult> = {}): SizeResult => ({
  plan: planLibrary(pages),
  htmlPages: pages,
  wallMs,
  cpuMs,
  phases: { setupMs: 0, bundleMs: 0, renderMs: 0, afterRenderMs: 0, indexMs: 0, indexedPages: pages },
  peakBytes: 1024 ** 3,
  stepPeakBytes: { 'astro build': 1024 ** 3, indexing: 0.5 * 1024 ** 3 },
  distBytes: 0,
  indexBytes: 0,
  articleHtml: { en: 7000, 'zh-cn': 7000 },
  homeHtml: 0,
  queries: {},
  ...extra,
});

test('a cost per page that grows with the library is reported as a missed target', () => {
  const linear = evaluateTargets([result(1000, 10_000, 10_000), result(20_000, 190_000, 190_000)]);
  assert.equal(linear.find((c) => c.target.startsWith('cost per page'))!.met, true);
  assert.equal(linear.find((c) => c.target.startsWith('build + index'))!.met, false, '190 s is over 3 minutes');
  const quadratic = evaluateTargets([result(1000, 10_000, 10_000), result(20_000, 120_000, 400_000)]);
  assert.equal(quadratic.find((c) => c.target.startsWith('cost per page'))!.met, false);
});

test('an article page that grows with the library is reported as a missed target', () => {
  const checks = evaluateTargets([result(1000, 1, 1), result(20_000, 1, 1, { articleHtml: { en: 7000, 'zh-cn': 9000 } })]);
  assert.equal(checks.find((c) => c.target.includes('en article'))!.met, true);
  assert.equal(checks.find((c) => c.target.includes('zh-cn article'))!.met, false);
});

test('a build slower than 1.2× the bare floor at any size is reported as a missed target', () => {
  const floor = (wallMs: number) => ({ floor: { wallMs, cpuMs: wallMs, peakBytes: 1024 ** 3 } });
  const near = evaluateTargets([result(1000, 11_000, 11_000, floor(10_000)), result(20_000, 150_000, 150_000, floor(130_000))]);
  assert.equal(near.find((c) => c.target.includes('floor'))!.met, true);
  const slow = evaluateTargets([result(1000, 13_000, 13_000, floor(10_000)), result(20_000, 150_000, 150_000, floor(130_000))]);
  const check = slow.find((c) => c.target.includes('floor'))!;
  assert.equal(check.met, false, '×1.30 at 1,000 pages misses even though 20,000 is within');
  assert.match(check.detail, /1,000: ×1\.30/);
  const missing = evaluateTargets([result(1000, 11_000, 11_000, floor(10_000)), result(20_000, 150_000, 150_000)]);
  assert.equal(missing.find((c) => c.target.includes('floor'))!.met, false, 'a size without its floor cannot count as within');
});

test('a size that failed to build is reported as a missed target, with its reason', () => {
  const checks = evaluateTargets([result(1000, 1, 1)], [{ pages: 20_000, message: 'the build failed (exit 134) after 95.0 s at a peak of 4.20 GB:\nFATAL ERROR: heap limit' }]);
  const failed = checks.find((c) => c.target.startsWith('20,000 article pages'))!;
  assert.equal(failed.met, false);
  assert.match(failed.detail, /exit 134.*4\.20 GB/);
});
