import type { Article, Library } from '../library.ts';
import { defaultFirst } from '../locales.ts';

/** A page in `locale` that shows another locale's article because it has no translation yet. */
export interface Fallback<E> {
  locale: string;
  key: string;
  original: Article<E>;
}

/**
 * Every untranslated article (`untranslated: true`) gets a page in each locale that lacks it.
 * When several locales offer an original, the default locale's wins (it is the source language),
 * then the first in configured order.
 */
export function untranslatedFallbacks<E>(
  library: Pick<Library<E>, 'articles' | 'article'>,
  locales: readonly string[],
  defaultLocale: string,
): Fallback<E>[] {
  const sourceOrder = defaultFirst(locales, defaultLocale);
  const chosen = new Map<string, Fallback<E>>();
  for (const source of sourceOrder) {
    for (const original of library.articles(source)) {
      if (!original.untranslated) continue;
      for (const locale of locales) {
        const id = `${locale}/${original.key}`;
        if (locale === source || chosen.has(id) || library.article(locale, original.key)) continue;
        chosen.set(id, { locale, key: original.key, original });
      }
    }
  }
  return [...chosen.values()];
}
