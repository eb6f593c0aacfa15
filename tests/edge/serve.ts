/**
 * The edge e2e's web server (playwright.edge.config.ts): builds the site as it is deployed on
 * Cloudflare Pages (FEEDBACK_ENDPOINT=/api/feedback, and one article that has moved, so
 * `_redirects` has a 301 to prove), creates a fresh local D1 database from the migrations, then
 * runs `wrangler pages dev` (workerd, offline) on it until Playwright stops it.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edgeDist, edgePort, edgeState, edgeWork, movedArticle } from './site.ts';

const root = new URL('../../', import.meta.url).pathname;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };
const bin = (path: string) => join(root, 'node_modules', path);

function step(what: string, args: string[], options: SpawnSyncOptions = {}): void {
  console.log(`[edge] ${what}`);
  const run = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (run.status !== 0) throw new Error(`[edge] ${what} failed (exit ${run.status}).`);
}

rmSync(edgeWork, { recursive: true, force: true });
const content = join(edgeWork, 'content');
mkdirSync(edgeWork, { recursive: true });
cpSync(join(root, 'content'), content, { recursive: true });
const article = join(content, movedArticle.file);
writeFileSync(article, readFileSync(article, 'utf8').replace(/^---\n/, `---\nredirectFrom: [${movedArticle.old}]\n`));

step('build with FEEDBACK_ENDPOINT=/api/feedback', [bin('astro/bin/astro.mjs'), 'build', '--outDir', edgeDist], {
  env: { ...env, FEEDBACK_ENDPOINT: '/api/feedback', HELP_CONTENT_DIR: content, ASTRO_CACHE_DIR: join(edgeWork, 'cache') },
});
// As `npm run build` does: the search index is built once Astro has exited.
step('index search', [join(root, 'scripts/index-search.ts'), edgeDist], { env });
const wrangler = bin('wrangler/bin/wrangler.js');
step('create the local D1 database', [wrangler, 'd1', 'migrations', 'apply', 'FEEDBACK_DB', '--local', '--persist-to', edgeState]);

console.log('[edge] wrangler pages dev');
const server = spawn(
  process.execPath,
  [wrangler, 'pages', 'dev', edgeDist, '--ip', '127.0.0.1', '--port', String(edgePort), '--persist-to', edgeState, '--log-level', 'warn'],
  { cwd: root, env, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
