import { getCollection } from 'astro:content';
import { contentPrefix } from './page.ts';
import type { Fact } from '../schemas/facts.ts';

const file = `${contentPrefix}facts.yaml`;

let facts: Promise<Map<string, Fact>> | undefined;

/** Every fact by id, read once per build. */
export function getFacts(): Promise<Map<string, Fact>> {
  facts ??= getCollection('facts').then((entries) => new Map(entries.map((e) => [e.data.id, e.data])));
  return facts;
}

/** One fact; an unknown id names the page, the id and the fix. */
export async function getFact(id: string, page: string): Promise<Fact> {
  const all = await getFacts();
  const fact = all.get(id);
  if (!fact) {
    throw new Error(`${page}: <Fact id="${id}">: no such fact in ${file}. Fix: add it there or use one of ${[...all.keys()].join(', ')}.`);
  }
  return fact;
}
