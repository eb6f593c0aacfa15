import { error, type Finding } from './finding.ts';
import type { Rule } from './rule.ts';

/**
 * Ten times the longest article at launch (2,900 characters). Longer pages slow every search
 * (Pagefind indexes the whole body) and bury the answer under a long table of contents.
 */
export const maxArticleCharacters = 30_000;

export const bodyRule: Rule = {
  name: 'body',
  summary: `An article has text after its frontmatter, and at most ${maxArticleCharacters.toLocaleString('en-US')} characters: one question per article.`,
  example: {
    bad: '---\ntitle: Withdraw money\ndescription: …\n---\n',
    good: '---\ntitle: Withdraw money\ndescription: …\n---\n\nOpen **Wallet** and select **Withdraw**.',
  },
  article({ file, source, text }) {
    const findings: Finding[] = [];
    if (source.frontmatter !== undefined && source.body.every((line) => !line.text.trim())) {
      findings.push(error(file, source.body[0]?.number ?? source.lines.length, 'body', 'the article has no text.', 'write the answer below the frontmatter, or delete the file.'));
    }
    const length = [...text].length;
    if (length > maxArticleCharacters) {
      findings.push(
        error(
          file,
          1,
          'body',
          `the article is ${length.toLocaleString('en-US')} characters; the limit is ${maxArticleCharacters.toLocaleString('en-US')}.`,
          'split it into articles that each answer one question, and link them with <ArticleLink to="<category>/<slug>" />.',
        ),
      );
    }
    return findings;
  },
};
