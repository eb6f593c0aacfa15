/**
 * The only search code a page runs up front, on every page, under 1 KB (bench:search prints its
 * size): it fetches nothing until a visitor focuses a search box or presses / or Ctrl/⌘-K (or
 * opens the results page), then loads the search UI, which loads Pagefind and the index.
 * The UI is bundled apart and imported by URL (`?worker&url`): importing it as a module would
 * bring Vite's preload helper, larger than this whole loader.
 */
import uiUrl from './search-ui.ts?worker&url';
import { searchBox } from './search-box.ts';

let loaded = false;
function load(): void {
  if (loaded) return;
  loaded = true;
  void import(/* @vite-ignore */ uiUrl);
}

export function bootSearch(): void {
  if (document.querySelector('[data-search-page]')) load();
  document.addEventListener('focusin', ({ target }) => {
    if (target instanceof HTMLInputElement && target.matches(searchBox)) load();
  });
  if (document.activeElement?.matches(searchBox)) load();
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    // The page's main box: the large one when there is one, else the header's.
    const primary = document.querySelector<HTMLInputElement>('.search-form--hero input[type="search"]') ?? document.querySelector<HTMLInputElement>(searchBox);
    if (!primary || !(slash || commandK)) return;
    event.preventDefault();
    primary.focus();
    primary.select();
  });
}
