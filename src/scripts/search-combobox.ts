import { el, renderCorrection, renderExcerpt, renderHelp, subResults } from './search-render.ts';
import { countMessage, message, readConfig, resultsUrl, search, type SearchConfig } from './search-engine.ts';
import type { PagefindResultData } from './pagefind.ts';
import { instantDebounceMs } from '../lib/search/options.ts';

const shownArticles = 6;
const enhanced = new WeakSet<HTMLInputElement>();

function option(id: string, url: string, className: string): HTMLLIElement {
  const item = el('li', `search-option ${className}`);
  item.id = id;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  item.dataset.url = url;
  return item;
}

function articleOptions(config: SearchConfig, idPrefix: string, result: PagefindResultData, top: boolean): HTMLLIElement[] {
  const main = option(`${idPrefix}`, result.url, 'search-option--article');
  main.append(el('span', 'search-option__title', result.meta.title ?? result.url));
  if (result.meta.category) main.append(el('span', 'search-option__category', result.meta.category));
  // The top result answers first: its one-sentence description in full.
  if (top && result.meta.description) main.append(el('span', 'search-option__answer', result.meta.description));
  else main.append(renderExcerpt(el('span', 'search-option__excerpt'), result.excerpt));
  const subs = subResults(result, 2).map((sub, i) => {
    const item = option(`${idPrefix}-${i}`, sub.url, 'search-option--section');
    item.append(el('span', 'search-option__title', message(config, 'section', { title: sub.title })));
    item.append(renderExcerpt(el('span', 'search-option__excerpt'), sub.excerpt));
    return item;
  });
  return [main, ...subs];
}

/** Makes one header or home search box an ARIA 1.2 combobox with an instant results listbox. */
export function enhance(input: HTMLInputElement): void {
  const config = readConfig();
  const form = input.form;
  if (enhanced.has(input) || !config || !form) return;
  enhanced.add(input);

  const popup = el('div', 'search-popup');
  popup.hidden = true;
  const note = el('p', 'search-popup__note');
  const listbox = el('ul', 'search-popup__list');
  listbox.id = `${input.id}-listbox`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', message(config, 'listbox'));
  const help = document.querySelector<HTMLElement>('[data-search-config] [data-search-help]')!.cloneNode(true) as HTMLElement;
  const all = el('a', 'search-popup__all');
  popup.append(note, listbox, help, all);
  const status = el('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLElement[] = [];
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const current = options[active];
    if (current) {
      current.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) {
      setOpen(false);
      status.textContent = '';
      return;
    }
    try {
      const outcome = await search(config, query);
      const results = await Promise.all(outcome.hits.slice(0, shownArticles).map((h) => h.data()));
      if (mine !== sequence) return;
      options = results.flatMap((r, i) => articleOptions(config, `${input.id}-option-${i}`, r, i === 0));
      listbox.replaceChildren(...options);
      listbox.hidden = options.length === 0;
      active = -1;
      input.removeAttribute('aria-activedescendant');
      renderCorrection(note, config, query, outcome.correctedTo);
      renderHelp(help, config, query, results.length > 0, outcome.suggestions);
      all.href = resultsUrl(config, query);
      all.textContent = message(config, 'seeAll', { query });
      all.hidden = results.length === 0;
      status.textContent = countMessage(config, outcome.hits.length, query);
      setOpen(document.activeElement === input || form.contains(document.activeElement));
    } catch (error) {
      if (mine !== sequence) return;
      status.textContent = message(config, 'error');
      console.error(error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, instantDebounceMs);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && input.getAttribute('aria-expanded') === 'false' && sequence) setOpen(true);
  });
  input.addEventListener('keydown', (event) => {
    const open = !popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) return;
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      location.assign(options[active]!.dataset.url!);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else input.value = '';
      event.preventDefault();
    }
  });
  // Keep focus in the box while choosing with the mouse, then follow the option's link.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const chosen = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (chosen?.dataset.url) location.assign(chosen.dataset.url);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  if (input.value.trim()) void run();
}
