/**
 * A token bucket per key, held in memory only. The edge function keys it by a salted hash of
 * the client address; neither the address nor the hash is ever written anywhere, and the salt
 * lives only as long as the isolate, so the keys cannot be linked to anyone afterwards.
 *
 * Honest limits: every Cloudflare isolate has its own buckets and isolates come and go, so this
 * slows down one client hammering one location; it is not a global guarantee. The global cap
 * is in the database (votes per article per minute, see functions/api/feedback.ts), and a
 * production zone adds a Cloudflare rate-limiting rule (docs/deploy.md).
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly capacity: number;
  readonly perSecond: number;
  readonly maxKeys: number;

  /**
   * @param capacity burst size: how many requests a fresh key may make at once
   * @param perSecond refill rate
   * @param maxKeys memory bound; the least recently seen keys are dropped first
   */
  constructor(capacity: number, perSecond: number, maxKeys = 10_000) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.maxKeys = maxKeys;
  }

  /** Takes one token for `key` at time `now` (ms); false when the bucket is empty. */
  take(key: string, now: number): boolean {
    const bucket = this.#buckets.get(key);
    const tokens = bucket ? Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond) : this.capacity;
    // Deleting and re-inserting moves the key to the end: Map order is least recently seen first.
    this.#buckets.delete(key);
    if (bucket && tokens < 1) {
      // A refusal takes nothing, so the refill still counts from the last token taken.
      this.#buckets.set(key, bucket);
      return false;
    }
    this.#buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.#buckets.size > this.maxKeys) this.#buckets.delete(this.#buckets.keys().next().value!);
    return true;
  }

  get size(): number {
    return this.#buckets.size;
  }
}
