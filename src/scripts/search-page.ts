import { excerptParts } from '../lib/search/excerpt.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';

function renderExcerpt(target: HTMLElement, html: string): void {
  for (const part of excerptParts(html)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      target.append(mark);
    } else target.append(part.text);
  }
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'search-result__title';
  link.textContent = result.meta.title ?? result.url;
  const heading = document.createElement('h2');
  heading.append(link);
  item.append(heading);
  if (result.meta.category) {
    const category = document.createElement('p');
    category.className = 'search-result__category';
    category.textContent = result.meta.category;
    item.append(category);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  renderExcerpt(excerpt, result.excerpt);
  item.append(excerpt);
  return item;
}

/** Runs the query in ?q= against this locale's index and renders the ranked results. */
export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-list]');
  if (!root || !status || !list) return;
  const messages = root.dataset;
  const query = new URLSearchParams(location.search).get('q')?.trim();
  if (!query) return;
  status.textContent = messages.msgLoading ?? '';
  try {
    const pagefind = await loadPagefind(messages.pagefind!, messages.base!);
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(...results.map(renderResult));
    list.hidden = results.length === 0;
    const count = results.length;
    const template = count === 0 ? messages.msgZero : count === 1 ? messages.msgOne : messages.msgOther;
    status.textContent = (template ?? '').replace('{query}', query).replace('{count}', String(search.results.length));
  } catch (error) {
    status.textContent = messages.msgError ?? '';
    console.error(error);
  }
}
