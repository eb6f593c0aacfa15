import { slugPattern } from './routes.ts';

/** Where an article lives: `<locale>/<category>/<slug>` inside the content folder. */
export interface ArticlePath {
  locale: string;
  category: string;
  slug: string;
  /** `<category>/<slug>`: equal across locales, so it pairs translations. */
  key: string;
}

const articleFile = /^([^/]+)\/([^/]+)\/([^/]+)\.mdx?$/;

/** Content-layer id of an article file: its path without the extension. */
export function articleIdFromFile(relativeFile: string): string {
  return relativeFile.replace(/\\/g, '/').replace(/\.mdx?$/, '');
}

/**
 * Reads locale, category and slug from a path relative to the content folder, or says why
 * the path cannot be an article.
 */
export function parseArticlePath(relativeFile: string): ArticlePath | { error: string } {
  const normalized = relativeFile.replace(/\\/g, '/');
  const match = articleFile.exec(normalized.endsWith('.md') || normalized.endsWith('.mdx') ? normalized : `${normalized}.mdx`);
  if (!match) {
    return { error: 'An article lives at <locale>/<category>/<slug>.mdx (exactly two folders deep).' };
  }
  const [, locale, category, slug] = match as unknown as [string, string, string, string];
  if (!slugPattern.test(slug)) {
    return { error: `The file name "${slug}" is not a slug: use lower-case words joined by hyphens.` };
  }
  return { locale, category, slug, key: `${category}/${slug}` };
}
