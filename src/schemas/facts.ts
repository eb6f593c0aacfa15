import { z } from 'zod';
import { factUnits, type Fact } from '../lib/facts.ts';
import { localizedText } from './localized.ts';

/**
 * `content/facts.yaml`: the time frames, fees, limits and amounts that articles quote. An
 * article writes `<Fact id="refund-completion" />` instead of typing the figure, so one edit
 * here changes every article in every language.
 */
export function factSchema(localeCodes: readonly string[]) {
  return z
    .object({
      id: z
        .string({ error: 'Give the fact an id: lower-case words joined by hyphens, e.g. refund-completion.' })
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: 'A fact id is lower-case words joined by hyphens, e.g. refund-completion.',
        })
        .describe('How articles name the fact: <Fact id="…" />.'),
      value: z
        .string({ error: 'value is the figure as text, e.g. "3-5" or "48": quote it.' })
        .trim()
        .min(1, { error: 'value is empty: write the figure, e.g. "3-5".' })
        .describe('The figure itself ("3-5", "48"), for tools and reports.'),
      unit: z
        .enum(factUnits, { error: `unit is one of: ${factUnits.join(', ')}.` })
        .describe('What the value counts.'),
      text: localizedText(localeCodes, 'wording of the fact').describe(
        'How the fact reads inside a sentence, per locale, e.g. { zh-cn: 3 到 5 个工作日, en: 3-5 business days }.',
      ),
      placeholder: z
        .boolean({ error: 'placeholder is true or false.' })
        .default(false)
        .describe('true while OKPay has not confirmed the figure; a production build lists and refuses these.'),
      source: z
        .string()
        .trim()
        .optional()
        .describe('Where the figure comes from (the content brief, a policy page), for reviewers.'),
    })
    .strict() satisfies z.ZodType<Fact>;
}

export type { Fact } from '../lib/facts.ts';
