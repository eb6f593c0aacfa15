import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where indexing reports progress (Astro's logger and `console` both fit). */
export interface IndexLogger {
  info(message: string): void;
}

/**
 * Indexes the built site in `site` with Pagefind. Pagefind splits the index by each page's
 * <html lang>. `npm run build` runs it through scripts/index-search.ts once `astro build` has
 * exited, so Pagefind's memory does not add to what Node still holds from bundling.
 */
export async function indexSite(site: string, logger: IndexLogger): Promise<void> {
  const started = performance.now();
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
  };
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) return fail('start', created.errors);
    const { index } = created;
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) fail('index the site', added.errors);
    if (added.page_count === 0) fail('find any page to index', ['No page has data-pagefind-body.']);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) fail('write the index', written.errors);
    logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}
