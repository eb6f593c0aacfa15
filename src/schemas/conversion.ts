import { z } from 'zod';

const han = /\p{Script=Han}/u;

/**
 * `content/conversion/<locale>.yaml`: the terms OpenCC converts into words the readers of a
 * generated locale (zh-hk, zh-tw) do not use in payments. Wherever the Simplified source says
 * `simplified`, the generated text says `traditional`; longer terms win over shorter ones.
 */
export const phraseTableSchema = z
  .array(
    z
      .object({
        simplified: z
          .string({ error: 'simplified is the Simplified term as the zh-cn texts write it, e.g. 账户.' })
          .trim()
          .min(1, { error: 'simplified is empty: write the zh-cn term, e.g. 账户.' })
          .refine((text) => han.test(text), { error: 'simplified must contain Chinese characters, e.g. 账户.' })
          .describe('The term as the Simplified (zh-cn) texts write it.'),
        traditional: z
          .string({ error: 'traditional is the term readers of this locale write, e.g. 帳戶.' })
          .trim()
          .min(1, { error: 'traditional is empty: write the term readers of this locale use, e.g. 帳戶.' })
          .describe('What the generated text says instead of what OpenCC would make of it.'),
        why: z.string().trim().optional().describe('Why, for editors: what OpenCC writes and who says otherwise.'),
      })
      .strict(),
    { error: 'The file is a list of entries, each with `simplified` and `traditional`.' },
  )
  .default([])
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.simplified)) {
        ctx.addIssue({ code: 'custom', path: [index, 'simplified'], message: `${entry.simplified} is listed twice: keep one entry.` });
      }
      seen.add(entry.simplified);
    });
  })
  .describe('Phrase table of one generated locale: fixes applied before OpenCC converts the rest.');

export type PhraseTable = z.output<typeof phraseTableSchema>;
