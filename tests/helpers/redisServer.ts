import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** Set by .ci/run: the Redis tests must run there, so a missing Redis fails them instead of skipping them. */
export const REQUIRE_REDIS_VARIABLE = 'GOVREPORT_REQUIRE_REDIS';

/**
 * Whether the Redis tests can run here, decided once per test file: a Redis the developer names with
 * REDIS_URL, or a redis-server on the PATH that the tests start themselves. When neither, `skipReason`
 * says why and how to run them; with GOVREPORT_REQUIRE_REDIS=1 the file fails instead (CI).
 */
function findRedis(): { available: true } | { available: false; skipReason: string } {
  if (process.env.REDIS_URL) return { available: true };
  if (!spawnSync('redis-server', ['--version']).error) return { available: true };
  const skipReason =
    'no redis-server on the PATH and no REDIS_URL: install redis-server (apt-get install redis-server) or set REDIS_URL to run them';
  if (process.env[REQUIRE_REDIS_VARIABLE] === '1')
    throw new Error(`${REQUIRE_REDIS_VARIABLE}=1 but the Redis tests cannot run: ${skipReason}`);
  return { available: false, skipReason };
}

export const redisHere = findRedis();
/** A describe-title suffix, so the skipped tests say why in the runner's own listing. */
export const redisSkipNote = redisHere.available ? '' : ` (skipped: ${redisHere.skipReason})`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * REDIS_URL when set (the tests write under prefixes of their own and leave it running), else a
 * redis-server of the test's own on 127.0.0.1 (Debian's redis-server, which .ci/run installs): nothing
 * saved to disk, stopped when the test ends. Call it only where `redisHere.available`.
 */
export async function startRedis(): Promise<RedisServer> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/Ready to accept connections/u.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}): ${out}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
