import { z } from 'zod';
import { slugPattern } from '../lib/routes.ts';
import { localizedText } from './localized.ts';

/** `content/contact.yaml`: the official support channels, the one source for contact data. */
export function contactSchema(localeCodes: readonly string[]) {
  const channel = z.object({
    id: z
      .string()
      .regex(slugPattern, { error: 'id is lower-case words joined by hyphens, e.g. "email".' })
      .describe('Stable name used by articles (<ContactChannel channel="email" />) and page anchors.'),
    label: localizedText(localeCodes, 'channel label').describe('Name of the channel per locale.'),
  });
  return z.object({
    channels: z
      .array(channel)
      .min(1, { error: 'List at least one support channel.' })
      .describe('Support channels in the order the contact page shows them.'),
  });
}

export type Contact = z.output<ReturnType<typeof contactSchema>>;
export type ContactChannelData = Contact['channels'][number];
