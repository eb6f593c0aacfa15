import { validPathPrefix, type TreeGuide } from '../lib/guides/tree.ts';

/**
 * A troubleshooter, enhanced: one step at a time, the answers so far listed above it, Back and
 * Start over, and the path in the address (`?path=start/next/…`) so the reader can share it with
 * support or come back to it. The steps and their choices are read from the page itself.
 */

const param = 'path';

function treeOf(root: HTMLElement): TreeGuide {
  const steps: TreeGuide['steps'] = {};
  for (const section of root.querySelectorAll<HTMLElement>('[data-step]')) {
    const next = [...section.querySelectorAll<HTMLElement>('[data-next]')].map((a) => ({ next: a.dataset.next! }));
    (steps as Record<string, TreeGuide['steps'][string]>)[section.dataset.step!] = next.length ? { options: next } : {};
  }
  return { start: root.dataset.start!, steps };
}

function pathFromUrl(tree: TreeGuide): string[] {
  const raw = new URLSearchParams(location.search).get(param);
  return validPathPrefix(tree, raw ? raw.split('/') : []);
}

function urlFor(path: readonly string[]): string {
  const url = new URL(location.href);
  url.hash = '';
  if (path.length > 1) url.searchParams.set(param, path.join('/'));
  else url.searchParams.delete(param);
  return url.pathname + url.search;
}

export function startGuide(): void {
  const root = document.querySelector<HTMLElement>('[data-guide]');
  if (!root) return;
  const tree = treeOf(root);
  const section = (id: string) => root.querySelector<HTMLElement>(`[data-step="${CSS.escape(id)}"]`)!;
  const controls = root.querySelector<HTMLElement>('[data-guide-controls]')!;
  const trail = root.querySelector<HTMLOListElement>('[data-guide-trail]')!;
  const nav = root.querySelector<HTMLElement>('[data-guide-nav]')!;
  const back = root.querySelector<HTMLButtonElement>('[data-guide-back]')!;
  let path = pathFromUrl(tree);

  const render = (focus: boolean) => {
    const current = path.at(-1)!;
    for (const step of root.querySelectorAll<HTMLElement>('[data-step]')) step.hidden = step.dataset.step !== current;
    trail.replaceChildren(
      ...path.slice(0, -1).map((id, index) => {
        const item = document.createElement('li');
        const question = section(id).querySelector('[data-question]')?.textContent ?? '';
        const chosen = [...section(id).querySelectorAll<HTMLElement>('[data-next]')].find((a) => a.dataset.next === path[index + 1]);
        item.textContent = `${question} ${chosen?.textContent ?? ''}`;
        return item;
      }),
    );
    controls.hidden = path.length < 2;
    nav.hidden = path.length < 2;
    back.disabled = path.length < 2;
    // The new step's heading takes focus, so screen readers announce the next question or the answer.
    if (focus) section(current).querySelector<HTMLElement>('h2')?.focus();
  };

  const go = (next: string[]) => {
    path = next;
    history.pushState(null, '', urlFor(path));
    render(true);
  };

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-next], a[data-restart]');
    if (!link) return;
    event.preventDefault();
    go(link.dataset.next ? [...path, link.dataset.next] : [tree.start]);
  });
  back.addEventListener('click', () => go(path.slice(0, -1)));
  root.querySelector('[data-guide-restart]')!.addEventListener('click', () => go([tree.start]));
  addEventListener('popstate', () => {
    path = pathFromUrl(tree);
    render(true);
  });

  root.dataset.enhanced = '';
  // A stale or mistyped shared path is trimmed to what the guide can honour.
  history.replaceState(null, '', urlFor(path));
  render(false);
}
