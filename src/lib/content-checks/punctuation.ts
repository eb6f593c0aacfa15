import { error, type Finding } from './finding.ts';
import type { ProseLine } from './prose-lines.ts';
import { excerpt } from './register.ts';

const fullWidth: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）', '...': '……' };

// Chinese text: Han characters and the full-width forms and quotes that belong to them.
const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u;

/**
 * Whether a half-width mark at `index` sits in Chinese text. A mark right after Chinese (资料,)
 * always does; one before Chinese (OKPay, 核对 / (IME) 输入) does too, except a period,
 * which in "e.g. 例如" or "okpay.example 上" belongs to the Latin text before it.
 */
function inChinese(text: string, index: number, mark: string): boolean {
  const before = text[index - 1] ?? '';
  const after = text.slice(index + mark.length).trimStart()[0] ?? '';
  if (mark === '!' && after === '[') return false; // ![image](…)
  if (chinese.test(before)) return true;
  return mark !== '.' && mark !== '...' && chinese.test(after);
}

/**
 * Chinese articles use full-width punctuation: a half-width comma, period, colon, semicolon,
 * question or exclamation mark or parenthesis next to Chinese text is an error with the
 * full-width mark as the fix. Numbers (3.5, 10:30), URLs and code are not touched.
 */
export function halfWidthPunctuation(file: string, locale: string, lines: readonly ProseLine[]): Finding[] {
  if (!locale.startsWith('zh')) return [];
  const findings: Finding[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(/\.\.\.|[,.:;?!()]/g)) {
      if (!inChinese(line.text, m.index, m[0])) continue;
      findings.push(
        error(
          file,
          line.number,
          line.field,
          `half-width "${m[0]}" in Chinese text (${excerpt(line.text, m.index, m[0].length)}).`,
          `write "${fullWidth[m[0]]}": Chinese text uses full-width punctuation.`,
        ),
      );
    }
  }
  return findings;
}
