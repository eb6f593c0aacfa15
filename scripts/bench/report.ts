import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LibraryPlan } from './generate-library.ts';
import type { BuildPhases } from './build-output.ts';
import type { ProfileSummary } from './cpu-profile.ts';
import type { QueryCost } from './search-probe.ts';

export interface SizeResult {
  plan: LibraryPlan;
  htmlPages: number;
  wallMs: number;
  /** CPU time of the whole process tree: steadier than wall time on a shared machine. */
  cpuMs: number;
  phases: BuildPhases;
  /** The build's peak: the larger of its steps' peaks, since they run one after another. */
  peakBytes: number;
  /** Peak of each step's process tree ("astro build", "indexing"). */
  stepPeakBytes: Record<string, number>;
  /** The same library through the bare Astro + MDX + Pagefind project (absent with --no-floor). */
  floor?: FloorCost;
  distBytes: number;
  indexBytes: number;
  /** HTML bytes of the same generated article (index 0) per locale. */
  articleHtml: Record<string, number>;
  homeHtml: number;
  queries: Record<string, { first: QueryCost; later: QueryCost }>;
}

export interface FloorCost {
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
}

/** A size whose build or measurement failed, with the reason (exit code, memory, output). */
export interface SizeFailure {
  pages: number;
  message: string;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  date: string;
  command: string;
}

export interface TargetCheck {
  target: string;
  met: boolean;
  detail: string;
}

/** The issue's goals, stated for 20,000 article pages; smaller runs are judged at their largest size. */
export const targets = {
  pages: 20_000,
  buildMs: 3 * 60_000,
  memoryBytes: 8 * 1024 ** 3,
  firstQueryBytes: 300 * 1000,
  /** The site's build may cost this much more than the bare floor project, at every size. */
  floorRatio: 1.2,
  /** Cost per page may wobble this much on a shared machine and still count as flat. */
  flatTolerance: 1.1,
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const msPerPage = (r: SizeResult) => r.wallMs / r.htmlPages;
export const cpuMsPerPage = (r: SizeResult) => r.cpuMs / r.htmlPages;

/** The site's build over the floor's, for the same library. */
export function floorRatio(r: SizeResult): { wall: number; cpu: number; memory: number } {
  if (!r.floor) throw new Error(`No floor was built at ${r.plan.pages} article pages.`);
  return { wall: r.wallMs / r.floor.wallMs, cpu: r.cpuMs / r.floor.cpuMs, memory: r.peakBytes / r.floor.peakBytes };
}

export function evaluateTargets(results: readonly SizeResult[], failures: readonly SizeFailure[] = []): TargetCheck[] {
  const failed: TargetCheck[] = failures.map((f) => ({
    target: `${f.pages.toLocaleString('en')} article pages build at all`,
    met: false,
    detail: f.message.split('\n')[0]!,
  }));
  const sorted = [...results].sort((a, b) => a.plan.pages - b.plan.pages);
  const largest = sorted.at(-1);
  const smallest = sorted[0];
  if (!largest || !smallest) return failed;
  const at = `at ${largest.plan.pages.toLocaleString('en')} article pages${largest.plan.pages < targets.pages ? ` (the target speaks of ${targets.pages.toLocaleString('en')})` : ''}`;
  const checks: TargetCheck[] = [
    ...failed,
    {
      target: 'build + index under 3 minutes',
      met: largest.wallMs < targets.buildMs,
      detail: `${seconds(largest.wallMs)} ${at} (limit ${seconds(targets.buildMs)})`,
    },
    {
      target: 'peak memory of the build (process tree) under 8 GB',
      met: largest.peakBytes < targets.memoryBytes,
      detail: `${gb(largest.peakBytes)} ${at}`,
    },
  ];
  // Judged on CPU time per page: wall time on a machine shared with other builds mostly
  // measures the neighbours. Wall time per page is shown alongside.
  const ratio = (cost: (r: SizeResult) => number) =>
    sorted.slice(1).map((r, i) => `${sorted[i]!.plan.pages}→${r.plan.pages} ×${(cost(r) / cost(sorted[i]!)).toFixed(2)}`).join(', ');
  const growth = cpuMsPerPage(largest) / cpuMsPerPage(smallest);
  // The average per page falls anyway as start-up is shared by more pages; the cost of each
  // added page (between two sizes) is where a quadratic step would show first.
  const marginal = sorted
    .slice(1)
    .map((r, i) => `${sorted[i]!.plan.pages}→${r.plan.pages} ${((r.cpuMs - sorted[i]!.cpuMs) / (r.htmlPages - sorted[i]!.htmlPages)).toFixed(2)}`)
    .join(', ');
  checks.push({
    target: 'cost per page flat or falling (no quadratic step)',
    met: sorted.length > 1 && growth <= targets.flatTolerance,
    detail:
      sorted.length > 1
        ? `CPU ${cpuMsPerPage(smallest).toFixed(2)} → ${cpuMsPerPage(largest).toFixed(2)} ms per page (steps ${ratio(cpuMsPerPage)}; tolerance ×${targets.flatTolerance}); CPU ms per added page ${marginal}; wall ${msPerPage(smallest).toFixed(2)} → ${msPerPage(largest).toFixed(2)} ms per page (steps ${ratio(msPerPage)})`
        : 'needs at least two sizes',
  });
  const withFloor = sorted.filter((r) => r.floor);
  if (withFloor.length) {
    checks.push({
      target: `build + index within ${targets.floorRatio}× the bare Astro + MDX + Pagefind floor (wall time) at every size`,
      met: withFloor.length === sorted.length && withFloor.every((r) => floorRatio(r).wall <= targets.floorRatio),
      detail: sorted
        .map((r) => (r.floor ? `${r.plan.pages.toLocaleString('en')}: ×${floorRatio(r).wall.toFixed(2)} (${seconds(r.wallMs)} / ${seconds(r.floor.wallMs)}; CPU ×${floorRatio(r).cpu.toFixed(2)})` : `${r.plan.pages.toLocaleString('en')}: floor not built`))
        .join(', '),
    });
  }
  for (const [locale, q] of Object.entries(largest.queries)) {
    checks.push({
      target: `first ${locale} query transfers under 300 kB compressed`,
      met: q.first.bytes < targets.firstQueryBytes,
      detail: `${kb(q.first.bytes)} for "${q.first.query}" ${at}`,
    });
  }
  for (const locale of Object.keys(largest.articleHtml)) {
    const sizes = sorted.map((r) => r.articleHtml[locale]!);
    checks.push({
      target: `a fixed ${locale} article's HTML does not grow with the library`,
      met: sizes.every((s) => s <= sizes[0]!),
      detail: `${sizes.map((s) => `${s} B`).join(' → ')} across ${sorted.map((r) => r.plan.pages).join(' / ')} article pages`,
    });
  }
  return checks;
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const queryCell = (q: QueryCost) => `${kb(q.bytes)}, ${Math.round(q.ms)} ms`;

export function renderReport(results: readonly SizeResult[], checks: readonly TargetCheck[], machine: Machine, profile?: ProfileSummary) {
  const locales = Object.keys(results[0]?.queries ?? {});
  const main = table(
    [
      'article pages (per locale)',
      'HTML pages',
      'build + index',
      'indexing',
      'pages/s',
      'wall ms/page',
      'CPU (all processes)',
      'CPU ms/page',
      'peak RSS (astro build / indexing)',
      'floor: bare Astro + MDX + Pagefind (wall, CPU, peak)',
      'ratio to floor (wall / CPU / memory)',
      'dist',
      'search index',
      'fixed article HTML (en / zh-cn)',
      ...locales.flatMap((l) => [`first query ${l}`, `later query ${l}`]),
    ],
    results.map((r) => [
      `${r.plan.pages.toLocaleString('en')} (${r.plan.articlesPerLocale.toLocaleString('en')})`,
      r.htmlPages.toLocaleString('en'),
      seconds(r.wallMs),
      seconds(r.phases.indexMs),
      (r.htmlPages / (r.wallMs / 1000)).toFixed(0),
      msPerPage(r).toFixed(2),
      seconds(r.cpuMs),
      cpuMsPerPage(r).toFixed(2),
      Object.values(r.stepPeakBytes).map(gb).join(' / '),
      r.floor ? `${seconds(r.floor.wallMs)}, ${seconds(r.floor.cpuMs)}, ${gb(r.floor.peakBytes)}` : '-',
      r.floor ? `×${floorRatio(r).wall.toFixed(2)} / ×${floorRatio(r).cpu.toFixed(2)} / ×${floorRatio(r).memory.toFixed(2)}` : '-',
      mb(r.distBytes),
      mb(r.indexBytes),
      `${r.articleHtml.en} / ${r.articleHtml['zh-cn']} B`,
      ...locales.flatMap((l) => [queryCell(r.queries[l]!.first), queryCell(r.queries[l]!.later)]),
    ]),
  );
  const phases = table(
    ['article pages', 'start-up + content sync', 'bundling (Vite)', 'rendering HTML', 'after rendering (sitemap, exit, indexing)', 'of which Pagefind', 'categories', 'home page HTML'],
    results.map((r) => {
      const cell = (ms: number) => `${seconds(ms)} (${(ms / r.htmlPages).toFixed(2)} ms/page)`;
      return [
        r.plan.pages.toLocaleString('en'),
        cell(r.phases.setupMs),
        cell(r.phases.bundleMs),
        cell(r.phases.renderMs),
        cell(r.phases.afterRenderMs),
        cell(r.phases.indexMs),
        String(r.plan.categories),
        kb(r.homeHtml),
      ];
    }),
  );
  const targetsText = checks.map((c) => `- ${c.met ? 'MET' : 'MISSED'}: ${c.target}: ${c.detail}`).join('\n');
  const profileText = profile
    ? [
        `CPU profile of the ${results.at(-1)?.plan.pages.toLocaleString('en')}-page build (node --cpu-prof, self time; Pagefind is a separate native process and not in it), ${seconds(profile.totalMs)} sampled:`,
        '',
        table(['module', 'self time', 'share'], profile.modules.map((m) => [`\`${m.name}\``, seconds(m.ms), `${(m.share * 100).toFixed(1)} %`])),
        '',
        table(['function', 'self time', 'share'], profile.functions.map((f) => [`\`${f.name}\``, seconds(f.ms), `${(f.share * 100).toFixed(1)} %`])),
      ].join('\n')
    : '';
  const body = [
    `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} × ${machine.cpuModel}, ${gb(machine.memoryBytes)} memory, Node ${machine.node} (shared with other builds: times are upper bounds).`,
    '',
    '```sh',
    machine.command,
    '```',
    '',
    main,
    '',
    'Where the build time goes (phases split at the lines Astro prints; Pagefind reports its own time):',
    '',
    phases,
    '',
    '### Targets',
    '',
    targetsText,
    ...(profileText ? ['', '### Biggest cost', '', profileText] : []),
  ].join('\n');
  return {
    table: main,
    phases,
    targets: targetsText,
    profile: profileText,
    writeInto(path: string) {
      const start = '<!-- bench:scale:start (written by scripts/bench-scale.ts) -->';
      const end = '<!-- bench:scale:end -->';
      const block = `${start}\n${body}\n${end}`;
      const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n## Scale\n\n${start}\n${end}\n`;
      const from = current.indexOf(start);
      const to = current.indexOf(end);
      const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n## Scale\n\n${block}\n`;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, next);
    },
  };
}
