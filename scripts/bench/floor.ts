import { join } from 'node:path';
import { runBuild, type BuildRun } from './run-build.ts';

const projectRoot = new URL('../../', import.meta.url).pathname;
/** A bare Astro + MDX project (one-line layout, no schema, no integrations but MDX), kept here. */
export const floorRoot = join(projectRoot, 'scripts/bench/floor');

/**
 * Builds a generated library (`<work>/content`) with the floor project, then indexes it with
 * Pagefind's own CLI and default settings: what any Astro site with these articles and search
 * pays at least. Uses the project's node_modules, so the versions are the site's.
 */
export function buildFloor(work: string): Promise<BuildRun> {
  const outDir = join(work, 'floor-dist');
  return runBuild(
    [
      { label: 'the floor build', args: [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', floorRoot, '--outDir', outDir] },
      { label: 'the floor index', args: [join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir] },
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HELP_CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'floor-cache'), NO_COLOR: '1' },
    },
  );
}
