/**
 * `npm start`: the bot when .env has a token, otherwise the local console answering the same commands.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { COMMANDS } from '../../commands/index.js';
import type { CommandContext } from '../command/contract.js';
import { loadReports } from '../corpus/corpus.js';
import { isDamagedFile } from '../corpus/errors.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import { runConsole } from '../faces/console/console.js';
import type { InteractionServer } from '../faces/discord/httpInteractions.js';
import { readUploadIsolated } from '../ingest/uploadReader.js';
import { type Library, loadLibrary, warmFactsGradually, warmLibrary, warmLibraryGradually } from '../query/library.js';
import { ChartCache } from '../reply/charts/cache.js';
import { FileFollowStore, type FollowStore } from '../support/followStore.js';
import { type Check, type Readiness, serveHealth } from '../support/healthEndpoint.js';
import { newIncidentId } from '../support/incident.js';
import { createLogger, type Logger, withFields } from '../support/log.js';
import { metrics } from '../support/metrics.js';
import { MemoryState, type SharedState } from '../support/sharedState.js';
import { stopOnSignals } from '../support/stopOnSignals.js';
import { loadConfig } from './config.js';
import { connectionFailure } from './failures.js';
import { watchCorpus } from './watch.js';

/** A bug that escaped every handler: logged with an incident id. An exception leaves state unknown, so exit. */
function logEscapedErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled promise rejection', { incident: newIncidentId(), error: reason });
  });
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception; exiting', { incident: newIncidentId(), error });
    process.exit(1);
  });
}

async function main(): Promise<number> {
  const { config, problems, canConnect, fatal } = loadConfig();
  if (fatal) {
    console.error(fatal);
    return 1;
  }
  // A shard spawned by `npm run start:sharded` has its id in SHARDS: every line names it.
  const base = createLogger(config.logLevel, [process.env.DISCORD_TOKEN ?? null]);
  const shard = process.env.SHARDING_MANAGER ? process.env.SHARDS : undefined;
  const logger = shard === undefined ? base : withFields(base, { shard: Number(shard) });
  logEscapedErrors(logger);
  for (const p of problems) console.error(`config: ${p}`);
  // Build everything once before the first question, so no answer waits for an index.
  // The committed corpus and the reports users added from Discord (DATA_DIR), as one library.
  /** The ids of the reports users added (DATA_DIR), as its catalog lists them now. */
  const userIds = () => {
    try {
      return new Set(loadReports(config.dataDir).map((r) => r.id));
    } catch {
      return new Set<string>();
    }
  };
  /** The library's size (and how long it took to open or build) as metrics. */
  const sized = (loaded: Library, loadSeconds: number) => {
    metrics.library({ reports: loaded.corpus.reports.length, paragraphs: loaded.index.size, loadSeconds });
    return loaded;
  };
  const library = () =>
    loadLibrary(CORPUS_DIR, {
      userDir: config.dataDir,
      engine: config.searchEngine,
      said: (line) => logger.info(`search database: ${line}`),
    });
  // A library that had to be built is saved, so the next start (and the next reload) opens it.
  const saved = (built: Library) => {
    const what = built.save();
    if (what) logger.info(what);
    return built;
  };
  // The facts of a saved library are parsed in slices after the rest is open; a query meanwhile parses the
  // report it reads. At ×100 that is the 2.7 s start-up and reload no acknowledgement waits for.
  const load = () => {
    const started = performance.now();
    const loaded = saved(warmLibrary(library(), { facts: false }));
    sized(loaded, (performance.now() - started) / 1000);
    warmFactsGradually(loaded).then(
      (ms) => logger.debug('facts parsed', { ms }),
      (error) => logger.error('the saved facts could not be parsed; facts queries will say so', { error }),
    );
    return loaded;
  };
  const ctx: CommandContext = { library: load(), charts: new ChartCache(), commands: COMMANDS };
  logger.info('library ready', {
    reports: ctx.library.corpus.reports.length,
    from: ctx.library.origin,
    engine: ctx.library.engine,
  });
  // Followers hear of reports a reload adds, once the bot is connected.
  let announce: (before: Library, after: Library) => Promise<number> = async () => 0;
  // The committed corpus's reports may never be lost by a reload; users' reports are removed on purpose.
  const committed = new Set(ctx.library.corpus.reports.filter((r) => !userIds().has(r.id)).map((r) => r.id));
  // Reloaded when `npm run ingest` rewrites the corpus, when another process on this machine publishes a
  // user's report (DATA_DIR's catalog), or when one elsewhere says so over Redis.
  const watcher = watchCorpus(ctx, logger, {
    dir: CORPUS_DIR,
    load: async () => {
      const started = performance.now();
      return sized(saved(await warmLibraryGradually(library())), (performance.now() - started) / 1000);
    },
    reloaded: (before, after) =>
      void announce(before, after).catch((error) => logger.error('announcing new reports failed', { error })),
    alsoWatch: [path.join(config.dataDir, 'catalog.json')],
    guarded: (id) => committed.has(id),
  });
  const overHttp = config.interactionsPort !== null;
  if ((!canConnect || !config.token) && !overHttp) {
    console.error('No DISCORD_TOKEN in .env: starting the local console (type /help, or exit to quit).');
    const outDir = path.resolve('charts-out');
    await runConsole(ctx, {
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      logger,
      saveAttachment: async (name, data) => {
        await mkdir(outDir, { recursive: true });
        const file = path.join(outDir, name);
        await writeFile(file, data);
        return file;
      },
    });
    return 0;
  }
  let state: SharedState = new MemoryState();
  if (config.redisUrl) {
    const { RedisState } = await import('../support/redisState.js');
    try {
      state = await RedisState.connect(config.redisUrl);
    } catch (e) {
      console.error(
        `${e instanceof Error ? e.message : String(e)}. Start Redis, or unset REDIS_URL to keep the state in memory.`,
      );
      return 1;
    }
  }
  logger.info('shared state', { state: state.name });
  // A user's report published by another process (over Redis, wherever it runs) reloads this one too.
  const corpusChanged = 'corpus-changed';
  const me = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  await state
    .subscribe(corpusChanged, (from) => {
      if (from !== me) void watcher.reload();
    })
    .catch((error) => logger.warn('cannot hear other processes reload; the data folder is still watched', { error }));
  let bot: Awaited<ReturnType<typeof import('../faces/discord/bot.js')['startBot']>> | undefined;
  // Ready: the library loaded, Redis answering when configured, the gateway connected when there is a token.
  const readiness: Readiness = async () => {
    const checks: Check[] = [
      {
        name: 'library',
        ok: ctx.library.corpus.reports.length > 0,
        detail: `${ctx.library.corpus.reports.length} reports`,
      },
    ];
    if (config.redisUrl) checks.push({ name: 'redis', ok: await state.ping(), detail: state.name });
    if (config.token) checks.push({ name: 'gateway', ok: bot?.client.isReady() === true });
    return checks;
  };
  let health: Server | undefined;
  if (config.healthPort !== null) {
    health = createServer((req, res) => {
      void serveHealth(req, res, readiness).then((served) => {
        if (served) return;
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'GET /health/live, /health/ready or /metrics' }));
      });
    });
    const listening = health;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(config.healthPort ?? 0, config.interactionsHost, () => resolve());
    }).catch(async (e: unknown) => {
      console.error(
        `Cannot serve health on ${config.interactionsHost}:${config.healthPort} (${e instanceof Error ? e.message : String(e)}): choose another HEALTH_PORT.`,
      );
      await state.close();
      process.exit(1);
    });
    logger.info('health endpoint listening', {
      host: config.interactionsHost,
      port: (listening.address() as AddressInfo).port,
    });
  }
  // Followed topics: in Redis when processes share their state, else in the data folder.
  let followStore: FollowStore;
  try {
    followStore = config.redisUrl
      ? await (await import('../support/redisFollowStore.js')).RedisFollowStore.connect(config.redisUrl)
      : new FileFollowStore(config.dataDir);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}. Start Redis, or unset REDIS_URL.`);
    await state.close();
    return 1;
  }
  let endpoint: InteractionServer | undefined;
  if (config.interactionsPort !== null && config.publicKey) {
    const { startInteractionServer } = await import('../faces/discord/httpInteractions.js');
    const { interactionDeps } = await import('../faces/discord/interactions.js');
    try {
      endpoint = await startInteractionServer(interactionDeps(ctx, logger, state), {
        port: config.interactionsPort,
        host: config.interactionsHost,
        publicKey: config.publicKey,
        apiUrl: config.apiUrl,
        state,
        ready: readiness,
      });
    } catch (e) {
      console.error(
        `Cannot serve interactions on ${config.interactionsHost}:${config.interactionsPort} (${e instanceof Error ? e.message : String(e)}): choose another INTERACTIONS_PORT.`,
      );
      await state.close();
      return 1;
    }
    logger.info('interactions endpoint listening', { host: config.interactionsHost, port: endpoint.port });
  }
  const closeShared = async () => {
    await endpoint?.close();
    await new Promise<void>((resolve) => (health ? health.close(() => resolve()) : resolve()));
    await state.close();
    await followStore.close();
  };
  if (!config.token) {
    // An HTTP worker: any number of these behind a load balancer; mentions need a gateway process.
    logger.info('no DISCORD_TOKEN: answering interactions over HTTP only (mentions need the gateway)');
    stopOnSignals(logger, 'shutting down', closeShared);
    return 0;
  }
  const { startBot } = await import('../faces/discord/bot.js');
  // Fatal means a supervisor must see a failure: one line, and a non-zero exit.
  const onFatal = (sentence: string) => {
    console.error(sentence);
    void (bot ? bot.stop(0) : Promise.resolve()).finally(() => process.exit(1));
  };
  try {
    const reports = {
      store: {
        dir: config.dataDir,
        reservedIds: loadLibrary(CORPUS_DIR).corpus.reports.map((r) => r.id),
        // Uploads are read in a worker with memory and time limits: a zip bomb costs the worker, not the bot.
        read: readUploadIsolated,
      },
      admins: new Set(config.reportAdmins),
      reload: () => {
        ctx.library = load();
        logger.info('library reloaded after a report change', { reports: ctx.library.corpus.reports.length });
        // Every other process reloads too: those on this machine see DATA_DIR's catalog change, and all hear this.
        void state
          .publish(corpusChanged, me)
          .catch((error) => logger.warn('could not tell other processes', { error }));
      },
    };
    bot = await startBot({ token: config.token, apiUrl: config.apiUrl }, ctx, logger, {
      reports,
      follows: { store: followStore, admins: reports.admins },
      onFatal,
      state,
    });
    announce = bot.announce;
  } catch (e) {
    const sentence = connectionFailure(e, config.apiUrl);
    if (!sentence) throw e;
    console.error(sentence);
    return 1;
  }
  const running = bot;
  // SIGTERM (a supervisor, `docker stop`) or SIGINT: stop taking interactions, answer the ones in flight
  // (up to SHUTDOWN_DRAIN_MS), close the gateway, exit 0. A second signal exits at once.
  const stop = stopOnSignals(logger, 'shutting down', async () => {
    await running.stop(config.drainMs);
    await closeShared();
  });
  // A shard whose manager died (killed, crashed) is nobody's: it stops as on SIGTERM instead of lingering.
  if (shard !== undefined && process.channel) process.once('disconnect', () => stop('SIGTERM'));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A damaged corpus file is one sentence naming it and the command that repairs it.
    console.error(isDamagedFile(e) ? e.message : e);
    process.exitCode = 1;
  },
);
