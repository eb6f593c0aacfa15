import { z } from 'zod';
import type { Home } from '../lib/library.ts';

/** `content/home.yaml`: what the home page features. */
export const homeSchema = z.object({
  popular: z
    .array(
      z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, {
        error: 'A popular article is named "<category>/<slug>", e.g. "signing-in/reset-password".',
      }),
    )
    .min(1, { error: 'List at least one popular article.' })
    .describe('Articles featured on every home page, as "<category>/<slug>", in display order.'),
}) satisfies z.ZodType<Home>;

export type { Home } from '../lib/library.ts';
