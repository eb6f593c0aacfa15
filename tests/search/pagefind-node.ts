import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindOptions } from '../../src/lib/search/options.ts';
import type { SearchData } from '../../src/lib/search/query.ts';

/** The part of a Pagefind search result the suite reads. */
export interface NodeHit {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

interface Instance {
  init(): Promise<void>;
  search(query: string, options?: object): Promise<{ results: NodeHit[] }>;
  options(options: object): Promise<void>;
}

let shimmed = false;

/**
 * Pagefind's browser runtime runs in Node once `fetch` can read the built files: it loads its
 * index chunks and WebAssembly from the bundle's own (file:) URL. Anything else still goes to
 * the real fetch.
 */
function shimFileFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    const path = fileURLToPath(url.replace(/\?.*$/, ''));
    try {
      return new Response(await readFile(path));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/** Opens the built index of one language (the <html lang> Pagefind split it by). */
export async function openIndex(dist: string, lang: string): Promise<Instance> {
  shimFileFetch();
  // One module per language: Pagefind's module keeps one WebAssembly build (with the first
  // language's stemmer), so a second language in the same process needs its own copy.
  const bundle = (await import(`${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?lang=${lang}`)) as {
    createInstance(options: object): Instance;
  };
  // Pagefind picks the language from <html lang>; there is no document in Node, so lend it one.
  const global = globalThis as { document?: unknown };
  global.document = { querySelector: () => ({ getAttribute: () => lang }) };
  try {
    const instance = bundle.createInstance({ baseUrl: '/' });
    await instance.options(pagefindOptions);
    await instance.init();
    return instance;
  } finally {
    delete global.document;
  }
}

export async function readSearchData(dist: string, locale: string): Promise<SearchData> {
  return JSON.parse(await readFile(join(dist, locale, 'search', 'data.json'), 'utf8')) as SearchData;
}
