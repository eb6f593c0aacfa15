import { checkContact } from '../lib/contact/check.ts';
import { describeVerdict, type CheckerData } from '../lib/contact/check-text.ts';

/**
 * Judges one input and shows the answer, with what exactly was judged. An imitation is
 * announced at once (role "alert"); other answers wait their turn in the polite status region
 * around them. Loaded only when a reader starts using the checker (see contact-checker.ts).
 */
export function showAnswer(data: CheckerData, value: string, network: string, result: HTMLElement, icons: HTMLTemplateElement): void {
  const answer = describeVerdict(checkContact(value, data.official, network || undefined), data);
  const paragraph = (className: string, text: string) => {
    const element = document.createElement('p');
    element.className = className;
    element.textContent = text;
    return element;
  };
  const box = document.createElement('div');
  box.className = 'check-result__box';
  if (answer.state === 'imitation') box.setAttribute('role', 'alert');
  const icon = icons.content.querySelector(`[data-icon="${answer.state}"]`);
  if (icon) box.append(icon.cloneNode(true));
  const body = document.createElement('div');
  body.append(paragraph('check-result__verdict', answer.text));
  if (answer.judged) body.append(paragraph('check-result__judged', answer.judged));
  if (answer.advice) body.append(paragraph('check-result__advice', answer.advice));
  box.append(body);
  result.replaceChildren(box);
  result.dataset.verdict = answer.state;
}
