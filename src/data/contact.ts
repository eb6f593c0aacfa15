import { getEntry } from 'astro:content';
import site from '../site.config.ts';
import type { Contact, ContactChannelData } from '../schemas/contact.ts';
import type { Category } from '../schemas/category.ts';
import { recommendedChannel } from '../lib/contact/channels.ts';

let contact: Promise<Contact> | undefined;

const contentPrefix = `${site.contentDir.replace(/\/+$/, '')}/`;

/** The validated contact data, read once per build. */
export function getContact(): Promise<Contact> {
  contact ??= (async () => {
    const entry = await getEntry('contact', 'contact.yaml');
    if (!entry) throw new Error(`${contentPrefix}contact.yaml is missing: it lists the official support channels.`);
    return entry.data;
  })();
  return contact;
}

/** The support channel recommended under a category's articles (categories.yaml `channel`). */
export async function channelForCategory(category: Category): Promise<ContactChannelData> {
  return recommendedChannel(category, await getContact(), contentPrefix);
}
