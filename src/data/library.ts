import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import site from '../site.config.ts';
import { contentPrefix } from './page.ts';
import { buildLibrary, type Article, type Library, type SourceArticle } from '../lib/library.ts';

export type ArticleEntry = CollectionEntry<'articles'> | CollectionEntry<'generatedArticles'>;
export type HelpArticle = Article<ArticleEntry>;

async function load(): Promise<Library<ArticleEntry>> {
  const [entries, generated, categories, home] = await Promise.all([
    getCollection('articles'),
    getCollection('generatedArticles'),
    getCollection('categories'),
    getEntry('home', 'home'),
  ]);
  const fileOf = (entry: ArticleEntry) => `${entry.id}${entry.filePath?.endsWith('.md') ? '.md' : '.mdx'}`;
  const sourceLocale = new Map(site.locales.flatMap((l) => (l.convertedFrom ? [[l.code, l.convertedFrom.locale] as const] : [])));
  // A generated article names its source: the file an editor changes.
  const generatedArticles: SourceArticle<ArticleEntry>[] = generated.map((entry) => {
    const file = fileOf(entry);
    const [locale, ...rest] = file.split('/');
    const from = sourceLocale.get(locale!)!;
    return { file, data: entry.data, entry, convertedFrom: { locale: from, file: [from, ...rest].join('/') } };
  });
  if (!home) throw new Error(`${contentPrefix}home.yaml is missing: it lists the popular articles for the home page.`);
  return buildLibrary({
    locales: site.locales.map((l) => l.code),
    categories: categories.map((c) => c.data),
    articles: [...entries.map((entry) => ({ file: fileOf(entry), data: entry.data, entry })), ...generatedArticles],
    popular: home.data.popular,
    includeDrafts: import.meta.env.DEV,
    contentDir: contentPrefix,
    convertedFrom: sourceLocale,
  });
}

let library: Promise<Library<ArticleEntry>> | undefined;

/** The validated, grouped help library, built once per build and shared by every page. */
export function getLibrary(): Promise<Library<ArticleEntry>> {
  library ??= load();
  return library;
}
