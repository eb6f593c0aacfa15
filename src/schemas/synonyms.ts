import { z } from 'zod';
import type { Synonyms } from '../lib/search/synonyms.ts';

/**
 * `content/search/synonyms.<locale>.yaml`: words customers type that the articles phrase
 * differently. Each query containing one of `words` is also searched with it replaced by `means`.
 */
export const synonymsSchema = z
  .array(
    z.object({
      means: z
        .string({ error: 'means is the word the articles use, e.g. "提现" or "sign in".' })
        .trim()
        .min(1, { error: 'means is empty: write the word the articles use.' })
        .describe('The word or phrase the articles use (what the index knows).'),
      words: z
        .array(z.string().trim().min(1, { error: 'Remove the empty word.' }), {
          error: 'words is a list of what customers type instead, e.g. [取款, 提款, 出金].',
        })
        .min(1, { error: 'words needs at least one word customers type instead of `means`.' })
        .describe('What customers type instead (colloquial words, abbreviations, other phrasings).'),
    }),
    { error: 'The file is a list of entries, each with `means` and `words`.' },
  )
  .default([])
  .describe('Synonym table of one locale, applied to every search query.') satisfies z.ZodType<Synonyms>;

export type { Synonyms } from '../lib/search/synonyms.ts';
