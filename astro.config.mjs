// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import site from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { seoPages } from './src/integrations/seo.ts';
import { articleChunkName } from './src/lib/article-chunks.ts';
import { resolve } from 'node:path';

const contentRoot = resolve(site.contentDir);

// Built pages decide what the sitemap lists (see src/integrations/seo.ts).
const seo = seoPages(site);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Builds of temporary content (tests, benchmarks) keep their content cache apart from yours.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  vite: {
    environments: {
      // The pages are rendered from this environment's bundle; see src/lib/article-chunks.ts.
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [{ name: (id) => articleChunkName(id, contentRoot), test: (id) => articleChunkName(id, contentRoot) !== null }],
              },
            },
          },
        },
      },
    },
    build: {
      // Scripts are always separate files, never inlined into pages: a strict CSP (script-src
      // 'self') then needs no hashes, and tests can name exactly which script a page loads.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Known Astro 7 noise for every MDX file (withastro/astro#18087); harmless, so it is
        // dropped to keep real warnings visible to editors.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    seo.integration,
    sitemap(seo.sitemap),
    pagefindIndex(),
  ],
});
