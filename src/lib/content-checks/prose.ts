import { error } from './finding.ts';
import { lineOf, walk } from './mdx.ts';
import type { Rule } from './rule.ts';

/** Images a reader using a screen reader would miss: no alt text, or only blanks. */
export const imageAltRule: Rule = {
  name: 'image-alt',
  summary: "Every image has alt text in the article's language that says what it shows.",
  example: { bad: '![](/images/checkout.png)', good: '![The "Pay" button under the order total](/images/checkout.png)' },
  article({ file, tree }) {
    if (!tree) return [];
    return [...walk(tree)]
      .filter((node) => node.type === 'image' && !(node.alt ?? '').trim())
      .map((node) =>
        error(
          file,
          lineOf(node),
          'image',
          `the image "${node.url}" has no alt text.`,
          `describe what the image shows, in the article's language, e.g. ![The "Forgot password" link under the password field](${node.url}).`,
        ),
      );
  },
};

const todo = /\bTODO\b/;
const yamlKey = /^([A-Za-z_][\w-]*)\s*:/;

/** A TODO marks unfinished text (`npm run new` writes them), so it must never be published. */
export const todoRule: Rule = {
  name: 'todo',
  summary: 'No TODO is left anywhere in an article (`npm run new` writes them as placeholders).',
  example: { bad: 'Refunds take TODO days.', good: 'Refunds take <Fact id="refund-completion" />.' },
  article({ file, source }) {
    const bodyStart = source.body[0]?.number ?? Infinity;
    return source.lines
      .filter((line) => todo.test(line.text))
      .map((line) =>
        error(
          file,
          line.number,
          line.number < bodyStart ? (yamlKey.exec(line.text)?.[1] ?? 'frontmatter') : 'body',
          'a TODO is left in the text.',
          'write the missing text and delete the TODO marker.',
        ),
      );
  },
};
