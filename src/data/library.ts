import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import site from '../site.config.ts';
import { contentPrefix } from './page.ts';
import { buildLibrary, type Article, type Library } from '../lib/library.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type HelpArticle = Article<ArticleEntry>;

async function load(): Promise<Library<ArticleEntry>> {
  const [entries, categories, home] = await Promise.all([
    getCollection('articles'),
    getCollection('categories'),
    getEntry('home', 'home'),
  ]);
  if (!home) throw new Error(`${contentPrefix}home.yaml is missing: it lists the popular articles for the home page.`);
  return buildLibrary({
    locales: site.locales.map((l) => l.code),
    categories: categories.map((c) => c.data),
    articles: entries.map((entry) => ({
      file: `${entry.id}${entry.filePath?.endsWith('.md') ? '.md' : '.mdx'}`,
      data: entry.data,
      entry,
    })),
    popular: home.data.popular,
    includeDrafts: import.meta.env.DEV,
    contentDir: contentPrefix,
  });
}

let library: Promise<Library<ArticleEntry>> | undefined;

/** The validated, grouped help library, built once per build and shared by every page. */
export function getLibrary(): Promise<Library<ArticleEntry>> {
  library ??= load();
  return library;
}
