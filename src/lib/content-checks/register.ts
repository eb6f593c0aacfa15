import { error, type Finding } from './finding.ts';
import type { ProseLine } from './prose-lines.ts';

// 你们 and 你的 read as one word; 迷你 ("mini") is not a form of address.
const informal = /(?<!迷)你(?:们|的)?/gu;
const polite: Record<string, string> = { 你: '您', 你的: '您的', 你们: '您' };

/**
 * Chinese copy addresses the reader as 您, as Alipay and WeChat Pay do: every 你 (你的, 你们) in
 * the prose of a Chinese article is an error with the polite form as the fix.
 */
export function informalAddress(file: string, locale: string, lines: readonly ProseLine[]): Finding[] {
  if (!locale.startsWith('zh')) return [];
  return lines.flatMap((line) =>
    [...line.text.matchAll(informal)].map((m) =>
      error(
        file,
        line.number,
        line.field,
        `"${m[0]}" addresses the reader informally (${excerpt(line.text, m.index, m[0].length)}).`,
        `write "${polite[m[0]]}": Chinese copy addresses the reader as 您 throughout.`,
      ),
    ),
  );
}

/** The match with a few characters either side, so the editor finds it in a long line. */
export function excerpt(text: string, index: number, length = 1, width = 5): string {
  const chars = [...text];
  const start = [...text.slice(0, index)].length;
  const end = start + [...text.slice(index, index + length)].length;
  return `“${chars.slice(Math.max(0, start - width), end + width).join('').trim()}”`;
}
