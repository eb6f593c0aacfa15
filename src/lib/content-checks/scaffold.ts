import { parseArticlePath } from '../article-path.ts';

export interface NewArticlePlan {
  /** Paths inside the content folder with the text to write. */
  files: { path: string; text: string }[];
}

export interface ScaffoldContext {
  locales: readonly string[];
  categories: readonly string[];
  /** Paths inside the content folder that already exist. */
  exists: (path: string) => boolean;
  /** YYYY-MM-DD */
  today: string;
}

/**
 * The files `npm run new -- <category>/<slug>` writes: one per locale, with valid frontmatter and
 * TODO placeholders that keep `npm run check:content` failing until the article is written.
 */
export function planNewArticle(target: string, context: ScaffoldContext): NewArticlePlan | { error: string } {
  const key = target.trim().replace(/^\/+|\/+$/g, '').replace(/\.mdx?$/, '');
  const [category = '', slug, ...rest] = key.split('/');
  if (!slug || rest.length) return { error: `"${target}" is not <category>/<slug>. Example: npm run new -- signing-in/reset-password` };
  const path = parseArticlePath(`${context.locales[0]}/${key}.mdx`);
  if ('error' in path) return { error: path.error };
  if (!context.categories.includes(category)) {
    return { error: `"${category}" is not a category. Use one of: ${context.categories.join(', ')} (or add it to content/categories.yaml first).` };
  }
  const taken = context.locales.flatMap((l) => [`${l}/${key}.mdx`, `${l}/${key}.md`]).filter(context.exists);
  if (taken.length) return { error: `${taken.join(', ')} already exist(s): edit the article instead, or pick another slug.` };
  return { files: context.locales.map((locale) => ({ path: `${locale}/${key}.mdx`, text: scaffold(slug, context.today) })) };
}

const humanize = (slug: string) => slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

function scaffold(slug: string, today: string): string {
  return `---
title: "TODO: ${humanize(slug)}"
description: "TODO: one sentence that answers the question, shown in search results."
order: 100
updated: ${today}
keywords: []
---

TODO: answer the question in one sentence.

## TODO: the task, e.g. Reset your password

<Steps>

1. TODO: first step.
2. TODO: next step.

</Steps>

## TODO: If it didn't work

TODO: what to try next, a related article (\`<ArticleLink to="category/slug" />\`) and the right channel (\`<ContactChannel channel="email" />\`).
`;
}
