import { generateKeyPairSync, sign } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANGZHOU } from './fixtures/reports.js';
import { BotProcess } from './helpers/botProcess.js';
import { FakeDiscord, nextId, type RecordedRequest } from './helpers/fakeDiscord.js';
import { button, reportCommand, slash } from './helpers/interactions.js';
import { type RedisServer, redisHere, redisSkipNote, startRedis } from './helpers/redisServer.js';
import { tempDir } from './helpers/tempDir.js';

/**
 * `npm run start:sharded` against a fake Discord that recommends two shards and a Redis of the test's
 * own: two shard processes identify, each answers on its own connection, both log their shard id, and
 * a user is rate-limited once across both.
 */
const TOKEN = 'shrd0000000000000000000000.faketk.not-a-real-token-0000000000000';
/** A bot admin (REPORT_ADMINS) who may publish reports. */
const OWNER = '600000000000000777';
let asker = 610000000000000000n;
const newAsker = () => {
  asker += 1n;
  return asker.toString();
};

/** Asks until the answer holds what a reload brings (each process reloads on its own, within seconds). */
async function eventually(ask: () => Promise<string>, want = '增长4.7%', ms = 20_000): Promise<string> {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    last = await ask();
    if (last.includes(want)) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  return last;
}

/** npm, the manager and every shard its log names: a failed test leaves no process behind. */
function killAll(bot: BotProcess): void {
  bot.signalGroup('SIGKILL');
  for (const m of bot.out.matchAll(/"msg":"(?:shard spawned|all shards ready)".*?"pid":(\d+)/gu)) {
    try {
      process.kill(Number(m[1]), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

describe.skipIf(!redisHere.available)(`npm run start:sharded: two shards sharing Redis${redisSkipNote}`, () => {
  const server = new FakeDiscord();
  let redis: RedisServer | undefined;
  let bot: BotProcess;
  const dataDir = tempDir('sharded');

  beforeAll(async () => {
    redis = await startRedis();
    server.recommendedShards = 2;
    await server.start();
    bot = new BotProcess(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: server.apiUrl,
        DISCORD_CLIENT_ID: '100000000000000001',
        REDIS_URL: redis.url,
        SHARD_SPAWN_DELAY_MS: '0',
        DATA_DIR: dataDir,
        REPORT_ADMINS: OWNER,
      },
      'start:sharded',
    );
    await bot.waitForOutput(/"msg":"all shards ready"/u, 90_000);
  }, 120_000);

  afterAll(async () => {
    if (bot) killAll(bot);
    await server.stop();
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const answered = (token: string) => (r: RecordedRequest) => r.path.includes(token) && r.method === 'PATCH';

  it('spawns the recommended two shards, each identified with its id, each logging it', async () => {
    // (a shard's own "ready" line reaches the manager's output through its own pipe, and may come just after the
    // manager's "all shards ready": wait for both lines rather than read the output at once)
    for (const shard of [0, 1])
      await bot.waitForOutput(
        new RegExp(`"msg":"ready".*"shard":${shard}|"shard":${shard}.*"msg":"ready"`, 'u'),
        10_000,
      );
    expect(server.shards).toEqual([0, 1]);
    const identified = server.gatewayOps.filter((o) => o.op === 2).map((o) => o.d.shard);
    expect(identified.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(bot.out).toMatch(/"msg":"ready".*"shard":0|"shard":0.*"msg":"ready"/u);
    expect(bot.out).toMatch(/"msg":"ready".*"shard":1|"shard":1.*"msg":"ready"/u);
    expect(bot.out).toMatch(/"msg":"shared state".*redis 127\.0\.0\.1/u);
  });

  it('answers on either shard from the same saved library', async () => {
    const on0 = slash('600000000000000001', 'targets', { city: '嘉兴', year: 2024 });
    const on1 = slash('600000000000000002', 'targets', { city: '嘉兴', year: 2024 });
    server.dispatch('INTERACTION_CREATE', on0, 0);
    server.dispatch('INTERACTION_CREATE', on1, 1);
    const [a, b] = await Promise.all([
      server.waitFor(answered(on0.token), 20_000),
      server.waitFor(answered(on1.token), 20_000),
    ]);
    expect(a.body.embeds[0].title).toContain('嘉兴');
    expect(b.body.embeds).toEqual(a.body.embeds);
  });

  it('limits a user once across both shards (8 per 10 s, counted in Redis)', async () => {
    const user = '600000000000000099';
    const payloads = Array.from({ length: 10 }, () => slash(user, 'help'));
    const after = server.requests.length;
    for (const [i, p] of payloads.entries()) server.dispatch('INTERACTION_CREATE', p, i % 2);
    const firsts = await Promise.all(
      payloads.map((p) => server.waitFor((r) => r.path.includes(p.token), 20_000, after)),
    );
    const limited = firsts.filter((r) => /请求太频繁/u.test(r.body?.data?.content ?? ''));
    expect(limited.length).toBe(2);
  });

  it('a report added on one shard is answered by the other and by an HTTP worker sharing Redis and DATA_DIR', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const worker = new BotProcess({
      DISCORD_TOKEN: '',
      INTERACTIONS_PORT: '0',
      INTERACTIONS_HOST: '127.0.0.1',
      DISCORD_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
      DISCORD_API_URL: server.apiUrl,
      REDIS_URL: redis!.url,
      DATA_DIR: dataDir,
    });
    try {
      await worker.waitForOutput(/"msg":"interactions endpoint listening".*"port":\d+/u, 60_000);
      const port = Number(/"msg":"interactions endpoint listening".*?"port":(\d+)/u.exec(worker.out)?.[1]);
      // Published through shard 0 by a bot admin…
      server.cdn.set('hz.txt', Buffer.from(HANGZHOU, 'utf8'));
      const attachment = nextId();
      const add = reportCommand(OWNER, 'add', [{ name: 'file', type: 11, value: attachment }], {
        [attachment]: { filename: 'hz.txt', url: `${server.cdnUrl}/hz.txt`, size: Buffer.byteLength(HANGZHOU) },
      });
      server.dispatch('INTERACTION_CREATE', add, 0);
      const staged = await server.waitFor(answered(add.token), 30_000);
      const ok = staged.body.components[0].components[0];
      const press = button(OWNER, ok.custom_id, { flags: 64 });
      server.dispatch('INTERACTION_CREATE', press, 0);
      await server.waitFor((r) => r.path.includes(press.token) && r.method === 'PATCH', 30_000);
      // …answered on shard 1 and by the HTTP worker, which reload on their own.
      const question = '杭州2024年GDP增长了多少';
      const viaShard1 = async () => {
        const p = slash(newAsker(), 'ask', { question });
        server.dispatch('INTERACTION_CREATE', p, 1);
        return (await server.waitFor(answered(p.token), 20_000)).body.embeds[0].title as string;
      };
      const viaWorker = async () => {
        const p = slash(newAsker(), 'ask', { question });
        const body = JSON.stringify(p);
        const ts = String(Math.floor(Date.now() / 1000));
        const after = server.requests.length;
        await fetch(`http://127.0.0.1:${port}/interactions`, {
          method: 'POST',
          body,
          headers: {
            'x-signature-ed25519': sign(null, Buffer.from(ts + body), privateKey).toString('hex'),
            'x-signature-timestamp': ts,
            'content-type': 'application/json',
          },
        });
        return (await server.waitFor(answered(p.token), 20_000, after)).body.embeds[0].title as string;
      };
      expect(await eventually(viaShard1)).toContain('增长4.7%');
      expect(await eventually(viaWorker)).toContain('增长4.7%');
      expect(worker.out).toMatch(/"msg":"corpus reloaded"/u);
    } finally {
      worker.signalGroup('SIGKILL');
    }
  }, 120_000);

  it('stops every shard on SIGTERM and exits 0', async () => {
    bot.child.kill('SIGTERM');
    const { code } = await bot.exit(30_000);
    expect(code).toBe(0);
    expect(bot.out).toMatch(/"msg":"stopped".*"shard":"manager"/u);
  }, 40_000);
});

describe('npm run start:sharded when its manager is killed', () => {
  it('leaves no shard behind: a shard whose manager is gone stops', async () => {
    const server = new FakeDiscord();
    await server.start();
    const dataDir = tempDir('sharded');
    const bot = new BotProcess(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, SHARD_COUNT: '1', DATA_DIR: dataDir },
      'start:sharded',
    );
    try {
      await bot.waitForOutput(/"msg":"all shards ready"/u, 90_000);
      expect(bot.out).toMatch(/REDIS_URL is not set/u);
      const pid = Number(/"msg":"shard spawned".*?"pid":(\d+)/u.exec(bot.out)?.[1]);
      expect(pid).toBeGreaterThan(0);
      // The manager itself (npm's child), as an OOM killer or kill -9 would end it.
      const manager = Number(/"msg":"all shards ready".*?"pid":(\d+)/u.exec(bot.out)?.[1]);
      process.kill(manager, 'SIGKILL');
      const alive = () => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      const deadline = Date.now() + 20_000;
      while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(alive()).toBe(false);
    } finally {
      killAll(bot);
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
