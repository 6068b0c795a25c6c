import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ButtonStore } from '../src/faces/discord/customIds.js';
import { RateLimiter } from '../src/faces/discord/rateLimit.js';
import { FileFollowStore, type FollowStore } from '../src/support/followStore.js';
import { RedisFollowStore } from '../src/support/redisFollowStore.js';
import { RedisState } from '../src/support/redisState.js';
import { MemoryState, type SharedState } from '../src/support/sharedState.js';
import { type RedisServer, redisHere, redisSkipNote, startRedis } from './helpers/redisServer.js';
import { tempDir } from './helpers/tempDir.js';

let server: RedisServer | undefined;
const opened: SharedState[] = [];

beforeAll(async () => {
  if (redisHere.available) server = await startRedis();
}, 20_000);

afterAll(async () => {
  for (const s of opened) await s.close();
  await server?.stop();
});

const testPrefix = () => `test-${Math.random().toString(36).slice(2)}:`;

/** A fresh Redis state under its own prefix, so the cases do not see each other. */
async function redisState(): Promise<SharedState> {
  const s = await RedisState.connect(server!.url, testPrefix());
  opened.push(s);
  return s;
}

/** The same cases against each backend: memory always, Redis where one can run. */
function backendCases(make: () => Promise<SharedState>): void {
  it('counts a sliding window per key: max allowed, then the wait, other keys unaffected', async () => {
    const s = await make();
    expect(await s.hit('u', 2, 60_000)).toBe(0);
    expect(await s.hit('u', 2, 60_000)).toBe(0);
    const wait = await s.hit('u', 2, 60_000);
    expect(wait).toBeGreaterThan(55_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(await s.hit('v', 2, 60_000)).toBe(0);
  });

  it('lets requests through again once the window has passed', async () => {
    const s = await make();
    expect(await s.hit('w', 1, 150)).toBe(0);
    expect(await s.hit('w', 1, 150)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(await s.hit('w', 1, 150)).toBe(0);
  });

  it('keeps values until they expire', async () => {
    const s = await make();
    await s.put('a', '营商环境 ✓', 60_000);
    await s.put('b', 'short', 100);
    expect(await s.get('a')).toBe('营商环境 ✓');
    expect(await s.get('missing')).toBeNull();
    await new Promise((r) => setTimeout(r, 150));
    expect(await s.get('b')).toBeNull();
  });

  it('lets a key be claimed once until it expires (a replayed request is refused)', async () => {
    const s = await make();
    expect(await s.claim('sig-1', 100)).toBe(true);
    expect(await s.claim('sig-1', 100)).toBe(false);
    expect(await s.claim('sig-2', 100)).toBe(true);
    await new Promise((r) => setTimeout(r, 150));
    expect(await s.claim('sig-1', 100)).toBe(true);
  });

  it('holds the long button states, readable by a second store (another shard) over the same state', async () => {
    const s = await make();
    const long = `/search ${'营商环境'.repeat(40)}`;
    const first = new ButtonStore(s);
    const id = first.runId('123456789012345678', long);
    await first.settled();
    expect(await new ButtonStore(s).parse(id)).toEqual({ kind: 'run', owner: '123456789012345678', command: long });
    expect(await new ButtonStore(s).parse('mem:neverhanded')).toEqual({ kind: 'expired' });
  });
}

describe('shared state in memory', () => backendCases(async () => new MemoryState()));
describe.skipIf(!redisHere.available)(`shared state in redis${redisSkipNote}`, () => backendCases(redisState));

describe('the memory state', () => {
  it('keeps claims apart from values: a burst of requests neither evicts button states nor reopens a replay', async () => {
    let now = 0;
    const s = new MemoryState({ now: () => now, maxValues: 3 });
    await s.put('button:a', 'kept', 7 * 24 * 3600_000);
    for (let i = 0; i < 50; i += 1) expect(await s.claim(`sig-${i}`, 300_000)).toBe(true);
    expect(await s.get('button:a')).toBe('kept');
    expect(await s.claim('sig-0', 300_000)).toBe(false);
    now = 300_001 + 60_000;
    expect(await s.claim('sig-new', 300_000)).toBe(true);
    expect(s.size.claims).toBe(1); // the expired ones were swept
    expect(await s.claim('sig-0', 300_000)).toBe(true);
  });
});

describe('Redis shared between processes', () => {
  it.skipIf(!redisHere.available)(
    `limits a user once across two connections (two shards)${redisSkipNote}`,
    async () => {
      const prefix = testPrefix();
      const [a, b] = [await RedisState.connect(server!.url, prefix), await RedisState.connect(server!.url, prefix)];
      opened.push(a, b);
      const [la, lb] = [new RateLimiter(3, 60_000, a), new RateLimiter(3, 60_000, b)];
      const waits = [await la.take('x'), await lb.take('x'), await la.take('x'), await lb.take('x')];
      expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
      expect(waits[3]).toBeGreaterThan(0);
    },
  );

  it('refuses to start with one sentence when Redis cannot be reached, naming no password', async () => {
    await expect(RedisState.connect('redis://user:secret@127.0.0.1:1')).rejects.toThrow(
      /^could not reach Redis at redis:\/\/…@127\.0\.0\.1:1/u,
    );
    await expect(RedisState.connect('redis://user:secret@127.0.0.1:1')).rejects.not.toThrow(/secret/u);
  });
});

/** Follows: the same cases for the file of one process and the Redis of many. */
function followCases(make: () => Promise<[FollowStore, FollowStore]>): void {
  it('keeps follows per channel, removes one only from its own channel, and posts a report to a follow once', async () => {
    const [a, b] = await make();
    const one = await a.add({ query: '营商环境', city: '嘉兴市', channelId: 'c1', guildId: 'g', userId: 'u' });
    await a.add({ query: '数字经济', city: null, channelId: 'c2', guildId: null, userId: 'u' });
    expect(one.id).toMatch(/^[0-9a-f]{8}$/u);
    expect((await b.list('c1')).map((f) => f.query)).toEqual(['营商环境']);
    expect(await b.all()).toHaveLength(2);
    // Two processes reload the same new report: exactly one is told to post it.
    const claims = await Promise.all([a.firstDelivery(one.id, 'r-2025'), b.firstDelivery(one.id, 'r-2025')]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.firstDelivery(one.id, 'r-2026')).toBe(true);
    expect(await b.remove('c2', one.id)).toBe(false);
    expect(await b.remove('c1', one.id)).toBe(true);
    expect(await a.list('c1')).toEqual([]);
  });
}

describe('follows in a file', () => {
  followCases(async () => {
    const dir = tempDir('follows');
    return [new FileFollowStore(dir), new FileFollowStore(dir)];
  });
});

describe.skipIf(!redisHere.available)(`follows in Redis${redisSkipNote}`, () => {
  followCases(async () => {
    const prefix = testPrefix();
    const stores = [
      await RedisFollowStore.connect(server!.url, prefix),
      await RedisFollowStore.connect(server!.url, prefix),
    ];
    followStores.push(...stores);
    return [stores[0]!, stores[1]!];
  });
});

const followStores: FollowStore[] = [];
afterAll(async () => {
  for (const s of followStores) await s.close();
});

describe('readiness over HTTP', () => {
  it('answers 503 with the failing check when a dependency is down, 200 when every check passes', async () => {
    const { createServer } = await import('node:http');
    const { serveHealth } = await import('../src/support/healthEndpoint.js');
    let redisUp = false;
    const http = createServer((req, res) => {
      void serveHealth(req, res, async () => [
        { name: 'library', ok: true },
        { name: 'redis', ok: redisUp, detail: 'redis 127.0.0.1:6379' },
      ]);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
    const port = (http.address() as { port: number }).port;
    try {
      const down = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ ready: false, checks: [{ ok: true }, { name: 'redis', ok: false }] });
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      redisUp = true;
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      http.close();
    }
  });
});
