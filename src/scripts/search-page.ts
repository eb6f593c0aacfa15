import { el, renderCorrection, renderExcerpt, renderHelp, subResults } from './search-render.ts';
import { categories, countMessage, message, readConfig, search, type SearchConfig } from './search-engine.ts';
import type { PagefindResultData } from './pagefind.ts';

const debounceMs = 120;
const shownArticles = 30;

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = el('li', 'search-result');
  const link = el('a', 'search-result__title', result.meta.title ?? result.url);
  link.href = result.url;
  const heading = el('h2');
  heading.append(link);
  item.append(heading);
  if (result.meta.category) item.append(el('p', 'search-result__category', result.meta.category));
  item.append(renderExcerpt(el('p', 'search-result__excerpt'), result.excerpt));
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
  history.replaceState(null, '', `${config.resultsPage}${search ? `?${search}` : ''}`);
}

async function renderFilters(config: SearchConfig, root: HTMLElement, state: State, onChange: () => void): Promise<void> {
  const counts = await categories(config);
  const group = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const choices = group.querySelector<HTMLElement>('[data-search-filter-choices]')!;
  const choice = (value: string, label: string) => {
    const wrapper = el('label', 'search-filter');
    const radio = el('input');
    radio.type = 'radio';
    radio.name = 'category';
    radio.value = value;
    radio.checked = state.category === value;
    radio.addEventListener('change', () => {
      state.category = value;
      onChange();
    });
    wrapper.append(radio, ` ${label}`);
    return wrapper;
  };
  choices.replaceChildren(
    choice('', message(config, 'allTopics')),
    ...Object.entries(counts).map(([name, count]) => choice(name, `${name} (${count})`)),
  );
  group.hidden = false;
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
  const state = readState();
  input.value = state.query;
  let sequence = 0;

  const run = async () => {
    const mine = ++sequence;
    writeState(config, state);
    if (!state.query) {
      list.replaceChildren();
      list.hidden = true;
      note.hidden = help.hidden = true;
      status.textContent = message(config, 'empty');
      return;
    }
    status.textContent = message(config, 'loading');
    try {
      const outcome = await search(config, state.query, { category: state.category, correct: !state.exact });
      const results = await Promise.all(outcome.hits.slice(0, shownArticles).map((h) => h.data()));
      if (mine !== sequence) return;
      list.replaceChildren(...results.map(renderResult));
      list.hidden = results.length === 0;
      renderCorrection(note, config, state.query, outcome.correctedTo);
      renderHelp(help, config, results.length > 0, outcome.suggestions);
      status.textContent = countMessage(config, outcome.hits.length, state.query);
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
  await Promise.all([run(), renderFilters(config, root, state, run).catch((error) => console.error(error))]);
}
