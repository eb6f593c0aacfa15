import { hasHan } from './text.ts';

/**
 * Toneless pinyin, without spaces (ü written v), → the index's Chinese words that sound so,
 * most common first: { tuikuan: ['退款'], mima: ['密码'] }.
 */
export type PinyinTable = Readonly<Record<string, readonly string[]>>;

/** Only Chinese locales get pinyin: elsewhere a Latin query is just that. */
export function usesPinyin(locale: string): boolean {
  return locale.toLowerCase().startsWith('zh');
}

/** Longest word key looked up, in letters (zhuanzhang is 10; a few compounds are longer). */
const maxKey = 24;

/**
 * Reads a Latin query as pinyin: spaces, apostrophes and tones do not matter ("tui kuan",
 * "tuikuan", "tui'kuan"), and the letters are cut into the index's words, fewest words first
 * ("wangjimima" → 忘记 密码). Returns the Chinese query, or undefined when the letters are not
 * all pinyin of words the index holds.
 */
export function fromPinyin(query: string, table: PinyinTable): string | undefined {
  if (hasHan(query)) return undefined;
  const letters = query
    .normalize('NFD')
    .replace(/\p{M}/gu, (mark) => (mark === '\u0308' ? ':' : ''))
    .toLowerCase()
    .replace(/u:/g, 'v')
    .replace(/[\s'’-]+/g, '');
  if (!/^[a-z]+$/.test(letters)) return undefined;
  // best[i]: the fewest words that spell the first i letters.
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= letters.length; end++) {
    for (let start = Math.max(0, end - maxKey); start < end; start++) {
      const before = best[start];
      const words = table[letters.slice(start, end)];
      if (!before || !words?.length) continue;
      if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, words[0]!];
    }
  }
  return best[letters.length]?.join(' ');
}
