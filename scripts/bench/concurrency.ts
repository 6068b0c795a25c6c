/**
 * The bot under a burst, for `npm run bench`: time from spawn to ready, then the time from dispatch to
 * the first acknowledgement (the interaction callback Discord needs within 3 s) of 50 and 200
 * interactions sent at once from distinct users — one `npm start`, two shards sharing a Redis
 * (`npm run start:sharded`), and one HTTP worker answering signed requests. Prints; asserts nothing.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { BotProcess } from '../../tests/helpers/botProcess.js';
import { FakeDiscord } from '../../tests/helpers/fakeDiscord.js';
import { slash } from '../../tests/helpers/interactions.js';
import { startRedis } from '../../tests/helpers/redisServer.js';

const TOKEN = 'conc0000000000000000000000.faketk.not-a-real-token-0000000000000';
let seq = 800000000000000000n;
const newUser = () => {
  seq += 1n;
  return seq.toString();
};

const QUERIES = ['营商环境', '嘉兴 研发投入', '老旧小区改造', '数字经济', '乡村振兴'];
const percentile = (v: number[], p: number) =>
  [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))]!;

function summary(label: string, acks: number[], n: number): string {
  const late = acks.filter((ms) => ms >= 3000).length;
  return `  ${label}: ${n} at once → first ack p50 ${percentile(acks, 50).toFixed(0)} ms, p99 ${percentile(acks, 99).toFixed(0)} ms, max ${Math.max(...acks).toFixed(0)} ms; ${acks.length}/${n} acknowledged, ${late} at 3 s or later`;
}

/** Sends n slash commands over the gateway, spread over `shards`, and times each first acknowledgement. */
async function gatewayBurst(server: FakeDiscord, n: number, shards: number): Promise<number[]> {
  const payloads = Array.from({ length: n }, (_, i) =>
    slash(newUser(), 'search', { query: QUERIES[i % QUERIES.length]! }),
  );
  const after = server.requests.length;
  const started = performance.now();
  const acks = payloads.map((p) =>
    server
      .waitFor((r) => r.path.includes(p.token) && r.path.endsWith('/callback'), 30_000, after)
      .then(
        () => performance.now() - started,
        () => Number.NaN,
      ),
  );
  for (const [i, p] of payloads.entries())
    server.dispatch('INTERACTION_CREATE', p, shards > 1 ? i % shards : undefined);
  return (await Promise.all(acks)).filter((ms) => !Number.isNaN(ms));
}

/**
 * `perSecond` slash commands every second for `seconds`, from distinct users, each timed from dispatch to
 * its answer (the edit of the deferred reply): what users wait under sustained load.
 */
async function sustained(server: FakeDiscord, perSecond: number, seconds: number): Promise<string> {
  const answers: Promise<number>[] = [];
  const after = server.requests.length;
  for (let second = 0; second < seconds; second += 1) {
    const tick = performance.now();
    for (let i = 0; i < perSecond; i += 1) {
      const p = slash(
        newUser(),
        i % 2 ? 'ask' : 'search',
        i % 2 ? { question: '嘉兴2024年GDP目标' } : { query: QUERIES[i % QUERIES.length]! },
      );
      const sent = performance.now();
      answers.push(
        server
          .waitFor((r) => r.path.includes(p.token) && r.method === 'PATCH', 60_000, after)
          .then(
            () => performance.now() - sent,
            () => Number.NaN,
          ),
      );
      server.dispatch('INTERACTION_CREATE', p);
    }
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
  }
  const done = (await Promise.all(answers)).filter((ms) => !Number.isNaN(ms));
  const late = done.filter((ms) => ms >= 5000).length;
  return `  sustained ${perSecond}/s for ${seconds} s: ${done.length}/${answers.length} answered; answer p50 ${percentile(done, 50).toFixed(0)} ms, p99 ${percentile(done, 99).toFixed(0)} ms, max ${Math.max(...done).toFixed(0)} ms; ${late} at 5 s or later`;
}

/** `npm run bench -- --sustained`: one `npm start` under 60 interactions/s for a minute. */
export async function sustainedFigures(perSecond = 60, seconds = 60): Promise<string[]> {
  const server = new FakeDiscord();
  await server.start();
  const bot = new BotProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl });
  try {
    await bot.waitForOutput(/"msg":"ready"/u, 120_000);
    return [await sustained(server, perSecond, seconds)];
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exit(20_000);
    await server.stop();
  }
}

async function gatewayRun(
  label: string,
  script: string,
  shards: number,
  env: Record<string, string>,
): Promise<string[]> {
  const server = new FakeDiscord();
  server.recommendedShards = shards;
  await server.start();
  const spawned = performance.now();
  const bot = new BotProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, ...env }, script);
  const lines: string[] = [];
  try {
    await bot.waitForOutput(shards > 1 ? /"msg":"all shards ready"/u : /"msg":"ready"/u, 120_000);
    lines.push(`${label}: spawn → ready ${(performance.now() - spawned).toFixed(0)} ms`);
    for (const n of [50, 200]) {
      lines.push(summary(label, await gatewayBurst(server, n, shards), n));
      await new Promise((r) => setTimeout(r, 1500));
    }
  } catch (e) {
    lines.push(`${label}: did not finish (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exit(20_000);
    await server.stop();
  }
  return lines;
}

async function httpRun(): Promise<string[]> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const server = new FakeDiscord();
  await server.start();
  const spawned = performance.now();
  const worker = new BotProcess({
    DISCORD_TOKEN: '',
    INTERACTIONS_PORT: '0',
    INTERACTIONS_HOST: '127.0.0.1',
    DISCORD_PUBLIC_KEY: hex,
    DISCORD_API_URL: server.apiUrl,
  });
  const lines: string[] = [];
  try {
    await worker.waitForOutput(/"msg":"interactions endpoint listening"/u, 60_000);
    lines.push(`HTTP worker: spawn → listening ${(performance.now() - spawned).toFixed(0)} ms`);
    const port = Number(/"msg":"interactions endpoint listening".*?"port":(\d+)/u.exec(worker.out)?.[1]);
    for (const n of [50, 200]) {
      const requests = Array.from({ length: n }, (_, i) => {
        const body = JSON.stringify(slash(newUser(), 'search', { query: QUERIES[i % QUERIES.length]! }));
        const ts = String(Math.floor(Date.now() / 1000));
        const headers = {
          'x-signature-ed25519': sign(null, Buffer.from(ts + body), privateKey).toString('hex'),
          'x-signature-timestamp': ts,
          'content-type': 'application/json',
        };
        return { body, headers };
      });
      const started = performance.now();
      const acks = await Promise.all(
        requests.map((r) =>
          fetch(`http://127.0.0.1:${port}/interactions`, { method: 'POST', ...r }).then(
            async (res) => {
              await res.text();
              return res.ok ? performance.now() - started : Number.NaN;
            },
            () => Number.NaN,
          ),
        ),
      );
      lines.push(
        summary(
          'HTTP worker',
          acks.filter((ms) => !Number.isNaN(ms)),
          n,
        ),
      );
      await new Promise((r) => setTimeout(r, 1500));
    }
  } catch (e) {
    lines.push(`HTTP worker: did not finish (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  } finally {
    worker.child.kill('SIGTERM');
    await worker.exit(20_000);
    await server.stop();
  }
  return lines;
}

export async function concurrencyFigures(): Promise<string[]> {
  const lines = await gatewayRun('one process', 'start', 1, {});
  const redis = await startRedis().catch(() => null);
  if (redis) {
    try {
      lines.push(
        ...(await gatewayRun('two shards + Redis', 'start:sharded', 2, {
          REDIS_URL: redis.url,
          SHARD_SPAWN_DELAY_MS: '0',
        })),
      );
    } finally {
      await redis.stop();
    }
  } else lines.push('two shards + Redis: skipped (no redis-server here)');
  lines.push(...(await httpRun()));
  return lines;
}
