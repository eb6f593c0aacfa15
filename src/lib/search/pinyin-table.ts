import { pinyin } from 'pinyin-pro';
import { hasHan } from './text.ts';
import type { PinyinTable } from './pinyin.ts';
import type { WordTable } from './words.ts';

/**
 * Build time only: the pinyin of every Chinese word of the index (pinyin-pro reads each word as
 * a whole, so 银行 is yinhang, not yinxing). Words that sound alike share a key, the word more
 * articles hold first.
 */
export function buildPinyinTable(words: WordTable): PinyinTable {
  const table: Record<string, string[]> = {};
  const byUse = Object.keys(words)
    .filter((w) => hasHan(w) && /^\p{Script=Han}+$/u.test(w))
    .sort((a, b) => words[b]! - words[a]! || a.localeCompare(b));
  for (const word of byUse) {
    const key = pinyin(word, { toneType: 'none', type: 'array', v: true }).join('');
    if (/^[a-z]+$/.test(key)) (table[key] ??= []).push(word);
  }
  return table;
}
