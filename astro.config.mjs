// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import site from './src/site.config.ts';
import { seoPages } from './src/integrations/seo.ts';
import { connectOrigins, cspDirectives, cspHeader, cspScriptSources, inlineScriptHashes } from './src/lib/csp.ts';
import { headersFile } from './src/integrations/headers.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { articleChunkName } from './src/lib/article-chunks.ts';
import { resolve } from 'node:path';

// Built pages decide what the sitemap lists (see src/integrations/seo.ts).
const seo = seoPages(site);
// Where articles live, to bundle them per category (see src/lib/article-chunks.ts).
const contentRoot = resolve(site.contentDir);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Builds of temporary content (tests, benchmarks) keep their content cache apart from yours.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Stylesheets are always files: the header CSP (style-src 'self') has no per-page hashes, and
  // one cached stylesheet beats re-sending inline CSS with every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A CSP <meta> on every page, with the hashes of every script and style Astro emits; the same
  // policy goes out as a header from public/_headers (see src/lib/csp.ts).
  // Shiki colours code with inline style attributes, which the CSP forbids; code blocks in help
  // articles are rare and read fine unhighlighted.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: cspDirectives(connectOrigins(site.feedbackEndpoint)),
      scriptDirective: { resources: [...cspScriptSources], hashes: inlineScriptHashes() },
    },
  },
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
      // Page scripts stay files, never inline: 'self' then covers them in the header policy,
      // which cannot know per-page hashes, and browsers cache them across pages.
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
    // First: the build refuses what check:content refuses before any article is compiled.
    contentChecks(site),
    mdx(),
    seo.integration,
    sitemap(seo.sitemap),
    headersFile(cspHeader(inlineScriptHashes(), connectOrigins(site.feedbackEndpoint))),
  ],
});
