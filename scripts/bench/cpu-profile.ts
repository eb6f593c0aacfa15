import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of V8's .cpuprofile (written by `node --cpu-prof`) that a summary needs. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

export interface CostRow {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: CostRow[];
  modules: CostRow[];
}

/**
 * Where a script lives, at the level a reader acts on: an npm package, a project file, a
 * chunk Astro bundled from our pages, or Node itself.
 */
export function moduleOf(url: string, projectRoot: string): string {
  if (url.startsWith('node:')) return 'node (built-in)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const packages = path.split('/node_modules/');
  if (packages.length > 1) {
    const rest = packages.at(-1)!.split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (path.includes('/.prerender/') || /\/dist\/(chunks|pages)\//.test(path)) return 'site pages (bundled)';
  const inProject = relative(projectRoot, path);
  return inProject.startsWith('..') ? path : inProject;
}

const rank = (costs: Map<string, number>, totalMs: number, top: number): CostRow[] =>
  [...costs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms, share: totalMs ? ms / totalMs : 0 }));

/** Self time per function and per module, summed over one or more profiles (one per thread). */
export function summarizeProfiles(profiles: CpuProfile[], projectRoot: string, top = 12): ProfileSummary {
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  let totalMs = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    profile.samples.forEach((id, i) => {
      // A sample stands for the time until the next one.
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const frame = byId.get(id);
      if (!frame || frame.functionName === '(idle)') return;
      // V8's own entries ("(garbage collector)", "(program)") have no URL; keep them apart.
      const module = frame.url ? moduleOf(frame.url, projectRoot) : frame.functionName.startsWith('(') ? frame.functionName : 'native code';
      const fn = frame.url ? `${frame.functionName || '(anonymous)'} (${module}:${frame.lineNumber + 1})` : frame.functionName;
      functions.set(fn, (functions.get(fn) ?? 0) + ms);
      modules.set(module, (modules.get(module) ?? 0) + ms);
      totalMs += ms;
    });
  }
  return { totalMs, functions: rank(functions, totalMs, top), modules: rank(modules, totalMs, top) };
}
