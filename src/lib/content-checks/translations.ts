import { isoDate } from '../dates.ts';
import type { Article, Library } from '../library.ts';
import { error, warning, type Finding } from './finding.ts';
import type { Rule } from './rule.ts';
import { defaultFirst } from '../locales.ts';

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

const dayOf = (date: Date | undefined) => (date ? isoDate(date) : undefined);

/** Every article key with its state per locale, in category/slug order. */
export function translationStatus<E>(library: Library<E>, locales: readonly string[], defaultLocale: string): ArticleTranslations<E>[] {
  const keys = [...new Set(locales.flatMap((l) => library.articles(l).map((a) => a.key)))].sort();
  const ordered = defaultFirst(locales, defaultLocale);
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

const stateLabels: Record<TranslationState, string> = {
  source: 'source',
  translated: 'translated',
  outdated: 'outdated',
  missing: 'MISSING',
  untranslated: 'untranslated (on purpose)',
};

/** A plain-text table, one article per row and one locale per column, then totals per locale. */
export function renderTranslationTable(rows: readonly ArticleTranslations<unknown>[], locales: readonly string[]): string {
  const header = ['article', ...locales];
  const body = rows.map((row) => [row.key, ...locales.map((l) => stateLabels[row.states.get(l) ?? 'missing'])]);
  const states = Object.keys(stateLabels) as TranslationState[];
  const totals = states
    .filter((state) => rows.some((r) => [...r.states.values()].includes(state)))
    .map((state) => [`total ${stateLabels[state]}`, ...locales.map((l) => String(rows.filter((r) => r.states.get(l) === state).length))]);
  const table = [header, ...body, ...totals];
  const widths = header.map((_, i) => Math.max(...table.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line), rule, ...totals.map(line)].join('\n');
}


export const translationsRule: Rule = {
  name: 'translations',
  summary:
    'An article exists in every locale with the same category and slug, unless it is marked `untranslated: true`; a translation whose `updated` is older than its source gets a warning.',
  example: {
    bad: 'content/zh-cn/payments/request-refund.mdx   (and no content/en/payments/request-refund.mdx)',
    good: 'content/zh-cn/payments/request-refund.mdx\ncontent/en/payments/request-refund.mdx',
    lang: 'text',
  },
  content({ library, input }) {
    if (!library) return [];
    const { site, contentDir } = input;
    const findings: Finding[] = [];
    const convertedFrom = new Map(site.locales.flatMap((l) => (l.convertedFrom ? [[l.code, l.convertedFrom.locale] as const] : [])));
    for (const { key, source, states } of translationStatus(library, site.locales.map((l) => l.code), site.defaultLocale)) {
      // Until its frontmatter is valid, whether an article is untranslated on purpose is unknown.
      if (!source.entry.data) continue;
      for (const [locale, state] of states) {
        // A generated locale follows its source: the message about the source's version says it all.
        const from = convertedFrom.get(locale);
        if (state === 'missing' && from !== undefined && states.get(from) === 'missing') continue;
        if (state === 'missing') {
          findings.push(
            error(
              source.file,
              1,
              'translation',
              `there is no ${locale} version (${contentDir}${locale}/${key}.mdx).`,
              `write it with the same category and slug, or add "untranslated: true" to this file's frontmatter if it stays ${source.locale}-only for now.`,
            ),
          );
        } else if (state === 'outdated') {
          const translation = library.article(locale, key)!;
          findings.push(
            warning(
              translation.file,
              translation.entry.frontmatter?.lineOf(['updated']) ?? 1,
              'updated',
              `${dayOf(translation.updated)} is older than the ${source.locale} source (${dayOf(source.updated)}, ${source.file}).`,
              `bring the translation up to date with the source, then set updated: ${dayOf(source.updated)}.`,
            ),
          );
        }
      }
    }
    return findings;
  },
};
