import { opencc } from '../conversion/convert.ts';
import type { T2sTable } from './t2s.ts';

const han = /\p{Script=Han}/gu;

/**
 * OpenCC loads its dictionaries for every converter it makes (about 0.5 s of CPU): made once per
 * build and shared with the generated locales' conversion (src/lib/conversion), which uses hk too.
 */
function simplifiedToTraditional(): ((text: string) => string)[] {
  return (['tw', 'hk', 't'] as const).map((to) => opencc(to));
}

/**
 * Build time only: the Traditional forms (Taiwan, Hong Kong and OpenCC standard) of every
 * Simplified character the index uses, mapped back. The full OpenCC t2cn dictionaries weigh
 * about 42 KB gzipped; this table holds only what can match, typically a few KB.
 * When two Simplified characters share a Traditional form (帐 and 账 both become 帳 somewhere), the
 * one the texts use more often wins; synonyms can still map the other (帐户 → 账户).
 */
export function buildT2sTable(texts: Iterable<string>): T2sTable {
  const converters = simplifiedToTraditional();
  const counts = new Map<string, number>();
  for (const text of texts) for (const [char] of text.matchAll(han)) counts.set(char, (counts.get(char) ?? 0) + 1);
  const table: Record<string, string> = {};
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1]);
  for (const [simplified] of byFrequency) {
    for (const convert of converters) {
      const traditional = convert(simplified);
      if (traditional !== simplified && [...traditional].length === 1 && !(traditional in table) && !counts.has(traditional)) {
        table[traditional] = simplified;
      }
    }
  }
  return table;
}
