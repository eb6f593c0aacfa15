import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';

const library = process.env.HELP_CONTENT_DIR;
if (!library) throw new Error('HELP_CONTENT_DIR must name a generated library (see scripts/bench/floor.ts).');

// The generated library's articles, without a schema: the floor validates nothing.
export const collections = {
  articles: defineCollection({ loader: glob({ base: pathToFileURL(`${library}/`).href, pattern: '*/**/*.mdx' }) }),
};
