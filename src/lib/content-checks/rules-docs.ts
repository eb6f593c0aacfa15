import { withGeneratedRegion } from './frontmatter-docs.ts';
import type { Rule } from './rule.ts';

/** The generated region of CONTRIBUTING.md that lists the rules; everything between the markers is rewritten. */
export const rulesMarkers = {
  start: '<!-- content-rules:start: generated from src/lib/content-checks/rules.ts by `npm run docs:rules`; do not edit by hand -->',
  end: '<!-- content-rules:end -->',
};

/** A fenced block long enough that a fence inside the example cannot close it. */
function block(text: string, lang: string): string {
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Summaries are Markdown: a bare `<tag>` outside code would vanish as HTML, so it is shown as code. */
const markdownSafe = (text: string) =>
  text
    .split('`')
    .map((part, i) => (i % 2 ? part : part.replace(/<[^<>\s][^<>]*>/g, (tag) => `\`${tag}\``)))
    .join('`');

/** Every rule with what it asks and a wrong and a right example, in the order the rule set runs them. */
export function renderRulesReference(rules: readonly Rule[]): string {
  return rules
    .map(({ name, summary, example }) =>
      [`### \`${name}\``, '', markdownSafe(summary), '', 'Wrong:', '', block(example.bad, example.lang ?? 'mdx'), '', 'Right:', '', block(example.good, example.lang ?? 'mdx')].join('\n'),
    )
    .join('\n\n');
}

/** The document with the rules reference replaced, or why it cannot be. */
export function withRulesReference(document: string, reference: string): string | { error: string } {
  return withGeneratedRegion(document, rulesMarkers, reference);
}
