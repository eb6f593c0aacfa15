import type { CheckerData } from '../lib/contact/check-text.ts';

/**
 * "Check a contact" on the contact page: reveals the form (it works in the browser only, nothing
 * is sent) and loads the checker itself, with its phone-number parser, when a reader first
 * reaches for the form, so visitors who never use it don't download it.
 */
function setUpChecker(data: CheckerData): void {
  const form = document.querySelector<HTMLFormElement>('[data-contact-check]');
  const input = form?.querySelector<HTMLInputElement>('input[name="contact"]');
  const network = form?.querySelector<HTMLSelectElement>('select[name="network"]');
  const result = document.querySelector<HTMLElement>('[data-check-result]');
  const icons = document.querySelector<HTMLTemplateElement>('template[data-check-icons]');
  if (!form || !input || !network || !result || !icons) return;
  let checker: Promise<typeof import('./contact-checker-answer.ts')> | undefined;
  const load = () => (checker ??= import('./contact-checker-answer.ts'));
  for (const type of ['focusin', 'pointerdown']) form.addEventListener(type, () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load().then(({ showAnswer }) => showAnswer(data, input.value, network.value, result, icons));
  });
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-check-fallback]')?.remove();
}

const source = document.getElementById('contact-check-data');
if (source?.textContent) setUpChecker(JSON.parse(source.textContent) as CheckerData);
