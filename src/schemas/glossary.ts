import { z } from 'zod';
import type { Glossary, GlossaryEntry } from '../lib/content-checks/glossary.ts';

const term = z
  .string({ error: 'A term is text, e.g. 帐户 or "log in".' })
  .trim()
  .min(1, { error: 'The term is empty: write it or remove the line.' });

/** One term editors should not use, and the one they should use instead. */
export const glossaryEntrySchema = z
  .object({
    avoid: z
      .union([term, z.array(term).min(1, { error: 'avoid needs at least one term.' })], {
        error: 'avoid is a term or a list of terms, e.g. 帐户 or [log in, logged in].',
      })
      .transform((v) => (typeof v === 'string' ? [v] : v))
      .describe('The term (or spellings of it) that articles must not use.'),
    prefer: z
      .string({ error: 'prefer is the term to write instead, e.g. 账户 or "sign in".' })
      .trim()
      .min(1, { error: 'prefer is empty: write the term to use instead.' })
      .describe('What to write instead; check:content offers it as the fix.'),
    why: z.string().trim().optional().describe('Why, for editors (shown with the fix).'),
  })
  .strict() satisfies z.ZodType<GlossaryEntry>;

/**
 * `content/glossary.yaml`: preferred terms per locale. check:content reports every avoided term
 * in the title, description and body of that locale's articles (not in keywords, which hold the
 * words customers type).
 */
export function glossarySchema(localeCodes: readonly string[]) {
  const shape: Record<string, z.ZodDefault<z.ZodArray<typeof glossaryEntrySchema>>> = {};
  for (const code of localeCodes) {
    shape[code] = z
      .array(glossaryEntrySchema, { error: `${code} is a list of entries, each with avoid and prefer.` })
      .default([])
      .describe(`Terms for ${code} articles.`);
  }
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `The glossary has one list per locale: ${localeCodes.join(', ')}; remove or rename ${issue.keys.join(', ')}.` : undefined),
  }) satisfies z.ZodType<Glossary>;
}

export type { Glossary, GlossaryEntry } from '../lib/content-checks/glossary.ts';
