import type { Article, Library } from '../library.ts';

/**
 * Where an article stands in one locale. "source" is the version others translate: the default
 * locale's, or, for an article not written there, the first locale that has it.
 */
export type TranslationState = 'source' | 'translated' | 'outdated' | 'missing' | 'untranslated';

export interface ArticleTranslations<E> {
  key: string;
  source: Article<E>;
  states: ReadonlyMap<string, TranslationState>;
}

const dayOf = (date: Date | undefined) => date?.toISOString().slice(0, 10);

/** Every article key with its state per locale, in category/slug order. */
export function translationStatus<E>(library: Library<E>, locales: readonly string[], defaultLocale: string): ArticleTranslations<E>[] {
  const keys = [...new Set(locales.flatMap((l) => library.articles(l).map((a) => a.key)))].sort();
  const ordered = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
  return keys.map((key) => {
    const versions = library.translations(key);
    const source = ordered.map((l) => versions.get(l)).find((a) => a !== undefined)!;
    const intentional = [...versions.values()].some((a) => a.untranslated);
    const states = new Map<string, TranslationState>();
    for (const locale of locales) {
      const article = versions.get(locale);
      if (!article) states.set(locale, intentional ? 'untranslated' : 'missing');
      else if (article === source) states.set(locale, 'source');
      else states.set(locale, isOlder(article, source) ? 'outdated' : 'translated');
    }
    return { key, source, states };
  });
}

/** A translation is behind when its `updated` day is before its source's. */
export function isOlder(translation: { updated?: Date | undefined }, source: { updated?: Date | undefined }): boolean {
  const [mine, theirs] = [dayOf(translation.updated), dayOf(source.updated)];
  return mine !== undefined && theirs !== undefined && mine < theirs;
}
