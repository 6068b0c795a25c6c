import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis connection that answers a PING, or a rejection in one sentence (the URL's password hidden): a
 * process told to share its state must not quietly keep it alone. `prepare` runs before connecting
 * (defining scripts). Each failed command later rejects with its own error; reconnects are ioredis's.
 */
export async function connectRedis(
  url: string,
  options: RedisOptions,
  prepare: (redis: Redis) => void = () => {},
): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000, ...options });
  prepare(redis);
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    redis.disconnect();
    throw new Error(
      `could not reach Redis at ${url.replace(/\/\/[^@/]*@/u, '//…@')}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return redis;
}
