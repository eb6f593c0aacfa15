import type { Contact, ContactChannelData } from '../../schemas/contact.ts';
import type { Category } from '../../schemas/category.ts';
import { ContentError } from '../content-error.ts';

/** The channel ids an article's help box offers: its `support` list, else its category's channel. */
export function supportIds(support: readonly string[] | undefined, category: Pick<Category, 'channel'>): string[] {
  return support ? [...new Set(support)] : [category.channel];
}

/** An article is urgent when the first channel it offers is the one for urgent problems. */
export function isUrgent(ids: readonly string[], channels: readonly Pick<ContactChannelData, 'id' | 'urgent'>[]): boolean {
  return channels.find((c) => c.id === ids[0])?.urgent === true;
}

/** The help box's channels in the article's order; an unknown id is an editor error naming the file. */
export function supportChannels(
  support: readonly string[] | undefined,
  category: Category,
  contact: Contact,
  where: { file: string; contentDir: string },
): ContactChannelData[] {
  return supportIds(support, category).map((id) => {
    const channel = contact.channels.find((c) => c.id === id);
    if (!channel) {
      throw new ContentError(
        support ? where.file : `${where.contentDir}categories.yaml`,
        support ? 'support' : `${category.id}.channel`,
        `"${id}" is not a channel in contact.yaml.`,
        `use one of ${contact.channels.map((c) => c.id).join(', ')}.`,
      );
    }
    return channel;
  });
}
