import { error } from './finding.ts';
import type { Rule } from './rule.ts';

export const syntaxRule: Rule = {
  name: 'syntax',
  summary:
    'The article parses as MDX (or Markdown for .md): every component tag is closed, and a literal "{", "<" or "}" in text is escaped with a backslash.',
  example: {
    bad: '<Callout type="tip">\n\nUse the app.',
    good: '<Callout type="tip">\n\nUse the app.\n\n</Callout>',
  },
  article({ file, parseError }) {
    if (!parseError) return [];
    return [
      {
        ...error(
          file,
          parseError.line,
          'syntax',
          `the article cannot be read: ${parseError.message}.`,
          'close every component you open (<Steps> … </Steps>), and write a literal "{", "}" or "<" as "\\{", "\\}" or "\\<".',
        ),
        column: parseError.column,
      },
    ];
  },
};
