import { lint } from 'markdownlint/sync';
import { error } from './finding.ts';
import type { Rule } from './rule.ts';

/**
 * markdownlint over whole files (it skips the frontmatter but keeps line numbers). The rules
 * and why some are relaxed live in content/.markdownlint.yaml, which editors' editors also read.
 * MD033 (inline HTML) stays on there for editors; here the components rule says the same with
 * the allowed components, so its findings are not repeated.
 */
export const markdownlintRule: Rule = {
  name: 'markdownlint',
  summary: 'The Markdown follows content/.markdownlint.yaml (headings with "#", a space after it, one style of lists…); each message links to the rule.',
  example: { bad: '#Reset your password', good: '## Reset your password' },
  content({ articles, input }) {
    const strings = Object.fromEntries(articles.map((a) => [a.file, a.text]));
    const results = lint({ strings, config: input.markdownlint, handleRuleFailures: true });
    return Object.entries(results).flatMap(([file, problems]) =>
      problems
        .filter((p) => !p.ruleNames.includes('MD033'))
        .map((p) =>
          error(
            file,
            p.lineNumber,
            p.ruleNames.slice(0, 2).join('/'),
            `${p.ruleDescription}${p.errorDetail ? ` (${p.errorDetail})` : ''}${p.errorContext ? `: "${p.errorContext}"` : ''}.`,
            `change the line to follow the rule, explained at ${p.ruleInformation ?? 'https://github.com/DavidAnson/markdownlint'}.`,
          ),
        ),
    );
  },
};
