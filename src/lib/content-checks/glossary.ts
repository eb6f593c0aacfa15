import { error, type Finding } from './finding.ts';
import type { ProseLine } from './prose-lines.ts';
import { excerpt } from './register.ts';

/** One term editors should not use, and the one they should use instead (content/glossary.yaml, src/schemas/glossary.ts). */
export interface GlossaryEntry {
  avoid: string[];
  prefer: string;
  /** Why, shown with the fix. */
  why?: string | undefined;
}

/** Glossary entries per locale code. */
export type Glossary = Record<string, GlossaryEntry[]>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A term as a pattern: Chinese terms match anywhere (Chinese has no spaces between words),
 * others as whole words, ignoring case ("Log in" at the start of a sentence too).
 */
function termPattern(term: string): RegExp {
  if (/\p{Script=Han}/u.test(term)) return new RegExp(escape(term), 'gu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every avoided term of the locale's glossary in the article's prose, with the preferred term as the fix. */
export function glossaryTerms(file: string, locale: string, lines: readonly ProseLine[], glossary: Readonly<Record<string, readonly GlossaryEntry[]>>): Finding[] {
  const entries = (glossary[locale] ?? []).flatMap((entry) => entry.avoid.map((term) => ({ entry, pattern: termPattern(term) })));
  const findings: Finding[] = [];
  for (const line of lines) {
    for (const { entry, pattern } of entries) {
      for (const m of line.text.matchAll(pattern)) {
        findings.push(
          error(
            file,
            line.number,
            line.field,
            `"${m[0]}" is not the term this help center uses (${excerpt(line.text, m.index, m[0].length)}).`,
            `write "${entry.prefer}"${entry.why ? ` (${entry.why})` : ''}; content/glossary.yaml lists the preferred terms.`,
          ),
        );
      }
    }
  }
  return findings;
}
