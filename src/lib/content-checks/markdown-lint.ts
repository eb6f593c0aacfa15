import type { Configuration } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import { error, type Finding } from './finding.ts';

/**
 * markdownlint over whole files (it skips the frontmatter but keeps line numbers). The rules
 * and why some are relaxed live in content/.markdownlint.yaml, which editors' editors also read.
 */
export function markdownLint(files: ReadonlyMap<string, string>, config: Configuration): Finding[] {
  const results = lint({ strings: Object.fromEntries(files), config, handleRuleFailures: true });
  return Object.entries(results).flatMap(([file, problems]) =>
    problems.map((p) =>
      error(
        file,
        p.lineNumber,
        p.ruleNames.slice(0, 2).join('/'),
        `${p.ruleDescription}${p.errorDetail ? ` (${p.errorDetail})` : ''}${p.errorContext ? `: "${p.errorContext}"` : ''}.`,
        `change the line to follow the rule, explained at ${p.ruleInformation ?? 'https://github.com/DavidAnson/markdownlint'}.`,
      ),
    ),
  );
}
