/**
 * Builds the search index of a built site: `node scripts/index-search.ts [dir]` (default dist/).
 * `npm run build` runs it after `astro build` has exited: indexing inside Astro's last hook added
 * Pagefind's peak memory to what Node still held from bundling (9.5 GB at 20,000 pages).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../src/integrations/pagefind.ts';

const site = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
if (!existsSync(resolve(site, 'index.html'))) {
  console.error(`${site} has no index.html: build the site first (\`npm run build\` builds and indexes it).`);
  process.exit(1);
}
await indexSite(site, { info: (message) => console.log(`[okpay:pagefind] ${message}`) });
