import { z } from 'zod';
import type { ArticleFrontmatter } from '../lib/library.ts';

/**
 * Frontmatter of an article, `content/<locale>/<category>/<slug>.mdx`. The locale, category and
 * slug come from the path, so they are not repeated here.
 */
export const articleSchema = z.object({
  title: z
    .string({ error: 'Add a title: the question or task the article answers, e.g. "Reset a forgotten password".' })
    .trim()
    .min(1, { error: 'title is empty: write the question or task the article answers.' })
    .max(50, {
      error: 'title is longer than 50 characters: shorten it (with " | OKPay Help Center" it must fit a 70-character browser tab and search result); put detail in the description.',
    })
    .describe('Page heading and search result title.'),
  description: z
    .string({ error: 'Add a description: one sentence that answers the question (shown in search results and to search engines).' })
    .trim()
    .min(1, { error: 'description is empty: write one sentence that answers the question.' })
    .describe('One-sentence answer, used as meta description and search snippet.'),
  order: z
    .int({ error: 'order is a whole number; lower numbers come first in the category.' })
    .min(0, { error: 'order cannot be negative.' })
    .default(100)
    .describe('Position within the category; lower first, ties by title.'),
  updated: z.coerce
    .date({ error: 'updated is a date written as YYYY-MM-DD, e.g. 2026-11-01.' })
    .optional()
    .describe('Date of the last meaningful change (YYYY-MM-DD).'),
  keywords: z
    .array(z.string().trim().min(1, { error: 'Remove the empty keyword.' }), {
      error: 'keywords is a list, e.g. [取款, 提款] or one "- word" per line.',
    })
    .default([])
    .describe('Extra words customers type for this topic (synonyms, colloquial terms); indexed for search.'),
  untranslated: z
    .boolean({ error: 'untranslated is true or false.' })
    .default(false)
    .describe(
      'Set to true on an article that intentionally has no translation yet; other locales then show this original with a notice instead of failing the translation check.',
    ),
  redirectFrom: z
    .array(
      z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'redirectFrom lists old addresses as "old-slug" (same category) or "old-category/old-slug", lower-case words joined by hyphens.',
      }),
      { error: 'redirectFrom is a list, e.g. [old-slug] or [old-category/old-slug].' },
    )
    .default([])
    .describe(
      'Previous addresses of this article in the same locale; each gets a permanent redirect to the current one, so old links and search results keep working.',
    ),
  support: z
    .array(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'support lists channel ids from content/contact.yaml, e.g. [phone, chat].',
      }),
      { error: 'support is a list of channel ids, e.g. [phone, chat].' },
    )
    .min(1, { error: 'support is empty: name at least one channel, or remove the field to use the category\'s channel.' })
    .optional()
    .describe(
      "Support channels the article's help box offers (ids in content/contact.yaml), most fitting first. Defaults to the category's channel; name every channel the text sends the reader to.",
    ),
  draft: z
    .boolean({ error: 'draft is true or false.' })
    .default(false)
    .describe('Drafts show in `npm run dev` only and are never published.'),
}) satisfies z.ZodType<ArticleFrontmatter>;

export type { ArticleFrontmatter } from '../lib/library.ts';
