/**
 * The first Intl date format or Chinese word segmenter a page makes loads ICU data: 40–60 ms on
 * a laptop, several times that on a phone, in one piece the main thread cannot break up. A
 * worker pays that price instead, and since the data is shared by the page's process, the
 * page's own calls that follow are fast. Scripts await this before their first Intl call. A
 * busy phone can take a second or more to start the worker, which is still better than
 * blocking input; a browser without module workers, or a worker that fails, goes ahead cold
 * at once, and one that never answers after five seconds.
 */
export interface Warmup {
  /** Also load the word-break dictionary of this locale (Chinese search). */
  segmenter?: string;
}

const warming = new Map<string, Promise<void>>();

export function intlWarm(warmup: Warmup = {}): Promise<void> {
  const key = warmup.segmenter ?? '';
  let warm = warming.get(key);
  if (!warm) warming.set(key, (warm = startWorker(warmup)));
  return warm;
}

function startWorker(warmup: Warmup): Promise<void> {
  return new Promise<void>((resolve) => {
    let worker: Worker | undefined;
    const done = () => {
      worker?.terminate();
      resolve();
    };
    setTimeout(done, 5000);
    try {
      worker = new Worker(new URL('./intl-warmup.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', done);
      worker.addEventListener('error', done);
      worker.postMessage(warmup);
    } catch {
      done();
    }
  });
}
