import * as OpenCC from 'opencc-js';
import type { Variant } from './variants.ts';

/**
 * Build time only (OpenCC's dictionaries weigh about a megabyte): Simplified → Traditional
 * conversion of the help center's texts for the locales generated from another
 * (`convertedFrom` in src/site.config.ts).
 */

export type { Variant };

/** A locale of the site configuration, as the conversion reads it (src/schemas/site.ts validates it). */
export interface ConvertibleLocale {
  code: string;
  /** Set on a locale generated from another at build time. */
  convertedFrom?: { locale: string; variant: Variant } | undefined;
}

/** One fix of content/conversion/<locale>.yaml: wherever the source says `simplified`, write `traditional`. */
export interface Phrase {
  simplified: string;
  traditional: string;
}

/** A locale generated from another, as the conversion needs it. */
export interface Conversion {
  /** The generated locale, e.g. "zh-hk". */
  locale: string;
  /** The written locale it comes from, e.g. "zh-cn". */
  from: string;
  variant: Variant;
  phrases: readonly Phrase[];
}

export type Convert = (text: string) => string;

// Shared through globalThis: the content loader, the content check and the pages' bundle each
// get their own copy of this module in one build process, and making a converter takes seconds.
const shared = globalThis as { okpayOpencc?: Map<string, Convert> };
const openccConverters = (shared.okpayOpencc ??= new Map<string, Convert>());

/**
 * OpenCC's phrase-level converter from Simplified (mainland) to a Traditional variant ("t" is
 * OpenCC's standard Traditional); made once per process, since loading its dictionaries costs
 * about a second of CPU.
 */
export function opencc(variant: Variant | 't'): Convert {
  let convert = openccConverters.get(variant);
  if (!convert) openccConverters.set(variant, (convert = OpenCC.Converter({ from: 'cn', to: variant })));
  return convert;
}

/** Hong Kong and Taiwan quote with corner brackets: “提現” becomes 「提現」, ‘…’ becomes 『…』. */
export function traditionalQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (q) => ({ '“': '「', '”': '」', '‘': '『', '’': '』' })[q]!);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches the phrase table's Simplified terms, longest first (so 账户 wins over 户), or
 * undefined for an empty table.
 */
export function phrasePattern(phrases: readonly Phrase[]): RegExp | undefined {
  if (!phrases.length) return undefined;
  const terms = [...new Set(phrases.map((p) => p.simplified))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'g');
}

/**
 * A converter for one generated locale: the phrase table's terms are written as the table says
 * (OpenCC never sees them, so it cannot turn 戶 back into its Hong Kong variant 户); the text
 * between them goes through OpenCC. Plain ASCII (MDX syntax, ids, URLs) passes unchanged.
 */
export function createConverter(variant: Variant, phrases: readonly Phrase[], base: Convert = opencc(variant)): Convert {
  const pattern = phrasePattern(phrases);
  if (!pattern) return (text) => traditionalQuotes(base(text));
  const table = new Map(phrases.map((p) => [p.simplified, p.traditional]));
  return (text) =>
    traditionalQuotes(
      text
        .split(pattern)
        .map((part, i) => (i % 2 === 1 ? table.get(part)! : part && base(part)))
        .join(''),
    );
}

/** How often each phrase-table term occurs in the texts (longest match first, as the converter applies them). */
export function phraseUses(phrases: readonly Phrase[], texts: Iterable<string>): Map<string, number> {
  const uses = new Map(phrases.map((p) => [p.simplified, 0]));
  const pattern = phrasePattern(phrases);
  if (!pattern) return uses;
  for (const text of texts) for (const [term] of text.matchAll(pattern)) uses.set(term!, (uses.get(term!) ?? 0) + 1);
  return uses;
}

/** Converts every string in a value (objects and lists deeply; keys, numbers and booleans stay). */
export function convertDeep<T>(value: T, convert: Convert): T {
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((v) => convertDeep(v, convert)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertDeep(v, convert)])) as T;
  }
  return value;
}

/**
 * Adds the generated locales to every per-locale record in content data (`{ zh-cn: 账户, en:
 * Account }` gains `zh-hk: 賬戶`, `zh-tw: 帳戶`): an object whose keys are all locale codes and
 * include the source. A text an editor already wrote for the generated locale is kept.
 */
export function withConvertedLocales<T>(value: T, localeCodes: readonly string[], conversions: readonly Conversion[], converters: ReadonlyMap<string, Convert>): T {
  if (Array.isArray(value)) return value.map((v) => withConvertedLocales(v, localeCodes, conversions, converters)) as T;
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const isLocaleRecord = keys.length > 0 && keys.every((k) => localeCodes.includes(k));
  if (isLocaleRecord) {
    const filled: Record<string, unknown> = { ...record };
    for (const c of conversions) {
      if (filled[c.locale] === undefined && record[c.from] !== undefined) filled[c.locale] = convertDeep(record[c.from], converters.get(c.locale)!);
    }
    return filled as T;
  }
  return Object.fromEntries(keys.map((k) => [k, withConvertedLocales(record[k], localeCodes, conversions, converters)])) as T;
}

/** The generated locales of a site configuration (phrase tables empty: see loadConversions for the files). */
export function conversionsOf(locales: readonly ConvertibleLocale[]): Omit<Conversion, 'phrases'>[] {
  return locales.flatMap((l) => (l.convertedFrom ? [{ locale: l.code, from: l.convertedFrom.locale, variant: l.convertedFrom.variant }] : []));
}

/** Path of a generated locale's phrase table inside the content folder. */
export const phraseTableFile = (locale: string) => `conversion/${locale}.yaml`;

/** The converter of every generated locale, keyed by its code. */
export function convertersOf(conversions: readonly Conversion[]): Map<string, Convert> {
  return new Map(conversions.map((c) => [c.locale, createConverter(c.variant, c.phrases)]));
}

/**
 * Search synonyms of a generated locale: the source locale's, converted, plus one entry per
 * phrase-table fix so that a reader who types OpenCC's word (賬戶 in Taiwan) finds the
 * articles' word (帳戶).
 */
export function convertedSynonyms<S extends { means: string; words: string[] }>(source: readonly S[], conversion: Conversion, convert: Convert): { means: string; words: string[] }[] {
  const converted = source.map((s) => ({ means: convert(s.means), words: [...new Set(s.words.map(convert))] }));
  const base = opencc(conversion.variant);
  const fixes = conversion.phrases
    .map((p) => ({ means: p.traditional, words: [base(p.simplified)].filter((w) => w !== p.traditional) }))
    .filter((s) => s.words.length > 0);
  return [...converted, ...fixes];
}

const articleFile = /^([^/]+)\/([^/]+\/[^/]+\.mdx?)$/;

/**
 * The articles of the generated locales, path inside the content folder → converted text: every
 * article of the source locale that has no file an editor wrote for the generated locale (same
 * category and slug, .md or .mdx), converted as a whole (frontmatter, headings, component
 * props; MDX syntax is ASCII and passes unchanged).
 */
export function convertedArticles(files: ReadonlyMap<string, string>, conversions: readonly Conversion[], converters: ReadonlyMap<string, Convert>): Map<string, { text: string; source: string }> {
  const written = new Set([...files.keys()].map((p) => p.replace(/\.mdx?$/, '')));
  const out = new Map<string, { text: string; source: string }>();
  for (const [path, text] of files) {
    const match = articleFile.exec(path);
    if (!match) continue;
    const [, locale, rest] = match as unknown as [string, string, string];
    for (const c of conversions) {
      if (c.from !== locale) continue;
      const target = `${c.locale}/${rest}`;
      if (written.has(target.replace(/\.mdx?$/, ''))) continue;
      out.set(target, { text: converters.get(c.locale)!(text), source: path });
    }
  }
  return out;
}
