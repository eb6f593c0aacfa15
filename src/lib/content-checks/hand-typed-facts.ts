import type { Fact } from '../facts.ts';
import { error, warning, type Finding } from './finding.ts';
import type { ProseLine } from './prose-lines.ts';
import { excerpt } from './register.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// How a figure's unit is written in each locale, so "3-5 business days", "3 to 5 business
// days" and "3 到 5 个工作日" are all recognized as the refund fact. Amounts and counts have no
// unit word of their own: for them only the fact's own wording is matched.
const unitWords: Record<string, Partial<Record<Fact['unit'], string>>> = {
  en: { 'business-days': 'business\\s+days?|working\\s+days?', days: 'days?', hours: 'hours?', minutes: 'minutes?', percent: '%|\\s*percent' },
  'zh-cn': { 'business-days': '个?工作日', days: '天', hours: '个?小时', minutes: '分钟', percent: '%|％' },
};

/** "3-5" as 3-5, 3–5, 3 to 5, 3 到 5, 3 至 5, 3~5; "48" as itself, never inside 148 or 4.8. */
function valuePattern(value: string): string {
  const parts = value.split(/\s*[-–~～]\s*/).map(escape);
  return `(?<![\\d.,])${parts.join('\\s*(?:-|–|—|~|～|to|到|至)\\s*')}(?![\\d.,]\\d)`;
}

/** Patterns that find a fact's figure typed by hand in one locale, or none for facts without a figure. */
export function factPatterns(facts: readonly Fact[], locale: string): { fact: Fact; pattern: RegExp }[] {
  // Only figures: "a few minutes" (chat-reply) is ordinary wording in "wait a few minutes".
  return facts
    .filter((fact) => /\d/.test(fact.value))
    .flatMap((fact) => {
      const unit = unitWords[locale]?.[fact.unit];
      const text = fact.text[locale] ?? fact.value;
      // Wording without a digit ("free") is an ordinary word, also inside others ("unfreeze").
      const wording = /\d/.test(text) ? `(?<![\\d.,])${escape(text).replace(/\s+/g, '\\s*')}` : undefined;
      const figure = unit ? `${valuePattern(fact.value)}\\s*(?:${unit})` : undefined;
      const either = [wording, figure].filter(Boolean).join('|');
      return either ? [{ fact, pattern: new RegExp(either, 'giu') }] : [];
    });
}

/**
 * A figure typed by hand where content/facts.yaml has it: an error in the body, whose fix is
 * the <Fact> component, and a warning in the title or description, which cannot hold
 * components and so go stale when the fact changes.
 */
export function handTypedFacts(file: string, locale: string, lines: readonly ProseLine[], facts: readonly Fact[]): Finding[] {
  const patterns = factPatterns(facts, locale);
  const findings: Finding[] = [];
  for (const line of lines) {
    // One figure can be two facts ("24 hours": the hotline, a pending payment): one finding
    // that names both, since only the writer knows which one the sentence means.
    const byMatch = new Map<string, { at: number; typed: string; ids: string[] }>();
    for (const { fact, pattern } of patterns) {
      for (const m of line.text.matchAll(pattern)) {
        const key = `${m.index}:${m[0].length}`;
        const found = byMatch.get(key) ?? { at: m.index, typed: m[0], ids: [] };
        found.ids.push(fact.id);
        byMatch.set(key, found);
      }
    }
    for (const { at, typed, ids } of byMatch.values()) {
      const where = excerpt(line.text, at, typed.length);
      const which = ids.length === 1 ? `the fact "${ids[0]}"` : `one of the facts ${ids.map((id) => `"${id}"`).join(', ')}`;
      const component = ids.map((id) => `<Fact id="${id}" />`).join(' or ');
      findings.push(
        line.field === 'body'
          ? error(file, line.number, 'body', `"${typed}" is typed by hand, but it is ${which} (${where}).`, `write ${component}, so a change in content/facts.yaml updates this article too.`)
          : warning(
              file,
              line.number,
              line.field,
              `"${typed}" repeats ${which}, which frontmatter cannot quote with <Fact> (${where}).`,
              `leave the figure to the article body (${component}), or update this ${line.field} whenever the fact changes.`,
            ),
      );
    }
  }
  return findings;
}
