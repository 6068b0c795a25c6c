import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { connectRedis } from './redisConnect.js';
import type { SharedState } from './sharedState.js';

/**
 * The sliding window as one atomic script on the server, timed by the server's clock, so every process
 * counts against the same window whatever its own clock says: drop what left the window, refuse with the
 * wait when full, otherwise count this request.
 */
const SLIDING_HIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return window - (now - tonumber(oldest[2]))
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`;

type WithHit = Redis & { slidingHit(key: string, windowMs: number, max: number, member: string): Promise<number> };

/** The shared state in Redis, every key under one prefix so one server can hold several bots. */
export class RedisState implements SharedState {
  readonly name: string;
  /** A connection in subscriber mode can do nothing else: pub/sub has one of its own, opened on first use. */
  private subscriber: Redis | undefined;

  private constructor(
    private readonly redis: WithHit,
    private readonly prefix: string,
  ) {
    this.name = `redis ${redis.options.host}:${redis.options.port}`;
  }

  /**
   * Connects, or rejects with one sentence: a bot told to share its state must not quietly keep it alone.
   * Commands time out after a second rather than hang an interaction.
   */
  static async connect(url: string, prefix = 'govreport:'): Promise<RedisState> {
    const redis = await connectRedis(
      url,
      { commandTimeout: 1000, retryStrategy: (times) => Math.min(times * 200, 2000) },
      (r) => r.defineCommand('slidingHit', { numberOfKeys: 1, lua: SLIDING_HIT }),
    );
    return new RedisState(redis as WithHit, prefix);
  }

  async hit(key: string, max: number, windowMs: number): Promise<number> {
    const member = `${Date.now()}-${randomBytes(4).toString('hex')}`;
    return Number(await this.redis.slidingHit(`${this.prefix}hit:${key}`, windowMs, max, member));
  }

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(`${this.prefix}val:${key}`, value, 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async get(key: string): Promise<string | null> {
    return this.redis.get(`${this.prefix}val:${key}`);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const set = await this.redis.set(`${this.prefix}claim:${key}`, '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX');
    return set === 'OK';
  }

  async ping(): Promise<boolean> {
    return this.redis.ping().then(
      (r) => r === 'PONG',
      () => false,
    );
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.redis.publish(`${this.prefix}${channel}`, message);
  }

  async subscribe(channel: string, hear: (message: string) => void): Promise<void> {
    this.subscriber ??= this.redis.duplicate();
    this.subscriber.on('error', () => {});
    const name = `${this.prefix}${channel}`;
    this.subscriber.on('message', (from, message) => {
      if (from === name) hear(message);
    });
    await this.subscriber.subscribe(name);
  }

  async close(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
