/**
 * The state that outlives one interaction — per-user rate limits, and the button states too long for a
 * custom id — behind one small interface: in process memory by default, in Redis (REDIS_URL) when
 * several processes (shards, HTTP workers) must share it.
 */
export interface SharedState {
  /** "memory", or "redis <host:port>", for the start-up line. */
  readonly name: string;
  /**
   * Counts one request for `key` in a sliding window of `windowMs` holding at most `max`: 0 when it is
   * allowed (and counted), otherwise how many ms until the oldest counted request leaves the window.
   */
  hit(key: string, max: number, windowMs: number): Promise<number>;
  /** Keeps a value for `ttlMs`. */
  put(key: string, value: string, ttlMs: number): Promise<void>;
  /** The value, or null when it was never put, has expired or was forgotten. */
  get(key: string): Promise<string | null>;
  /** True for the first claim of `key` within `ttlMs`, false for every later one (a replayed request). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Whether the state answers now (a readiness check): always for memory, a PING for Redis. */
  ping(): Promise<boolean>;
  /** Tells every process sharing the state (Redis pub/sub); one process alone has no one to tell. */
  publish(channel: string, message: string): Promise<void>;
  /** Hears what other processes publish on `channel`. */
  subscribe(channel: string, hear: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

/**
 * One process's state. Memory follows use, not time: users idle for a whole window are forgotten once
 * per window (no request pays for a scan of every user), past `maxValues` the oldest value goes first, and
 * claims expire by time only.
 */
export class MemoryState implements SharedState {
  readonly name = 'memory';
  private readonly hits = new Map<string, number[]>();
  private readonly values = new Map<string, { value: string; until: number }>();
  /** Claims apart from values: a burst of requests must neither push button states out nor reopen a replay. */
  private readonly claims = new Map<string, number>();
  private lastSweep: number;
  private lastClaimSweep: number;
  private longestWindow = 0;

  constructor(private readonly options: { now?: () => number; maxValues?: number } = {}) {
    this.lastSweep = this.now();
    this.lastClaimSweep = this.lastSweep;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  async hit(key: string, max: number, windowMs: number): Promise<number> {
    return this.hitNow(key, max, windowMs);
  }

  /** `hit`, answered at once (the memory state never waits). */
  hitNow(key: string, max: number, windowMs: number): number {
    const t = this.now();
    this.longestWindow = Math.max(this.longestWindow, windowMs);
    if (t - this.lastSweep >= this.longestWindow) this.sweep(t);
    const recent = (this.hits.get(key) ?? []).filter((x) => t - x < windowMs);
    if (recent.length >= max) {
      this.hits.set(key, recent);
      return windowMs - (t - recent[0]!);
    }
    recent.push(t);
    this.hits.set(key, recent);
    return 0;
  }

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    this.values.delete(key);
    this.values.set(key, { value, until: this.now() + ttlMs });
    // A Map iterates in insertion order: the first key is the oldest.
    const oldest = this.values.keys().next();
    if (this.values.size > (this.options.maxValues ?? 5000) && !oldest.done) this.values.delete(oldest.value);
  }

  async get(key: string): Promise<string | null> {
    const found = this.values.get(key);
    if (!found) return null;
    if (found.until <= this.now()) {
      this.values.delete(key);
      return null;
    }
    return found.value;
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const t = this.now();
    // Expired claims go once a minute: memory follows the request rate times the claim's life.
    if (t - this.lastClaimSweep >= 60_000) {
      this.lastClaimSweep = t;
      for (const [k, until] of this.claims) if (until <= t) this.claims.delete(k);
    }
    const until = this.claims.get(key);
    if (until !== undefined && until > t) return false;
    this.claims.set(key, t + ttlMs);
    return true;
  }

  /** How many users' windows and values are remembered (for tests and the bench). */
  get size(): { users: number; values: number; claims: number } {
    return { users: this.hits.size, values: this.values.size, claims: this.claims.size };
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async publish(): Promise<void> {}

  async subscribe(): Promise<void> {}

  async close(): Promise<void> {}

  private sweep(t: number): void {
    this.lastSweep = t;
    for (const [key, times] of this.hits) if (t - times[times.length - 1]! >= this.longestWindow) this.hits.delete(key);
  }
}
