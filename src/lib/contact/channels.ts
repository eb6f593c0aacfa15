import type { Contact, ContactChannelData } from '../../schemas/contact.ts';
import type { Category } from '../../schemas/category.ts';
import { ContentError } from '../content-error.ts';

/** The channel a category recommends; a category naming an unknown channel is an editor error. */
export function recommendedChannel(category: Category, contact: Contact, contentDir: string): ContactChannelData {
  const channel = contact.channels.find((c) => c.id === category.channel);
  if (!channel) {
    throw new ContentError(
      `${contentDir}categories.yaml`,
      `${category.id}.channel`,
      `"${category.channel}" is not a channel in contact.yaml.`,
      `use one of ${contact.channels.map((c) => c.id).join(', ')}.`,
    );
  }
  return channel;
}
