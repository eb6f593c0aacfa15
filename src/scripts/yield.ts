/** Resolves in a later task, after the browser has had the chance to paint and handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs steps of page-start work in slices of a few milliseconds, letting the browser paint and
 * answer input between slices: a phone runs several times slower than a laptop, and any task
 * over 50 ms there makes the page feel stuck. `stale()` stops a run a newer one replaced.
 */
export async function runInSlices(steps: Iterable<void>, stale: () => boolean = () => false, budgetMs = 8): Promise<void> {
  let since = performance.now();
  for (const _ of steps) {
    if (stale()) return;
    if (performance.now() - since < budgetMs) continue;
    await nextTask();
    since = performance.now();
  }
}
