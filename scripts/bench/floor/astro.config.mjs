// @ts-check
// The floor: what Astro, MDX and Pagefind alone cost for a library (npm run bench:floor).
// Nothing of the site: no layout, styles, sitemap, CSP or bundling tweaks.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
