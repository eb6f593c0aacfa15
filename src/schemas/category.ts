import { z } from 'zod';
import { iconNames } from '../lib/icons.ts';
import type { Category } from '../lib/library.ts';
import { reservedSegments, slugPattern } from '../lib/routes.ts';
import { localizedText } from './localized.ts';

/** One entry of `content/categories.yaml`. The folder `content/<locale>/<id>/` holds its articles. */
export function categorySchema(localeCodes: readonly string[]) {
  return z.object({
    id: z
      .string()
      .regex(slugPattern, { error: 'id is lower-case words joined by hyphens, e.g. "signing-in".' })
      .refine((id) => !(reservedSegments as readonly string[]).includes(id), {
        error: `id may not be one of the reserved page names (${reservedSegments.join(', ')}): pick another.`,
      })
      .describe('URL segment and folder name of the category, e.g. "signing-in".'),
    order: z
      .int({ error: 'order is a whole number; lower numbers come first.' })
      .min(0)
      .default(100)
      .describe('Position on the home page; lower first.'),
    icon: z
      .enum(iconNames, { error: `icon must be one of: ${iconNames.join(', ')}.` })
      .default('globe')
      .describe('Icon shown on the category card.'),
    name: localizedText(localeCodes, 'category name').describe('Category name per locale.'),
    description: localizedText(localeCodes, 'category description').describe(
      'One sentence per locale that says what the category answers.',
    ),
    channel: z
      .string({ error: 'channel is the id of a support channel in contact.yaml, e.g. "chat".' })
      .regex(slugPattern, { error: 'channel is the id of a support channel in contact.yaml, e.g. "email".' })
      .default('chat')
      .describe(
        'Support channel (an id from contact.yaml) recommended under every article of the category: e.g. phone for urgent security problems, email for refunds and disputes, chat for quick questions.',
      ),
    scamWarning: z
      .boolean({ error: 'scamWarning is true or false.' })
      .default(false)
      .describe('Show the "OKPay never asks for your password" anti-scam notice on the category page and its articles.'),
  }) satisfies z.ZodType<Category>;
}

export type { Category } from '../lib/library.ts';
