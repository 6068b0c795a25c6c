import type { Redis } from 'ioredis';
import { type Follow, type FollowStore, newFollowId } from './followStore.js';
import { connectRedis } from './redisConnect.js';

/**
 * The follows in Redis, for several processes: one hash of follows (id → JSON), and per follow a set of
 * the reports posted to it. SADD is atomic, so of all the processes that reload a new report exactly one
 * is told to post it.
 */
export class RedisFollowStore implements FollowStore {
  readonly name: string;

  private constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.name = `redis ${redis.options.host}:${redis.options.port}`;
  }

  /** Connects, or rejects with one sentence. */
  static async connect(url: string, prefix = 'govreport:'): Promise<RedisFollowStore> {
    const redis = await connectRedis(url, { commandTimeout: 2000 });
    return new RedisFollowStore(redis, prefix);
  }

  private get follows(): string {
    return `${this.prefix}follows`;
  }

  private delivered(id: string): string {
    return `${this.prefix}follow-delivered:${id}`;
  }

  async add(follow: Omit<Follow, 'id' | 'createdAt'>): Promise<Follow> {
    const added = { ...follow, id: newFollowId(), createdAt: new Date().toISOString() };
    await this.redis.hset(this.follows, added.id, JSON.stringify(added));
    return added;
  }

  async remove(channelId: string, id: string): Promise<boolean> {
    const found = await this.redis.hget(this.follows, id);
    if (!found || (JSON.parse(found) as Follow).channelId !== channelId) return false;
    await this.redis.multi().hdel(this.follows, id).del(this.delivered(id)).exec();
    return true;
  }

  async list(channelId: string): Promise<Follow[]> {
    return (await this.all()).filter((f) => f.channelId === channelId);
  }

  async all(): Promise<Follow[]> {
    const values = await this.redis.hvals(this.follows);
    return values.map((v) => JSON.parse(v) as Follow).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async firstDelivery(followId: string, reportId: string): Promise<boolean> {
    return (await this.redis.sadd(this.delivered(followId), reportId)) === 1;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
