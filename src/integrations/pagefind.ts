import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind as the last build step, so `astro build` alone yields a
 * complete, searchable site. Pagefind splits the index by each page's <html lang>.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'okpay:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
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
      },
    },
  };
}
