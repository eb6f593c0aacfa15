import { convertedArticles, convertersOf, opencc, phraseTableFile, phraseUses, withConvertedLocales, type Conversion, type Convert } from '../conversion/convert.ts';
import { findSimplified } from '../conversion/residue.ts';
import { loadConversions } from '../conversion/setup.ts';
import { error, type Finding } from './finding.ts';
import type { ContentInput, Rule } from './rule.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml.ts';

/** The generated locales of a content folder, as the site builds them: converters, articles, data. */
export interface ContentConversions {
  conversions: Conversion[];
  converters: Map<string, Convert>;
  /** Generated article path (e.g. "zh-hk/payments/pay.mdx") → converted text and its source path. */
  articles: Map<string, { text: string; source: string }>;
  /** Content data with the generated locales filled in, as the site's loaders fill them. */
  fill<T>(value: T): T;
}

const cache = new WeakMap<ContentInput, ContentConversions>();

/** Computed once per check (converting the library takes a moment). */
export function contentConversions(input: ContentInput): ContentConversions {
  let found = cache.get(input);
  if (found) return found;
  const conversions = loadConversions(input.site.locales, (path) => input.files.get(path));
  const converters = conversionsAreEmpty(conversions) ? new Map<string, Convert>() : convertersOf(conversions);
  const codes = input.site.locales.map((l) => l.code);
  found = {
    conversions,
    converters,
    articles: convertedArticles(input.files, conversions, converters),
    fill: (value) => (conversions.length ? withConvertedLocales(value, codes, conversions, converters) : value),
  };
  cache.set(input, found);
  return found;
}

const conversionsAreEmpty = (conversions: readonly Conversion[]) => conversions.length === 0;

/** A located YAML file whose value has the generated locales filled in (lines stay the source's). */
export function filledYaml(yaml: LocatedYaml, input: ContentInput): LocatedYaml {
  return yaml.syntaxErrors.length ? yaml : { ...yaml, value: contentConversions(input).fill(yaml.value) };
}

/** The frontmatter field on a line of an article, or "body" below the frontmatter. */
function fieldAt(text: string, line: number): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return 'body';
  const end = lines.indexOf('---', 1);
  if (end === -1 || line > end + 1) return 'body';
  for (let i = line - 1; i > 0; i--) {
    const key = /^([A-Za-z][\w-]*):/.exec(lines[i]!);
    if (key) return key[1]!;
  }
  return 'frontmatter';
}

/** Every text under a generated locale's key in filled content data, with the path to it. */
function generatedTexts(value: unknown, locales: ReadonlySet<string>, path: (string | number)[] = [], inside = false): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return inside ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => generatedTexts(v, locales, [...path, i], inside));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => generatedTexts(v, locales, [...path, k], inside || locales.has(k)));
  }
  return [];
}

const dataFilesWithLocales = (files: ReadonlyMap<string, string>) =>
  [...files.keys()].filter((p) => ['categories.yaml', 'contact.yaml', 'facts.yaml', 'notices.yaml'].includes(p) || /^guides\/[^/]+\.yaml$/.test(p)).sort();

export const conversionRule: Rule = {
  name: 'converted-text',
  summary:
    'The generated locales (zh-hk, zh-tw: `convertedFrom` in src/site.config.ts) read as Traditional Chinese: no Simplified-only character is left in a converted article or data text, nor in an article an editor wrote under content/zh-hk/ or content/zh-tw/; every entry of `conversion/<locale>.yaml` is used by the source texts.',
  example: {
    bad: '# conversion/zh-tw.yaml\n- simplified: 网上银行   # no zh-cn text says 网上银行\n  traditional: 網路銀行',
    good: '# conversion/zh-tw.yaml\n- simplified: 账户\n  traditional: 帳戶',
    lang: 'yaml',
  },
  content({ input, data }) {
    const { conversions, articles } = contentConversions(input);
    if (!conversions.length) return [];
    const { contentDir, files } = input;
    const findings: Finding[] = [];
    const generatedLocales = new Set(conversions.map((c) => c.locale));

    for (const c of conversions) {
      const table = `${contentDir}${phraseTableFile(c.locale)}`;
      const fixIn = `add the term to ${table} (simplified: the zh-cn term, traditional: what ${c.locale} readers write), or write the ${c.locale} version yourself`;
      // The variant's own converter, which the build has made already.
      const suggest = (word: string) => `「${opencc(c.variant)(word)}」`;

      // Generated articles: reported on the source line, since the source (or the table) is what changes.
      for (const [path, { text, source }] of articles) {
        if (!path.startsWith(`${c.locale}/`)) continue;
        for (const left of findSimplified(text, c.variant)) {
          findings.push(
            error(
              `${contentDir}${source}`,
              left.line,
              fieldAt(text, left.line),
              `the ${c.locale} version (converted from this file) still has the Simplified character ${left.char} in 「${left.word}」.`,
              `${fixIn} under ${contentDir}${path}; OpenCC alone writes ${suggest(left.word)}.`,
            ),
          );
        }
      }
      // Articles an editor wrote for the generated locale.
      for (const [path, text] of files) {
        if (!path.startsWith(`${c.locale}/`) || !/\.mdx?$/.test(path)) continue;
        for (const left of findSimplified(text, c.variant)) {
          findings.push(
            error(
              `${contentDir}${path}`,
              left.line,
              fieldAt(text, left.line),
              `「${left.word}」 has the Simplified character ${left.char}; ${c.locale} pages are in Traditional Chinese.`,
              `write it in Traditional characters, e.g. ${suggest(left.word)}.`,
            ),
          );
        }
      }
      // Category names, contact data, facts, notices and troubleshooters.
      for (const name of dataFilesWithLocales(files)) {
        const yaml = data.yaml.get(name) ?? filledYaml(parseLocatedYaml(files.get(name)!, 1), input);
        if (yaml.syntaxErrors.length) continue;
        for (const { path, text } of generatedTexts(yaml.value, new Set([c.locale]))) {
          for (const left of findSimplified(text, c.variant)) {
            const sourcePath = path.map((p) => (typeof p === 'string' && generatedLocales.has(p) ? c.from : p));
            findings.push(
              error(
                `${contentDir}${name}`,
                yaml.lineOf(sourcePath),
                path.join('.'),
                `the generated ${c.locale} text still has the Simplified character ${left.char} in 「${left.word}」.`,
                `${fixIn} with a "${c.locale}:" line here; OpenCC alone writes ${suggest(left.word)}.`,
              ),
            );
          }
        }
      }

      // Every phrase-table entry fixes something the sources say.
      const tableYaml = data.yaml.get(phraseTableFile(c.locale));
      if (c.phrases.length && tableYaml) {
        const sources = [...files].filter(([p]) => p.startsWith(`${c.from}/`) || dataFilesWithLocales(files).includes(p)).map(([, text]) => text);
        const uses = phraseUses(c.phrases, sources);
        c.phrases.forEach((phrase, index) => {
          if (uses.get(phrase.simplified)) return;
          findings.push(
            error(
              table,
              tableYaml.lineOf([index, 'simplified']),
              `${index + 1}.simplified`,
              `no ${c.from} article or data text says ${phrase.simplified} (where a longer entry matches, it wins), so this entry changes nothing.`,
              `remove the entry, or correct the term to the words the ${c.from} texts use.`,
            ),
          );
        });
      }
    }
    return findings;
  },
};
