/** A sliding window per user: at most `max` requests in `windowMs`. Keeps memory bounded by forgetting idle users. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max = 8,
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a request; returns how many ms to wait, or 0 when allowed. */
  take(user: string): number {
    const t = this.now();
    const recent = (this.hits.get(user) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(user, recent);
      return this.windowMs - (t - recent[0]!);
    }
    recent.push(t);
    this.hits.set(user, recent);
    if (this.hits.size > 10_000)
      for (const [k, v] of this.hits) if (v.every((x) => t - x >= this.windowMs)) this.hits.delete(k);
    return 0;
  }
}
