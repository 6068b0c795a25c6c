/**
 * `npm run start:sharded`: the bot for many servers. discord.js's ShardingManager spawns one process per
 * gateway shard (SHARD_COUNT, or Discord's recommendation); each runs the same `main.js`, opens the same
 * saved library and search database (built here once, first), logs with its shard id, and shares rate
 * limits and button states through Redis (REDIS_URL). `npm start` stays one process.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { isDamagedFile } from '../corpus/errors.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import { loadLibrary, warmLibrary } from '../query/library.js';
import { createLogger, withFields } from '../support/log.js';
import { stopOnSignals } from '../support/stopOnSignals.js';
import { loadConfig } from './config.js';
import { connectionFailure } from './failures.js';

/** SHARD_COUNT as a positive whole number, or Discord's recommendation (GET /gateway/bot) when unset or auto. */
async function shardCount(token: string, apiUrl: string | null): Promise<number | string> {
  const wanted = (process.env.SHARD_COUNT ?? 'auto').trim().toLowerCase();
  if (wanted !== 'auto' && wanted !== '') {
    const n = Number(wanted);
    return Number.isInteger(n) && n >= 1 && n <= 1024
      ? n
      : `SHARD_COUNT must be a whole number from 1 to 1024, or auto`;
  }
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

async function main(): Promise<number> {
  const { config, problems, canConnect, fatal } = loadConfig();
  if (fatal) {
    console.error(fatal);
    return 1;
  }
  if (!canConnect || !config.token) {
    console.error('start:sharded needs DISCORD_TOKEN in .env (without one, `npm start` opens the local console).');
    return 1;
  }
  const logger = withFields(createLogger(config.logLevel, [config.token]), { shard: 'manager' });
  for (const p of problems) console.error(`config: ${p}`);
  if (!config.redisUrl)
    logger.warn('REDIS_URL is not set: each shard keeps its own rate limits and long button states');
  // Built once here and saved, so the shards open the files instead of each building its own.
  const library = warmLibrary(
    loadLibrary(CORPUS_DIR, {
      userDir: config.dataDir,
      engine: config.searchEngine,
      said: (line) => logger.info(`search database: ${line}`),
    }),
  );
  const saved = library.save();
  logger.info('library ready for the shards', { from: library.origin, engine: library.engine, saved });
  let total: number | string;
  try {
    total = await shardCount(config.token, config.apiUrl);
  } catch (e) {
    console.error(connectionFailure(e, config.apiUrl) ?? `Could not ask Discord how many shards to run: ${String(e)}`);
    return 1;
  }
  if (typeof total === 'string') {
    console.error(total);
    return 1;
  }
  const heap = process.env.GOVREPORT_HEAP_MB ?? '1024';
  const manager = new ShardingManager(fileURLToPath(new URL('./main.js', import.meta.url)), {
    totalShards: total,
    token: config.token,
    respawn: true,
    execArgv: [`--max-old-space-size=${heap}`],
  });
  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (child) =>
      logger.info('shard spawned', { id: shard.id, of: total, pid: 'pid' in child ? child.pid : null }),
    );
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      logger.warn('shard exited', { id: shard.id, code, respawn: manager.respawn });
    });
  });
  const stopAll = async () => {
    manager.respawn = false;
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  // Discord accepts one identify per 5 s per bucket: shards are spawned that far apart unless told otherwise.
  const delay = Number(process.env.SHARD_SPAWN_DELAY_MS ?? '5500');
  try {
    await manager.spawn({ amount: total, delay: Number.isFinite(delay) ? delay : 5500, timeout: 90_000 });
  } catch (e) {
    console.error(`A shard did not become ready: ${e instanceof Error ? e.message : String(e)}. Stopping the others.`);
    await stopAll();
    return 1;
  }
  logger.info('all shards ready', { shards: total, pid: process.pid });
  stopOnSignals(logger, 'shutting down the shards', stopAll);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (e: unknown) => {
    // A damaged corpus file is one sentence naming it and the command that repairs it.
    console.error(isDamagedFile(e) ? e.message : e);
    process.exit(1);
  },
);
