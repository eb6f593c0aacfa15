/**
 * The "Was this article helpful?" widget. One vote per page view: "yes" at once, "no" with the
 * reason chosen (or without one if the reader leaves first). The payload carries no personal
 * data, the widget sets no cookies, and nothing is sent unless an endpoint is configured.
 */
export function startFeedback(): void {
  const root = document.querySelector<HTMLElement>('[data-feedback]');
  if (!root) return;
  const reasons = root.querySelector<HTMLFormElement>('[data-feedback-reasons]')!;
  const votes = root.querySelector<HTMLElement>('[data-feedback-votes]')!;
  const thanks = root.querySelector<HTMLElement>('[data-feedback-thanks]')!;
  const { endpoint, article, locale } = root.dataset;
  let sent = false;
  const send = (vote: 'yes' | 'no', reason: string | null) => {
    if (sent) return;
    sent = true;
    if (endpoint) navigator.sendBeacon(endpoint, JSON.stringify({ article, locale, vote, reason }));
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
