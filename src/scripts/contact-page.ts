import { checkContact } from '../lib/contact/check.ts';
import { describeVerdict, type ContactPageData } from '../lib/contact/page-data.ts';
import { readAvailability, showAvailability, visitorRegion, type AvailabilityPageData } from './availability.ts';

/**
 * The region picker starts at the visitor's region (its own or a nearby time zone) and narrows
 * every hours list to the chosen region; the badges follow the choice.
 */
function setUpRegions(data: AvailabilityPageData): void {
  const picker = document.querySelector<HTMLElement>('[data-region-picker]');
  const select = picker?.querySelector('select');
  const region = () => (select?.value ? select.value : undefined);
  const apply = () => {
    for (const row of document.querySelectorAll<HTMLElement>('[data-region]')) {
      row.hidden = region() !== undefined && row.dataset.region !== region();
    }
    showAvailability(data, region(), new Date());
  };
  if (picker && select) {
    select.value = visitorRegion(data) ?? '';
    select.addEventListener('change', apply);
    picker.hidden = false;
  }
  apply();
  // Keep the status right for a page left open across an opening or closing time.
  setInterval(() => showAvailability(data, region(), new Date()), 60_000);
}

function setUpChecker(data: ContactPageData): void {
  const form = document.querySelector<HTMLFormElement>('[data-contact-check]');
  const input = form?.querySelector('input');
  const result = document.querySelector<HTMLElement>('[data-check-result]');
  if (!form || !input || !result) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const verdict = checkContact(input.value, data.official);
    const { text, advice, ok } = describeVerdict(verdict, data);
    const heading = document.createElement('p');
    heading.className = 'check-result__verdict';
    heading.textContent = text;
    result.replaceChildren(heading);
    if (advice) {
      const next = document.createElement('p');
      next.textContent = advice;
      result.append(next);
    }
    result.dataset.verdict = verdict.verdict;
    result.classList.toggle('check-result--ok', ok);
    result.classList.toggle('check-result--danger', verdict.verdict === 'unofficial' || verdict.verdict === 'lookalike');
  });
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-check-fallback]')?.remove();
}

const source = document.getElementById('contact-data');
if (source?.textContent) {
  const data = JSON.parse(source.textContent) as ContactPageData;
  setUpChecker(data);
}
const availability = readAvailability();
if (availability) setUpRegions(availability);
