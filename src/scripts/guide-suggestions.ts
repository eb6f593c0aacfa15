import { matchingGuides } from '../lib/guides/match.ts';

/** Shows the troubleshooters that fit the search query: on load, as the reader types, on back. */
export function startGuideSuggestions(): void {
  const box = document.querySelector<HTMLElement>('[data-guide-suggestions]');
  if (!box) return;
  const items = [...box.querySelectorAll<HTMLElement>('li[data-keywords]')].map((element) => ({
    element,
    keywords: JSON.parse(element.dataset.keywords ?? '[]') as string[],
  }));
  const input = document.querySelector<HTMLInputElement>('main form input[name="q"]');
  const show = (query: string) => {
    const matches = new Set(matchingGuides(items, query));
    for (const item of items) item.element.hidden = !matches.has(item);
    box.hidden = matches.size === 0;
  };
  show(new URLSearchParams(location.search).get('q') ?? '');
  input?.addEventListener('input', () => show(input.value));
  addEventListener('popstate', () => show(new URLSearchParams(location.search).get('q') ?? ''));
}
