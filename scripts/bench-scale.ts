/**
 * How build, index and search grow with the library:
 *
 *   npm run bench:scale -- --articles 1000,5000,20000 [--profile] [--keep] [--no-docs] [--no-floor] [--previous <figures.json>]
 *
 * For each size, generates a synthetic bilingual library in a temporary folder (N article pages
 * in total: N/2 articles, each in zh-cn and en), builds it with the project's real build, and
 * measures wall time, phases, memory of the whole process tree, output sizes, a fixed article's
 * HTML and the cost of searching in Chromium; then builds the same library with the bare floor
 * project (scripts/bench/floor/) for the ratio. Prints a table and writes docs/benchmarks.md.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleAt, planLibrary, writeLibrary, type LibraryPlan } from './bench/generate-library.ts';
import { buildPhases } from './bench/build-output.ts';
import { runBuild, type BuildRun } from './bench/run-build.ts';
import { buildFloor } from './bench/floor.ts';
import { summarizeProfiles, type CpuProfile, type ProfileSummary } from './bench/cpu-profile.ts';
import { probeSearch, type QueryCost } from './bench/search-probe.ts';
import { evaluateTargets, renderReport, type Machine, type SizeFailure, type SizeResult } from './bench/report.ts';

const projectRoot = new URL('../', import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,5000,20000' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    // The figures file of an earlier run: its sizes that this run does not measure join the report.
    previous: { type: 'string' },
  },
});
const sizes = values.articles.split(',').map((s) => Number(s.trim()));
const plans = sizes.map((pages) => planLibrary(pages));

const queries = [
  { locale: 'en', first: 'refund', later: 'bank card' },
  { locale: 'zh-cn', first: '退款', later: '银行卡' },
];

function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Pagefind's index proper (what grows with the library), not its fixed UI bundles. */
function searchIndexBytes(pagefindDir: string): number {
  return ['index', 'fragment', 'filter']
    .filter((d) => existsSync(join(pagefindDir, d)))
    .reduce((sum, d) => sum + directorySize(join(pagefindDir, d)).bytes, 0) +
    readdirSync(pagefindDir).filter((f) => f.endsWith('.pf_meta')).reduce((sum, f) => sum + statSync(join(pagefindDir, f)).size, 0);
}

function build(work: string, profileDir: string | undefined): Promise<BuildRun> {
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const dist = join(work, 'dist');
  // The two steps of `npm run build`, each in its own process.
  return runBuild(
    [
      { label: 'astro build', args: [...nodeArgs, join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist] },
      { label: 'indexing', args: [join(projectRoot, 'scripts/index-search.ts'), dist] },
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HELP_CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
    },
  );
}

function readProfiles(dir: string): CpuProfile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile);
}

async function measure(plan: LibraryPlan, profile: boolean): Promise<{ result: SizeResult; profile?: ProfileSummary }> {
  const work = mkdtempSync(join(tmpdir(), `okpay-scale-${plan.pages}-`));
  try {
    const generating = performance.now();
    writeLibrary(join(work, 'content'), plan, join(projectRoot, 'content'));
    const generateMs = performance.now() - generating;
    console.log(`[${plan.pages}] generated ${plan.articlesPerLocale} articles × 2 locales in ${plan.categories} categories (${Math.round(generateMs)} ms); building…`);
    const profileDir = profile ? join(work, 'profile') : undefined;
    const built = await build(work, profileDir);
    const phases = buildPhases(built.lines, built.wallMs);
    const dist = join(work, 'dist');
    const htmlPages = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
    const fixed = articleAt(0, plan).key;
    const articleHtml = Object.fromEntries(['en', 'zh-cn'].map((l) => [l, statSync(join(dist, l, fixed, 'index.html')).size]));
    console.log(`[${plan.pages}] built ${htmlPages} pages in ${(built.wallMs / 1000).toFixed(1)} s; querying in Chromium…`);
    const search = await probeSearch(dist, queries).catch((error: unknown) => {
      // Keep what the build measured when only the browser part fails.
      throw new Error(
        `built ${htmlPages} pages in ${(built.wallMs / 1000).toFixed(1)} s (CPU ${(built.cpuMs / 1000).toFixed(1)} s, peak ${(built.peakBytes / 1024 ** 3).toFixed(2)} GB), but the search probe failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    const query = (locale: string, which: 'first' | 'later'): QueryCost => search.get(locale)![which];
    for (const q of queries) {
      for (const which of ['first', 'later'] as const) {
        if (query(q.locale, which).results === 0) throw new Error(`[${plan.pages}] ${q.locale} query "${q[which]}" found nothing: the probe would measure an empty search.`);
      }
    }
    let floor: BuildRun | undefined;
    if (!values['no-floor']) {
      // Right after the site, on the same library, so both see about the same machine load.
      console.log(`[${plan.pages}] building the floor (bare Astro + MDX + Pagefind)…`);
      floor = await buildFloor(work);
      console.log(`[${plan.pages}] floor built in ${(floor.wallMs / 1000).toFixed(1)} s`);
    }
    const result: SizeResult = {
      plan,
      htmlPages,
      wallMs: built.wallMs,
      cpuMs: built.cpuMs,
      phases,
      peakBytes: built.peakBytes,
      stepPeakBytes: Object.fromEntries(built.steps.map((s) => [s.label, s.peakBytes])),
      floor: floor && { wallMs: floor.wallMs, cpuMs: floor.cpuMs, peakBytes: floor.peakBytes },
      distBytes: directorySize(dist).bytes,
      indexBytes: searchIndexBytes(join(dist, 'pagefind')),
      articleHtml,
      homeHtml: statSync(join(dist, 'en', 'index.html')).size,
      queries: Object.fromEntries(queries.map((q) => [q.locale, { first: query(q.locale, 'first'), later: query(q.locale, 'later') }])),
    };
    return { result, profile: profileDir ? summarizeProfiles(readProfiles(profileDir), projectRoot) : undefined };
  } finally {
    if (values.keep) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

const results: SizeResult[] = [];
const failures: SizeFailure[] = [];
let profile: ProfileSummary | undefined;
for (const plan of plans) {
  // Every size runs under the profiler when asked, so its overhead does not skew the comparison.
  try {
    const measured = await measure(plan, values.profile);
    results.push(measured.result);
    profile = measured.profile;
  } catch (error) {
    // A size that cannot be built is a result too (e.g. out of memory): report it, go on.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[${plan.pages}] ${message}`);
    failures.push({ pages: plan.pages, message });
  }
}

// A run of the largest size takes long on a shared machine: it may be made on its own and
// reported with the others, each size still measured in one run (site and floor together).
const earlier = values.previous ? (JSON.parse(readFileSync(values.previous, 'utf8')) as { machine: Machine; results: SizeResult[] }) : undefined;
const measuredSizes = new Set(plans.map((p) => p.pages));
const carried = earlier?.results.filter((r) => !measuredSizes.has(r.plan.pages)) ?? [];
const command = `npm run bench:scale -- ${process.argv.slice(2).join(' ')}`.trim();
const machine: Machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryBytes: totalmem(),
  node: process.version,
  date: new Date().toISOString(),
  command: carried.length
    ? `${command}\n# ${carried.map((r) => r.plan.pages).join(', ')} article pages: measured ${earlier!.machine.date.slice(0, 16).replace('T', ' ')} UTC by\n${earlier!.machine.command}`
    : command,
};
const reported = [...results, ...carried].sort((a, b) => a.plan.pages - b.plan.pages);
const report = renderReport(reported, evaluateTargets(reported, failures), machine, profile);
console.log(report.table);
console.log(report.phases);
console.log(report.targets);
if (profile) console.log(report.profile);
if (!values['no-docs']) {
  report.writeInto(join(projectRoot, 'docs/benchmarks.md'));
  console.log('Wrote docs/benchmarks.md');
}
// Every figure, including each request of each query, for a closer look than the table gives.
const raw = join(tmpdir(), 'okpay-bench-scale.json');
writeFileSync(raw, JSON.stringify({ machine, results: reported, failures, profile }, null, 2));
console.log(`All figures: ${raw}`);
if (failures.length) process.exitCode = 1;
