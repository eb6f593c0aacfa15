/**
 * The floor alone: `npm run bench:floor -- --articles 1000,5000`. Builds the same generated
 * library as bench:scale with a bare Astro + MDX + Pagefind project (scripts/bench/floor/) and
 * prints its time and memory. bench:scale builds the floor too, right after the site at each
 * size, and reports the ratio; this script is for looking at the floor on its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { planLibrary, writeLibrary } from './bench/generate-library.ts';
import { buildFloor } from './bench/floor.ts';

const projectRoot = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000,5000,20000' } } });

for (const pages of values.articles.split(',').map((s) => Number(s.trim()))) {
  const plan = planLibrary(pages);
  const work = mkdtempSync(join(tmpdir(), `okpay-floor-${pages}-`));
  try {
    writeLibrary(join(work, 'content'), plan, join(projectRoot, 'content'));
    const run = await buildFloor(work);
    const steps = run.steps.map((s) => `${s.label} ${(s.wallMs / 1000).toFixed(1)} s, ${(s.peakBytes / 1024 ** 3).toFixed(2)} GB`).join('; ');
    console.log(
      `${pages.toLocaleString('en')} article pages: ${(run.wallMs / 1000).toFixed(1)} s, CPU ${(run.cpuMs / 1000).toFixed(1)} s, peak ${(run.peakBytes / 1024 ** 3).toFixed(2)} GB (${steps})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
