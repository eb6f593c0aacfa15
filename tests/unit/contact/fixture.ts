import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contactSchema, type Contact } from '../../../src/schemas/contact.ts';

/** The shipped content/contact.yaml, validated as the build validates it. */
export function shippedContact(): Contact {
  const text = readFileSync(new URL('../../../content/contact.yaml', import.meta.url), 'utf8');
  return contactSchema(['zh-cn', 'en']).parse(parse(text));
}
