/**
 * The only search code a page runs up front (home, results, category and not-found pages):
 * keyboard shortcuts, and loading the real search when a visitor focuses or types in a box.
 */
type Combobox = typeof import('./search-combobox.ts');

let combobox: Promise<Combobox> | undefined;

function start(input: HTMLInputElement): void {
  combobox ??= import('./search-combobox.ts');
  void combobox.then((m) => m.enhance(input));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function bootSearch(): void {
  const inputs = [...document.querySelectorAll<HTMLInputElement>('form[data-search-combobox] input[type="search"]')];
  for (const input of inputs) {
    input.addEventListener('focus', () => start(input), { once: true });
    if (document.activeElement === input) start(input);
  }
  // "/" and Ctrl/⌘-K go to the page's main box: the large one when there is one.
  const primary = document.querySelector<HTMLInputElement>('.search-form--hero input[type="search"]') ?? inputs[0];
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!primary || !(slash || commandK)) return;
    event.preventDefault();
    primary.focus();
    primary.select();
  });
}
