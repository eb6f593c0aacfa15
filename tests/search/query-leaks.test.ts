import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parse as parseYaml } from 'yaml';
import site from '../../src/site.config.ts';
import { synonymsSchema } from '../../src/schemas/synonyms.ts';
import { readSet, type QuerySet } from './relevance.ts';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toSimplifiedTw = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Width, case, Traditional characters, spaces and punctuation folded: "Log-In" = "log in" = "login". */
function normalise(text: string): string {
  return toSimplifiedTw(toSimplified(text.normalize('NFKC').toLowerCase())).replace(/[\s\p{P}]+/gu, '');
}

/** A generated locale (zh-hk from zh-cn) without its own file uses its source's: normalise() folds both to Simplified. */
function ownOrSource(locale: string, path: (code: string) => string): string {
  const source = site.locales.find((l) => l.code === locale)?.convertedFrom?.locale;
  return source && !existsSync(path(locale)) ? path(source) : path(locale);
}

function synonymsOf(locale: string): string[] {
  const file = ownOrSource(locale, (code) => join(site.contentDir, 'search', `synonyms.${code}.yaml`));
  if (!existsSync(file)) return [];
  return synonymsSchema.parse(parseYaml(readFileSync(file, 'utf8'))).flatMap((s) => [s.means, ...s.words]);
}

function keywordsOf(locale: string, key: string): string[] {
  const file = ownOrSource(locale, (code) => join(site.contentDir, code, `${key}.mdx`));
  if (!existsSync(file)) return [];
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return ((parseYaml(frontmatter) as { keywords?: string[] }).keywords ?? []).map(String);
}

/**
 * A query that equals its article's keyword, or an entry of the synonym table, measures only that
 * someone copied it there: it must be phrased the way a customer would describe the problem.
 */
for (const set of ['golden', 'heldout'] as QuerySet[]) {
  for (const { code } of site.locales) {
    test(`no ${set} ${code} query equals its article’s keyword or a synonym entry`, () => {
      const synonyms = new Map(synonymsOf(code).map((w) => [normalise(w), w] as const));
      const leaks = readSet(set, code).flatMap(({ q, expect }) => {
        const query = normalise(q);
        const keyword = expect.flatMap((key) => keywordsOf(code, key).map((k) => ({ key, k }))).find(({ k }) => normalise(k) === query);
        if (keyword) return [`"${q}" is a keyword of ${keyword.key}`];
        const synonym = synonyms.get(query);
        return synonym ? [`"${q}" is the synonym entry "${synonym}" (content/search/synonyms.${code}.yaml)`] : [];
      });
      assert.deepEqual(leaks, [], `Rewrite these tests/search/${set}.${code}.yaml queries the way a customer would describe the problem.`);
    });
  }
}
