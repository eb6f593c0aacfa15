import { excerptParts } from '../lib/search/excerpt.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind.ts';

/** Builds an element with a class and text, never parsing markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Appends a Pagefind excerpt: only its <mark> highlights survive, everything else is text. */
export function renderExcerpt(target: HTMLElement, html: string): HTMLElement {
  for (const part of excerptParts(html)) target.append(part.mark ? el('mark', '', part.text) : part.text);
  return target;
}

/** Headings inside the article that matched, without the page's own top section. */
export function subResults(result: PagefindResultData, limit: number): PagefindSubResult[] {
  return result.sub_results.filter((s) => s.url.includes('#') && s.title !== result.meta.title).slice(0, limit);
}

/** Replaces the children of a status region so screen readers announce the new text. */
export function announce(target: HTMLElement, text: string): void {
  target.textContent = text;
}
