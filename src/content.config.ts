import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import site from './site.config.ts';
import { articleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/category.ts';
import { homeSchema } from './schemas/home.ts';
import { contactSchema } from './schemas/contact.ts';
import { factSchema } from './schemas/facts.ts';
import { guideSchema } from './schemas/guide.ts';
import { noticeSchema } from './schemas/notice.ts';
import { articleIdFromFile } from './lib/article-path.ts';
import { generatedContentDir, withGeneratedLocales, writeGeneratedArticles } from './data/conversion.ts';
import { z } from 'zod';

// The content folder is configurable (benchmarks and build tests point it at a temporary copy).
const contentRoot = isAbsolute(site.contentDir) ? pathToFileURL(`${site.contentDir}/`).href : `./${site.contentDir}`;
const contentFile = (name: string) => `${site.contentDir}/${name}`;

const articles = defineCollection({
  // Every Markdown file one folder or more below the root; buildLibrary() rejects wrong places.
  loader: glob({
    base: contentRoot,
    pattern: '*/**/*.{md,mdx}',
    generateId: ({ entry }) => articleIdFromFile(entry),
  }),
  schema: articleSchema,
});

/**
 * The articles of the generated locales (zh-hk, zh-tw): every zh-cn article an editor has not
 * rewritten under content/<locale>/, converted by OpenCC and the phrase tables in
 * content/conversion/, written next to Astro's cache and loaded like the editors' files.
 */
const generatedArticles = defineCollection({
  loader: {
    name: 'okpay-generated-articles',
    load: async (context) => {
      const started = performance.now();
      const count = writeGeneratedArticles();
      context.logger.info(`Converted ${count} article(s) to the generated locales in ${Math.round(performance.now() - started)} ms.`);
      const base = pathToFileURL(`${generatedContentDir()}/`).href;
      await glob({ base, pattern: '*/**/*.{md,mdx}', generateId: ({ entry }) => articleIdFromFile(entry) }).load(context);
    },
  },
  schema: articleSchema,
});

/** Content data records `{ zh-cn, en }` gain the generated locales before validation. */
const filled = <S extends z.ZodType>(schema: S) => z.preprocess((value) => withGeneratedLocales(value), schema);

const categories = defineCollection({
  loader: file(contentFile('categories.yaml')),
  schema: filled(categorySchema(site.locales.map((l) => l.code))),
});

const home = defineCollection({
  loader: file(contentFile('home.yaml'), { parser: (text) => [{ id: 'home', ...parseYaml(text) }] }),
  schema: homeSchema,
});

const contact = defineCollection({
  // The entry id is the file name, so a validation error names the file to fix.
  loader: file(contentFile('contact.yaml'), { parser: (text) => [{ id: 'contact.yaml', ...parseYaml(text) }] }),
  schema: filled(contactSchema(site.locales.map((l) => l.code))),
});

const facts = defineCollection({
  loader: file(contentFile('facts.yaml')),
  schema: filled(factSchema(site.locales.map((l) => l.code))),
});

const guides = defineCollection({
  // One file per troubleshooter; its name is the id and URL segment. Tree rules: src/data/guides.ts.
  loader: glob({
    base: contentRoot,
    pattern: 'guides/*.yaml',
    generateId: ({ entry }) => entry.replace(/^guides\//, '').replace(/\.yaml$/, ''),
  }),
  schema: filled(guideSchema(site.locales.map((l) => l.code))),
});

const notices = defineCollection({
  // The `yaml` package's default schema keeps times as written (strings with their offset).
  loader: file(contentFile('notices.yaml'), { parser: (text) => (parseYaml(text) as Record<string, unknown>[] | null) ?? [] }),
  schema: filled(noticeSchema(site.locales.map((l) => l.code))),
});

export const collections = { articles, generatedArticles, categories, home, contact, facts, guides, notices };
