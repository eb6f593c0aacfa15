import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = new URL('../../', import.meta.url).pathname;

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  contentDir: string;
  outDir: string;
}

/**
 * Builds the real site from a temporary copy of content/ that `edit` may break, so a test can
 * prove what an editor's mistake does to the build without touching the real content.
 */
export function buildWithContent(edit: (contentDir: string) => void, env: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'okpay-build-'));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  edit(contentDir);
  const options = {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      HELP_CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      NO_COLOR: '1',
      ...env,
    },
    timeout: 240_000,
  } as const;
  // The two steps of `npm run build`: the site, then its search index.
  const steps = [
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    [join(projectRoot, 'scripts/index-search.ts'), outDir],
  ];
  let status: number | null = 0;
  let output = '';
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, options);
    status = run.status;
    output += `${run.stdout}\n${run.stderr}\n`;
    if (status !== 0) break;
  }
  return {
    status,
    output: output.replace(/\x1b\[[0-9;]*m/g, ''),
    contentDir,
    outDir,
  };
}

export function cleanUp(result: BuildResult): void {
  rmSync(join(result.contentDir, '..'), { recursive: true, force: true });
}
