import { pagefindOptions } from '../lib/search/options.ts';

/** The slice of Pagefind's browser API that the help center uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, on first use. The bundle is built after Astro runs, so it is imported
 * by URL at run time instead of being bundled.
 */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ bundleUrl).then(async (pagefind: Pagefind) => {
    await pagefind.options({ baseUrl, ...pagefindOptions });
    return pagefind;
  });
  return loading;
}
