import type { Vote } from '../lib/feedback/vote.ts';

/**
 * The "Was this article helpful?" widget (built only when an endpoint is configured). One vote
 * per page view: "yes" at once, "no" with the reason chosen (or without one if the reader leaves
 * first). The payload carries no personal data and the widget sets no cookies.
 */
export function startFeedback(): void {
  const root = document.querySelector<HTMLElement>('[data-feedback]');
  if (!root) return;
  const reasons = root.querySelector<HTMLFormElement>('[data-feedback-reasons]')!;
  const votes = root.querySelector<HTMLElement>('[data-feedback-votes]')!;
  const thanks = root.querySelector<HTMLElement>('[data-feedback-thanks]')!;
  const { endpoint, article, locale } = root.dataset;
  let sent = false;
  const send = (vote: Vote['vote'], reason: string | null) => {
    if (sent || !endpoint) return;
    sent = true;
    navigator.sendBeacon(endpoint, JSON.stringify({ article, locale, vote, reason }));
  };
  const thank = () => {
    votes.hidden = true;
    reasons.hidden = true;
    thanks.hidden = false;
    thanks.focus();
  };
  votes.addEventListener('click', (event) => {
    const vote = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-vote]')?.dataset.vote;
    if (vote === 'yes') {
      send('yes', null);
      thank();
    } else if (vote === 'no') {
      votes.hidden = true;
      reasons.hidden = false;
      reasons.querySelector('input')?.focus();
      addEventListener('pagehide', () => send('no', null), { once: true });
    }
  });
  reasons.addEventListener('submit', (event) => {
    event.preventDefault();
    send('no', new FormData(reasons).get('reason')?.toString() ?? null);
    thank();
  });
  root.hidden = false;
}
