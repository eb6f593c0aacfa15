import type { APIRoute } from 'astro';
import { getContact } from '../data/contact.ts';
import { officialContacts } from '../lib/contact/official.ts';

/**
 * The official values the contact checker compares with, with the phone metadata it needs. A
 * file of its own, fetched with the checker when a reader first uses it, so the contact page
 * itself stays light.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(officialContacts(await getContact())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
