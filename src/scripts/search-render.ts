import { excerptParts } from '../lib/search/excerpt.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind.ts';
import { message, resultsUrl, type SearchConfig } from './search-engine.ts';

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

/** "Showing results for “password”. Search for “pasword” instead" when a typo was corrected. */
export function renderCorrection(note: HTMLElement, config: SearchConfig, query: string, correctedTo: string | undefined): void {
  note.replaceChildren();
  note.hidden = !correctedTo;
  if (!correctedTo) return;
  const original = el('a', '', message(config, 'instead', { query }));
  original.href = resultsUrl(config, query, true);
  note.append(message(config, 'showing', { query: correctedTo }), ' ', original);
}

/**
 * Shows the zero-result help only when nothing was found (or nothing matched well): first a
 * "no results for …" line, then close terms, popular articles and contact.
 */
export function renderHelp(help: HTMLElement, config: SearchConfig, query: string, found: boolean, suggestions: string[]): void {
  help.hidden = found;
  help.querySelector('[data-search-none]')!.textContent = found ? '' : message(config, 'zero', { query });
  help.querySelector('[data-search-suggestions]')!.replaceChildren(
    ...suggestions.flatMap((term, i) => {
      const link = el('a', '', term);
      link.href = resultsUrl(config, term);
      return i ? [', ', link] : [link];
    }),
  );
  help.querySelector<HTMLElement>('[data-search-suggest]')!.hidden = suggestions.length === 0;
}
