import type { Fact } from '../../schemas/facts.ts';
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
    .map((fact) => {
      const unit = unitWords[locale]?.[fact.unit];
      const wording = `(?<![\\d.,])${escape(fact.text[locale] ?? fact.value).replace(/\s+/g, '\\s*')}`;
      const figure = unit ? `${valuePattern(fact.value)}\\s*(?:${unit})` : undefined;
      return { fact, pattern: new RegExp(figure ? `${wording}|${figure}` : wording, 'giu') };
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
    for (const { fact, pattern } of patterns) {
      for (const m of line.text.matchAll(pattern)) {
        const where = excerpt(line.text, m.index, m[0].length);
        findings.push(
          line.field === 'body'
            ? error(file, line.number, 'body', `"${m[0]}" is typed by hand, but it is the fact "${fact.id}" (${where}).`, `write <Fact id="${fact.id}" />, so a change in content/facts.yaml updates this article too.`)
            : warning(
                file,
                line.number,
                line.field,
                `"${m[0]}" repeats the fact "${fact.id}", which frontmatter cannot quote with <Fact> (${where}).`,
                `leave the figure to the article body (<Fact id="${fact.id}" />), or update this ${line.field} whenever the fact changes.`,
              ),
        );
      }
    }
  }
  return findings;
}
