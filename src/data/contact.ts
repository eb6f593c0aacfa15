import { getEntry } from 'astro:content';
import site from '../site.config.ts';
import type { Contact } from '../schemas/contact.ts';

async function load(): Promise<Contact> {
  const entry = await getEntry('contact', 'contact');
  if (!entry) throw new Error(`${site.contentDir}/contact.yaml is missing: it lists the official support channels.`);
  return entry.data;
}

let contact: Promise<Contact> | undefined;

/** The validated contact data, read once per build. */
export function getContact(): Promise<Contact> {
  contact ??= load();
  return contact;
}
