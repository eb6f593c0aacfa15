import type { CheckerPageData } from '../lib/contact/check-text.ts';
import type { OfficialContacts } from '../lib/contact/check.ts';

/**
 * "Check a contact" on the contact page: reveals the form (it works in the browser only, nothing
 * is sent) and loads the checker itself, with its phone-number parser and the official values,
 * when a reader first reaches for the form, so visitors who never use it don't download them.
 */
function setUpChecker(page: CheckerPageData): void {
  const form = document.querySelector<HTMLFormElement>('[data-contact-check]');
  const input = form?.querySelector<HTMLInputElement>('input[name="contact"]');
  const network = form?.querySelector<HTMLSelectElement>('select[name="network"]');
  const result = document.querySelector<HTMLElement>('[data-check-result]');
  const icons = document.querySelector<HTMLTemplateElement>('template[data-check-icons]');
  if (!form || !input || !network || !result || !icons) return;
  let checker: ReturnType<typeof loadChecker> | undefined;
  const load = () => (checker ??= loadChecker(page));
  for (const type of ['focusin', 'pointerdown']) form.addEventListener(type, () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load().then(
      ({ showAnswer, data }) => showAnswer(data, input.value, network.value, result, icons),
      () => {
        // Offline or blocked: say so, and let the next try load again.
        checker = undefined;
        result.textContent = page.texts.unavailable;
        result.dataset.verdict = 'empty';
      },
    );
  });
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-check-fallback]')?.remove();
}

async function loadChecker(page: CheckerPageData) {
  const [{ showAnswer }, official] = await Promise.all([
    import('./contact-checker-answer.ts'),
    fetch(page.officialUrl).then((response) => {
      if (!response.ok) throw new Error(`${page.officialUrl}: HTTP ${response.status}`);
      return response.json() as Promise<OfficialContacts>;
    }),
  ]);
  return { showAnswer, data: { ...page, official } };
}

const source = document.getElementById('contact-check-data');
if (source?.textContent) setUpChecker(JSON.parse(source.textContent) as CheckerPageData);
