/**
 * The search UI, loaded by the loader every page runs (search-boot.ts) when a visitor first
 * uses search: it enhances the box in focus and every box focused later, and runs the results
 * page. It acts on loading rather than exporting, because the loader imports it by URL.
 */
import { enhance } from './search-combobox.ts';
import { startSearchPage } from './search-page.ts';
import { searchBox } from './search-box.ts';

if (document.querySelector('[data-search-page]')) void startSearchPage();
const focused = document.activeElement;
if (focused instanceof HTMLInputElement && focused.matches(searchBox)) enhance(focused);
document.addEventListener('focusin', ({ target }) => {
  if (target instanceof HTMLInputElement && target.matches(searchBox)) enhance(target);
});
