/**
 * A sliding window per user: at most `max` requests in `windowMs`. Users idle for a whole window are
 * forgotten once per window, so memory follows the users of the last window and no request pays for a
 * scan of the whole map.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep: number;

  constructor(
    private readonly max = 8,
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.lastSweep = now();
  }

  /** Records a request; returns how many ms to wait, or 0 when allowed. */
  take(user: string): number {
    const t = this.now();
    if (t - this.lastSweep >= this.windowMs) this.sweep(t);
    const recent = (this.hits.get(user) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(user, recent);
      return this.windowMs - (t - recent[0]!);
    }
    recent.push(t);
    this.hits.set(user, recent);
    return 0;
  }

  /** How many users are remembered (for tests and the bench). */
  get size(): number {
    return this.hits.size;
  }

  private sweep(t: number): void {
    this.lastSweep = t;
    for (const [user, times] of this.hits) if (t - times[times.length - 1]! >= this.windowMs) this.hits.delete(user);
  }
}
