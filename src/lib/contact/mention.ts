import { fill } from '../message-format.ts';

/**
 * How an article names a support channel inside a sentence, in any language: the label, in
 * lower case mid-sentence where the language has case, and an optional status in the
 * language's own brackets. The words come from src/i18n ("mention.*"), the rules from here.
 */

export interface MentionWords {
  /** The status wrapped for the sentence, e.g. " ({status})" or "（{status}）". */
  wrap: string;
}

/** "Live chat" → "live chat" mid-sentence; acronyms ("SMS") and caseless scripts stay as written. */
export function mentionLabel(label: string, lang: string, sentenceStart = false): string {
  const [first = '', second = ''] = [...label];
  if (sentenceStart) return first.toLocaleUpperCase(lang) + label.slice(first.length);
  const acronym = second !== '' && second === second.toLocaleUpperCase(lang) && second !== second.toLocaleLowerCase(lang);
  return acronym ? label : first.toLocaleLowerCase(lang) + label.slice(first.length);
}

/** The status as it follows the label: "(closed now, opens 08:00 your time)" / "（暂停服务…）". */
export function mentionStatus(status: string, words: MentionWords): string {
  return fill(words.wrap, { status });
}

/** True when a label reads differently at a sentence start, i.e. the language has case. */
export function labelHasCase(label: string, lang: string): boolean {
  return mentionLabel(label, lang, true) !== mentionLabel(label, lang, false);
}
