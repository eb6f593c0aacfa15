import { error } from './finding.ts';
import type { Rule } from './rule.ts';

/** What buildLibrary() refuses: files outside a locale or category, popular articles a locale lacks. */
export const placementRule: Rule = {
  name: 'placement',
  summary:
    'An article lives at `content/<locale>/<category>/<slug>.mdx`: a configured locale, a category of categories.yaml and a lower-case slug; every popular article of home.yaml exists in every locale.',
  example: { bad: 'content/en/billing/Invoice_Help.mdx', good: 'content/en/payments/invoices.mdx', lang: 'text' },
  content({ libraryProblems, data }) {
    return libraryProblems.map((p) => {
      const line = p.file.endsWith('home.yaml') ? (data.yaml.get('home.yaml')?.lineOf(['popular']) ?? 1) : 1;
      return error(p.file, line, p.field, p.problem, p.fix);
    });
  },
};

/** `reset-password.md` beside `reset-password.mdx` is one article id: the build would keep only one. */
export const oneSourceRule: Rule = {
  name: 'one-source',
  summary: 'Each article has one source file: a .md and a .mdx with the same name would silently replace each other.',
  example: {
    bad: 'content/en/signing-in/reset-password.md\ncontent/en/signing-in/reset-password.mdx',
    good: 'content/en/signing-in/reset-password.mdx',
    lang: 'text',
  },
  content({ articles }) {
    const paths = new Set(articles.map((a) => a.path));
    return articles
      .filter((a) => a.format === 'md' && paths.has(`${a.path}x`))
      .map((a) =>
        error(
          a.file,
          1,
          'file',
          `${a.path} and ${a.path}x are the same article; only one of them would be published.`,
          `keep one file: move any text you need into ${a.path}x and delete ${a.path}.`,
        ),
      );
  },
};
