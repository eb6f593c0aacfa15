import * as OpenCC from 'opencc-js';
import type { Variant } from './convert.ts';

type Pair = readonly [string, string];

const pairsOf = (groups: readonly (readonly (string | readonly Pair[])[])[]): Pair[] =>
  groups.flat().flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ') as unknown as Pair) : [...dict]));

const cache = new Map<Variant, ReadonlySet<string>>();

/**
 * Characters that only Simplified Chinese writes, for one Traditional variant: the single
 * characters OpenCC changes from Simplified, minus every character its own Traditional output
 * (for this variant, phrases included) can contain. 发, 这, 们 are in it; 干, 后, 里, 台 are not,
 * since Traditional writes them too (若干, 皇后, 公里, 台灣); 户 is Simplified-only in Taiwan but
 * the Hong Kong form.
 */
export function simplifiedOnlyCharacters(variant: Variant): ReadonlySet<string> {
  let set = cache.get(variant);
  if (set) return set;
  const source = pairsOf(OpenCC.Locale.from.cn as never);
  const traditional = new Set<string>();
  for (const [, value] of [...source, ...pairsOf(OpenCC.Locale.to[variant] as never)]) for (const char of value ?? '') traditional.add(char);
  set = new Set(source.filter(([key, value]) => [...key].length === 1 && key !== value && !traditional.has(key)).map(([key]) => key));
  cache.set(variant, set);
  return set;
}

/** One Simplified-only character found in a text, with its 1-based line and the word around it. */
export interface SimplifiedLeft {
  char: string;
  line: number;
  /** The run of Han characters it is part of, to find it in the text. */
  word: string;
}

/** Every Simplified-only character left in a text that should be Traditional, in order. */
export function findSimplified(text: string, variant: Variant): SimplifiedLeft[] {
  const only = simplifiedOnlyCharacters(variant);
  const found: SimplifiedLeft[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [word] of line.matchAll(/\p{Script=Han}+/gu)) {
      for (const char of word!) if (only.has(char)) found.push({ char, line: i + 1, word: word! });
    }
  });
  return found;
}
