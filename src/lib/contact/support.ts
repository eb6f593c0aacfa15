import type { Contact, ContactChannelData } from './contact.ts';
import type { Category } from '../library.ts';
import { ContentError } from '../content-error.ts';

/** The channel ids an article's help box offers: its `support` list, else its category's channel. */
export function supportIds(support: readonly string[] | undefined, category: Pick<Category, 'channel'>): string[] {
  return support ? [...new Set(support)] : [category.channel];
}

/**
 * The help box's channels in the article's order. An unknown id is an editor error naming the
 * file; so is a category channel that does not exist, even where every article names its own.
 */
export function supportChannels(
  support: readonly string[] | undefined,
  category: Category,
  contact: Contact,
  where: { file: string; contentDir: string },
): ContactChannelData[] {
  const known = contact.channels.map((c) => c.id);
  const unknown = (file: string, field: string, id: string) =>
    new ContentError(file, field, `"${id}" is not a channel in contact.yaml.`, `use one of ${known.join(', ')}.`);
  if (!known.includes(category.channel)) throw unknown(`${where.contentDir}categories.yaml`, `${category.id}.channel`, category.channel);
  return supportIds(support, category).map((id) => {
    const channel = contact.channels.find((c) => c.id === id);
    if (!channel) throw unknown(where.file, 'support', id);
    return channel;
  });
}
