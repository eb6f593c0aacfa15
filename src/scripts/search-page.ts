import { el, renderCorrection, renderExcerpt, renderHelp, subResults } from './search-render.ts';
import { countMessage, message, readConfig, search, type SearchConfig } from './search-engine.ts';
import type { PagefindResult, PagefindResultData } from './pagefind.ts';
import type { Outcome } from '../lib/search/query.ts';
import { facetCounts, inCategory } from '../lib/search/facets.ts';
import { nextTask } from './yield.ts';

const debounceMs = 120;
/** Results read per query: topic counts are computed from them, so they are all listable. */
const shownArticles = 50;
/**
 * Results rendered at once, more on request: laying out dozens of Chinese excerpts is the
 * costliest part of a search on a phone, and few readers go past the first ten.
 */
const pageSize = 10;

/** The top result leads with its one-sentence answer (the article's description) in full. */
function renderResult(result: PagefindResultData, top: boolean): HTMLLIElement {
  const item = el('li', top ? 'search-result search-result--top' : 'search-result');
  const link = el('a', 'search-result__title', result.meta.title ?? result.url);
  link.href = result.url;
  const heading = el('h2');
  heading.append(link);
  item.append(heading);
  if (result.meta.category) item.append(el('p', 'search-result__category', result.meta.category));
  if (top && result.meta.description) item.append(el('p', 'search-result__answer', result.meta.description));
  else item.append(renderExcerpt(el('p', 'search-result__excerpt'), result.excerpt));
  const subs = subResults(result, 3);
  if (subs.length) {
    const list = el('ul', 'search-result__sections');
    for (const sub of subs) {
      const entry = el('li');
      const anchor = el('a', '', sub.title);
      anchor.href = sub.url;
      entry.append(anchor, ' — ', renderExcerpt(el('span'), sub.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

interface State {
  query: string;
  category: string;
  exact: boolean;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  return { query: params.get('q')?.trim() ?? '', category: params.get('category') ?? '', exact: params.has('exact') };
}

/** Keeps the address shareable: reloading or sending it shows the same search. */
function writeState(config: SearchConfig, state: State): void {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.category) params.set('category', state.category);
  if (state.exact) params.set('exact', '1');
  const search = params.toString();
  const address = `${config.resultsPage}${search ? `?${search}` : ''}`;
  // Replacing history costs a phone tens of milliseconds: not when the address already says it.
  if (address !== location.pathname + location.search) history.replaceState(null, '', address);
  keepQueryAcrossLanguages(state.query);
}

/** The language switch leads to the same search in the other language (topics differ by language, so only ?q= goes along). */
function keepQueryAcrossLanguages(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-link]')) {
    const url = new URL(link.href);
    url.search = query ? `?q=${encodeURIComponent(query)}` : '';
    link.href = url.pathname + url.search;
  }
}

/**
 * Topic filters for this query's results: each count is what choosing the topic lists. A chosen
 * topic without results stays on offer (with 0) so the visitor can see and leave it.
 */
function renderFilters(config: SearchConfig, root: HTMLElement, state: State, counts: [string, number][], total: number, onChange: () => void): void {
  const group = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const choices = group.querySelector<HTMLElement>('[data-search-filter-choices]')!;
  const choice = (value: string, label: string, count: number) => {
    const wrapper = el('label', 'search-filter');
    const radio = el('input');
    radio.type = 'radio';
    radio.name = 'category';
    radio.value = value;
    radio.checked = state.category === value;
    radio.dataset.count = String(count);
    radio.addEventListener('change', () => {
      state.category = value;
      onChange();
    });
    wrapper.append(radio, ` ${label} (${message(config, 'articles', { count })})`);
    return wrapper;
  };
  if (state.category && !counts.some(([name]) => name === state.category)) counts = [...counts, [state.category, 0]];
  choices.replaceChildren(choice('', message(config, 'allTopics'), total), ...counts.map(([name, count]) => choice(name, name, count)));
  // Nothing found: no topics to narrow down.
  if (total) group.dataset.ready = '';
  else delete group.dataset.ready;
}

/** Filters only narrow a search: an empty results page shows none (and so does not shift). */
function showFilters(root: HTMLElement, state: State): void {
  const group = root.querySelector<HTMLElement>('[data-search-filters]')!;
  group.hidden = !state.query || group.dataset.ready === undefined;
}

/** The results page: runs ?q= (and ?category=) and searches again as the visitor types. */
export async function startSearchPage(): Promise<void> {
  const config = readConfig();
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const input = document.querySelector<HTMLInputElement>('#page-search');
  if (!config || !root || !input) return;
  document.querySelector('[data-search-noscript]')?.remove();
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const note = root.querySelector<HTMLElement>('[data-search-note]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const state = readState();
  input.value = state.query;
  let sequence = 0;
  let found: { outcome: Outcome<PagefindResult>; all: PagefindResultData[] } | undefined;
  let listed: PagefindResultData[] = [];

  /** Appends the next page of results; returns the first one added. */
  const showMore = () => {
    const start = list.children.length;
    const items = listed.slice(start, start + pageSize).map((r, i) => renderResult(r, start + i === 0));
    list.append(...items);
    more.hidden = list.children.length >= listed.length;
    return items[0];
  };
  more.addEventListener('click', () => showMore()?.querySelector('a')?.focus());

  /** Lists the chosen topic's share of the last search; choosing a topic does not search again. */
  const show = () => {
    if (!found) return;
    writeState(config, state);
    listed = inCategory(found.all.map((data) => ({ data, category: data.meta.category })), state.category).map((r) => r.data);
    list.replaceChildren();
    showMore();
    list.hidden = listed.length === 0;
    renderCorrection(note, config, state.query, found.outcome.correctedTo);
    renderHelp(help, config, state.query, listed.length > 0, found.outcome.suggestions);
    status.textContent = countMessage(config, listed.length, state.query);
  };

  const run = async () => {
    const mine = ++sequence;
    writeState(config, state);
    showFilters(root, state);
    if (!state.query) {
      found = undefined;
      list.replaceChildren();
      list.hidden = more.hidden = true;
      note.hidden = help.hidden = true;
      status.textContent = message(config, 'empty');
      return;
    }
    status.textContent = message(config, 'loading');
    try {
      const outcome = await search(config, state.query, { correct: !state.exact });
      const all = await Promise.all(outcome.hits.slice(0, shownArticles).map((h) => h.data()));
      // Ranking and rendering each fill a task of their own on a phone; together they block input.
      await nextTask();
      if (mine !== sequence) return;
      found = { outcome, all };
      renderFilters(config, root, state, facetCounts(all.map((r) => ({ category: r.meta.category }))), all.length, show);
      showFilters(root, state);
      show();
    } catch (error) {
      if (mine !== sequence) return;
      status.textContent = message(config, 'error');
      console.error(error);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    state.query = input.value.trim();
    state.exact = false;
    timer = setTimeout(run, debounceMs);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state.query = input.value.trim();
    void run();
  });
  await run();
}
