import { getEntry } from 'astro:content';
import site from '../site.config.ts';
import type { Contact, ContactChannelData } from '../schemas/contact.ts';
import { urls } from './page.ts';

let contact: Promise<Contact> | undefined;

export const contentPrefix = `${site.contentDir.replace(/\/+$/, '')}/`;

/** The validated contact data, read once per build. */
export function getContact(): Promise<Contact> {
  contact ??= (async () => {
    const entry = await getEntry('contact', 'contact.yaml');
    if (!entry) throw new Error(`${contentPrefix}contact.yaml is missing: it lists the official support channels.`);
    return entry.data;
  })();
  return contact;
}

/**
 * Where a channel opens: its own address (chat, secure upload), this help center's home for the
 * help-center channel (this deployment and base path, not the production origin in the data), or
 * its card on the contact page for channels without one.
 */
export function channelHref(channel: ContactChannelData, locale: string): string {
  if (!channel.url) return `${urls.contact(locale)}#channel-${channel.id}`;
  return new URL(channel.url).origin === new URL(site.url).origin ? urls.home(locale) : channel.url;
}
