import { hasHan } from './text.ts';

/** Traditional → Simplified character table, limited at build time to characters the index uses. */
export type T2sTable = Readonly<Record<string, string>>;

/** Rewrites Traditional characters to the Simplified ones the index holds; other text is kept. */
export function toSimplified(text: string, table: T2sTable): string {
  if (!hasHan(text)) return text;
  let out = '';
  for (const char of text) out += table[char] ?? char;
  return out;
}
