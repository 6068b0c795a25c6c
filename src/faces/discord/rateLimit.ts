import type { Logger } from '../../support/log.js';
import { metrics } from '../../support/metrics.js';
import { MemoryState, type SharedState } from '../../support/sharedState.js';

/**
 * At most `max` requests per user in a sliding `windowMs`, counted in the shared state, so a user is
 * limited once across every shard and worker. When the state cannot be reached the request is let
 * through and logged: an outage of Redis must not silence the bot.
 */
export class RateLimiter {
  constructor(
    private readonly max = 8,
    private readonly windowMs = 10_000,
    private readonly state: SharedState = new MemoryState(),
    private readonly logger?: Logger,
  ) {}

  /** Records a request; resolves to how many ms to wait, or 0 when allowed. */
  async take(user: string): Promise<number> {
    try {
      return await this.state.hit(`user:${user}`, this.max, this.windowMs);
    } catch (e) {
      metrics.sharedStateFailure('rate-limit');
      this.logger?.warn('rate limit state unavailable; request allowed', { state: this.state.name, error: e });
      return 0;
    }
  }
}
