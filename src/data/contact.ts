import { getEntry } from 'astro:content';
import site from '../site.config.ts';
import type { Contact } from '../schemas/contact.ts';

let contact: Promise<Contact> | undefined;

/** The validated contact data, read once per build. */
export function getContact(): Promise<Contact> {
  contact ??= (async () => {
    // getEntry() is typed as possibly not returning a promise for string-keyed collections.
    const entry = await getEntry('contact', 'contact');
    if (!entry) throw new Error(`${site.contentDir}/contact.yaml is missing: it lists the official support channels.`);
    return entry.data;
  })();
  return contact;
}
