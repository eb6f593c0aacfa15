import { z } from 'zod';
import { slugPattern } from '../lib/routes.ts';
import { localizedText } from './localized.ts';

/**
 * `content/guides/<id>.yaml`: a guided troubleshooter. The file name is its id and URL
 * (`/<locale>/guides/<id>/`). The reader starts at `start` and answers questions until a step
 * that ends the guide: an answer, an article to read and/or a support channel. Whether every
 * path really ends (no dead ends, no loops, links that exist) is checked by src/lib/guides/tree.ts.
 */

const stepId = (what: string) =>
  z
    .string({ error: `${what} is the id of a step under "steps", e.g. withdrawal-late.` })
    .regex(slugPattern, { error: `${what} is a step id: lower-case words joined by hyphens, e.g. withdrawal-late.` });

export function guideOptionSchema(localeCodes: readonly string[]) {
  return z
    .object({
      label: localizedText(localeCodes, 'option label').describe('What the reader picks, per locale, e.g. { zh-cn: 提现, en: A withdrawal }.'),
      next: stepId('next').describe('The step this choice leads to (a key under "steps").'),
    })
    .strict();
}

export function guideStepSchema(localeCodes: readonly string[]) {
  return z
    .object({
      question: localizedText(localeCodes, 'question')
        .optional()
        .describe('A question step: what to ask, per locale. Needs "options".'),
      hint: localizedText(localeCodes, 'hint').optional().describe('Optional help under a question, per locale.'),
      options: z
        .array(guideOptionSchema(localeCodes), { error: 'options is a list of choices, each with a label and next.' })
        .min(2, { error: 'A question needs at least two options; with one, turn the step into the answer itself.' })
        .optional()
        .describe('A question step: the choices, in the order shown.'),
      answer: localizedText(localeCodes, 'answer')
        .optional()
        .describe('An end step: what to do, in one or two sentences per locale.'),
      article: z
        .string({ error: 'article is "<category>/<slug>" of an article, e.g. withdrawals/withdrawal-delayed.' })
        .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'article is "<category>/<slug>", e.g. withdrawals/withdrawal-delayed.' })
        .optional()
        .describe('An end step: the article that solves it (its path under content/<locale>/ without .mdx).'),
      channel: z
        .string({ error: 'channel is the id of a support channel in contact.yaml, e.g. "email".' })
        .regex(slugPattern, { error: 'channel is the id of a support channel in contact.yaml, e.g. "email".' })
        .optional()
        .describe('An end step: the support channel to contact (an id from contact.yaml).'),
    })
    .strict()
    .superRefine((step, ctx) => {
      const isQuestion = step.question !== undefined || step.options !== undefined;
      const isEnd = step.answer !== undefined || step.article !== undefined || step.channel !== undefined;
      if (isQuestion && isEnd) {
        ctx.addIssue({
          code: 'custom',
          message: 'A step is either a question (question + options) or an end (answer, article, channel), not both: split it into two steps.',
        });
      } else if (!isQuestion && !isEnd) {
        ctx.addIssue({
          code: 'custom',
          message: 'This step leads nowhere: give it a question with options, or end the guide with an answer, an article or a channel.',
        });
      } else if (isQuestion && (step.question === undefined || step.options === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [step.question === undefined ? 'question' : 'options'],
          message: 'A question step needs both "question" and at least two "options".',
        });
      } else if (isEnd && step.answer === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: 'An end step needs an "answer": one or two sentences per locale saying what to do, even when it links an article or a channel.',
        });
      }
    });
}

export function guideSchema(localeCodes: readonly string[]) {
  return z
    .object({
      title: localizedText(localeCodes, 'guide title').describe('The situation in the reader\'s words, per locale, e.g. { en: My money has not arrived }.'),
      description: localizedText(localeCodes, 'guide description').describe('One sentence per locale: what the guide helps with.'),
      categories: z
        .array(z.string().regex(slugPattern, { error: 'Each category is an id from categories.yaml, e.g. withdrawals.' }), {
          error: 'categories is a list of category ids from categories.yaml, e.g. [withdrawals, payments].',
        })
        .min(1, { error: 'List at least one category: the guide is linked from those category pages.' })
        .describe('Categories whose pages link to this guide (ids from categories.yaml).'),
      keywords: z
        .partialRecord(z.enum(localeCodes as [string, ...string[]]), z.array(z.string().trim().min(1)), {
          error: `keywords lists words per locale (${localeCodes.join(', ')}), e.g. { en: [not arrived] }.`,
        })
        .default({})
        .describe('Words customers type for this situation, per locale: a search containing one suggests the guide.'),
      order: z.int({ error: 'order is a whole number; lower comes first.' }).min(0).default(100).describe('Position in guide lists; lower first.'),
      start: stepId('start').describe('The first step (a key under "steps").'),
      steps: z
        .record(stepId('Each key under steps'), guideStepSchema(localeCodes), {
          error: 'steps maps step ids to steps: a question with options, or an end with an answer.',
        })
        .describe('Every step of the guide by id.'),
    })
    .strict();
}

export type Guide = z.output<ReturnType<typeof guideSchema>>;
export type GuideStep = z.output<ReturnType<typeof guideStepSchema>>;
