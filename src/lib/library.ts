import { ContentError } from './content-error.ts';
import { parseArticlePath, type ArticlePath } from './article-path.ts';
import type { IconName } from './icons.ts';

/** An article's frontmatter once src/schemas/article.ts, which documents each field, has validated it. */
export interface ArticleFrontmatter {
  title: string;
  description: string;
  order: number;
  keywords: string[];
  untranslated: boolean;
  redirectFrom: string[];
  draft: boolean;
  updated?: Date | undefined;
  /** Channel ids the help box offers; unset: the category's channel. */
  support?: string[] | undefined;
}

/** content/home.yaml once src/schemas/home.ts has validated it. */
export interface Home {
  /** "<category>/<slug>" of the articles every home page features, in display order. */
  popular: string[];
}

/** An entry of content/categories.yaml once src/schemas/category.ts, which documents each field, has validated it. */
export interface Category {
  id: string;
  order: number;
  icon: IconName;
  name: Record<string, string>;
  description: Record<string, string>;
  /** The support channel the category recommends. */
  channel: string;
  scamWarning: boolean;
}

/** An article file as the content layer hands it over; `entry` is kept for rendering. */
export interface SourceArticle<E> {
  /** Path relative to the content folder, e.g. "en/signing-in/reset-password.mdx". */
  file: string;
  data: ArticleFrontmatter;
  entry: E;
  /**
   * Set on an article generated from another locale's (zh-hk from zh-cn): that locale and
   * the source file inside the content folder, which messages name since editors fix it there.
   */
  convertedFrom?: { locale: string; file: string };
}

export interface Article<E> extends ArticlePath, ArticleFrontmatter {
  /** The file an editor changes, e.g. "content/en/payments/pay.mdx" (for a generated article, its source). */
  file: string;
  entry: E;
  /** The locale a generated article was converted from, e.g. "zh-cn"; undefined for a written one. */
  convertedFrom?: string;
}

export interface CategoryGroup<E> {
  category: Category;
  articles: Article<E>[];
}

export interface Library<E> {
  /** Categories in display order with their articles in order; empty categories are left out. */
  groups(locale: string): CategoryGroup<E>[];
  group(locale: string, category: string): CategoryGroup<E> | undefined;
  article(locale: string, key: string): Article<E> | undefined;
  articles(locale: string): Article<E>[];
  /** The same article in every locale it exists in, keyed by locale code. */
  translations(key: string): ReadonlyMap<string, Article<E>>;
  /** Neighbours in the same category, nearest in order first. */
  related(article: Article<E>, limit: number): Article<E>[];
  popular(locale: string): Article<E>[];
}

export interface LibraryInput<E> {
  locales: readonly string[];
  categories: readonly Category[];
  articles: readonly SourceArticle<E>[];
  popular: readonly string[];
  includeDrafts: boolean;
  /** Prefix for file names in messages, e.g. "content/". */
  contentDir: string;
  /** Generated locale → the locale it is converted from (zh-hk → zh-cn); missing: none is generated. */
  convertedFrom?: ReadonlyMap<string, string>;
}

/** Every problem found in the content at once, so an editor can fix them in one go. */
export class LibraryError extends Error {
  readonly problems: ContentError[];
  constructor(problems: ContentError[]) {
    super(`The help content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.name = 'LibraryError';
    this.problems = problems;
  }
}

const byOrderThenTitle = <E>(a: Article<E>, b: Article<E>) =>
  a.order - b.order || a.title.localeCompare(b.title);

export function buildLibrary<E>(input: LibraryInput<E>): Library<E> {
  const problems: ContentError[] = [];
  const categoryById = new Map(input.categories.map((c) => [c.id, c]));
  const orderedCategories = [...input.categories].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const localeSet = new Set(input.locales);
  const byLocale = new Map<string, Map<string, Article<E>>>(input.locales.map((l) => [l, new Map()]));
  const byKey = new Map<string, Map<string, Article<E>>>();

  for (const source of input.articles) {
    const file = `${input.contentDir}${source.convertedFrom?.file ?? source.file}`;
    const path = parseArticlePath(source.file);
    if ('error' in path) {
      problems.push(new ContentError(file, 'path', 'this file is not where an article can live.', path.error));
      continue;
    }
    if (!localeSet.has(path.locale)) {
      problems.push(
        new ContentError(file, 'locale', `"${path.locale}" is not a configured locale.`, `move the file under one of: ${input.locales.join(', ')}.`),
      );
      continue;
    }
    if (!categoryById.has(path.category)) {
      problems.push(
        new ContentError(
          file,
          'category',
          `"${path.category}" is not a category in categories.yaml.`,
          `move the file into one of: ${orderedCategories.map((c) => c.id).join(', ')}; or add the category to categories.yaml.`,
        ),
      );
      continue;
    }
    if (source.data.draft && !input.includeDrafts) continue;
    const article: Article<E> = { ...source.data, ...path, file, entry: source.entry };
    if (source.convertedFrom) article.convertedFrom = source.convertedFrom.locale;
    byLocale.get(path.locale)!.set(path.key, article);
    const siblings = byKey.get(path.key) ?? new Map<string, Article<E>>();
    siblings.set(path.locale, article);
    byKey.set(path.key, siblings);
  }

  for (const key of input.popular) {
    for (const locale of input.locales) {
      // A generated locale lacks what its source lacks; the source's message says what to write.
      const from = input.convertedFrom?.get(locale);
      if (from !== undefined && !byLocale.get(from)?.has(key)) continue;
      if (!byLocale.get(locale)!.has(key)) {
        problems.push(
          new ContentError(
            `${input.contentDir}home.yaml`,
            'popular',
            `"${key}" has no ${locale} article.`,
            `write ${input.contentDir}${locale}/${key}.mdx or remove "${key}" from the list.`,
          ),
        );
      }
    }
  }
  // A generated article (zh-hk from zh-cn) is reported on its source, like the source itself: once.
  if (problems.length) throw new LibraryError([...new Map(problems.map((p) => [p.message, p])).values()]);

  const groupsByLocale = new Map<string, CategoryGroup<E>[]>();
  const groupByLocaleAndId = new Map<string, Map<string, CategoryGroup<E>>>();
  const position = new Map<Article<E>, { group: CategoryGroup<E>; index: number }>();
  for (const locale of input.locales) {
    const perCategory = new Map(orderedCategories.map((c) => [c.id, [] as Article<E>[]]));
    for (const article of byLocale.get(locale)!.values()) perCategory.get(article.category)!.push(article);
    const groups = orderedCategories
      .map((category) => ({ category, articles: perCategory.get(category.id)!.sort(byOrderThenTitle) }))
      .filter((g) => g.articles.length > 0);
    for (const group of groups) group.articles.forEach((a, index) => position.set(a, { group, index }));
    groupsByLocale.set(locale, groups);
    groupByLocaleAndId.set(locale, new Map(groups.map((g) => [g.category.id, g])));
  }

  const empty = new Map<string, Article<E>>();
  return {
    groups: (locale) => groupsByLocale.get(locale) ?? [],
    // Looked up once per article page: a map keeps that independent of the number of categories.
    group: (locale, category) => groupByLocaleAndId.get(locale)?.get(category),
    article: (locale, key) => byLocale.get(locale)?.get(key),
    articles: (locale) => (groupsByLocale.get(locale) ?? []).flatMap((g) => g.articles),
    translations: (key) => byKey.get(key) ?? empty,
    related(article, limit) {
      const at = position.get(article);
      if (!at) return [];
      const list = at.group.articles;
      const result: Article<E>[] = [];
      // Walk outwards from the article so the closest topics in the editor's order come first.
      for (let step = 1; result.length < limit && step < list.length; step++) {
        const after = list[at.index + step];
        const before = list[at.index - step];
        if (after) result.push(after);
        if (before && result.length < limit) result.push(before);
      }
      return result;
    },
    popular: (locale) => input.popular.map((key) => byLocale.get(locale)!.get(key)!),
  };
}
