import path from 'node:path';
import { config as loadDotenv } from 'dotenv';

import { parseEngineWish, type SearchEngineWish } from '../built/engineChoice.js';
import type { LogLevel } from '../support/log.js';

/** Everything the process reads from its environment, validated once at start. */
export interface Config {
  token: string | null;
  clientId: string | null;
  guildId: string | null;
  /** REST base URL without the version, e.g. http://127.0.0.1:4000/api; null for Discord's. */
  apiUrl: string | null;
  logLevel: LogLevel;
  /** Where reports users add from Discord live (raw files, their corpus, staging, audit log). */
  dataDir: string;
  /** User ids who may add and remove reports besides the bot's owner and members with Manage Server. */
  reportAdmins: string[];
  /** How long a shutdown waits for answers in flight (SHUTDOWN_DRAIN_MS, default 10 s). */
  drainMs: number;
  /** SEARCH_ENGINE: memory, sqlite, or auto (picked by corpus size, printed at start). */
  searchEngine: SearchEngineWish;
  /** REDIS_URL: rate limits and long button states shared by every shard and worker; null keeps them in memory. */
  redisUrl: string | null;
  /** INTERACTIONS_PORT: serve signed interactions over HTTP on this port (0: any free one); null: gateway only. */
  interactionsPort: number | null;
  /** HEALTH_PORT: /health/live, /health/ready and /metrics on a port of their own (0: any free one); null: none. */
  healthPort: number | null;
  /** INTERACTIONS_HOST, default 0.0.0.0 (behind a load balancer). */
  interactionsHost: string;
  /** DISCORD_PUBLIC_KEY: the application's Ed25519 key (hex) that signs HTTP interactions. */
  publicKey: string | null;
}

export interface ConfigCheck {
  config: Config;
  /** One line per problem, in English for the operator's log. */
  problems: string[];
  /** A token is set and valid, so the bot can connect. */
  canConnect: boolean;
  /** Set when the configuration cannot be run as it is (a malformed token): one line, then exit non-zero. */
  fatal: string | null;
}

const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error'];
const SNOWFLAKE = /^\d{17,20}$/u;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/u;

function clean(v: string | undefined): string | null {
  const t = v?.trim();
  return t ? t : null;
}

export function checkConfig(env: NodeJS.ProcessEnv): ConfigCheck {
  const problems: string[] = [];
  const token = clean(env.DISCORD_TOKEN);
  const clientId = clean(env.DISCORD_CLIENT_ID);
  const guildId = clean(env.DISCORD_GUILD_ID);
  let apiUrl = clean(env.DISCORD_API_URL);
  const level = (clean(env.LOG_LEVEL) ?? 'info').toLowerCase();
  if (token && !TOKEN_SHAPE.test(token))
    problems.push('DISCORD_TOKEN does not look like a bot token (three dot-separated parts); check .env');
  if (token && !clientId)
    problems.push('DISCORD_CLIENT_ID is not set: the bot can run, but `npm run deploy-commands` needs it');
  if (clientId && !SNOWFLAKE.test(clientId)) problems.push('DISCORD_CLIENT_ID must be the numeric application id');
  if (guildId && !SNOWFLAKE.test(guildId))
    problems.push('DISCORD_GUILD_ID must be a numeric server id, or left empty for global commands');
  if (apiUrl) {
    try {
      const u = new URL(apiUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
      apiUrl = apiUrl.replace(/\/+$/u, '').replace(/\/v\d+$/u, '');
    } catch {
      problems.push('DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:4000/api');
      apiUrl = null;
    }
  }
  if (!LEVELS.includes(level as LogLevel)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}; using info`);
  const logLevel = LEVELS.includes(level as LogLevel) ? (level as LogLevel) : 'info';
  const tokenOk = token !== null && TOKEN_SHAPE.test(token);
  // A set but malformed token is a mistake to fix, not a wish for the console: running the console
  // instead would look like success to a supervisor.
  const fatal =
    token && !tokenOk
      ? 'DISCORD_TOKEN in .env does not look like a bot token (three dot-separated parts): fix it, or leave it empty to use the local console.'
      : null;
  const reportAdmins = (clean(env.REPORT_ADMINS) ?? '').split(/[\s,]+/u).filter(Boolean);
  for (const id of reportAdmins)
    if (!SNOWFLAKE.test(id)) problems.push(`REPORT_ADMINS must list numeric user ids; "${id.slice(0, 20)}" is not one`);
  const dataDir = path.resolve(clean(env.DATA_DIR) ?? 'data');
  const drain = Number(clean(env.SHUTDOWN_DRAIN_MS) ?? '10000');
  if (!Number.isFinite(drain) || drain < 0)
    problems.push('SHUTDOWN_DRAIN_MS must be a number of milliseconds; using 10000');
  let redisUrl = clean(env.REDIS_URL);
  if (redisUrl && !/^rediss?:\/\/[^\s]+$/u.test(redisUrl)) {
    problems.push('REDIS_URL must look like redis://127.0.0.1:6379; keeping the state in memory');
    redisUrl = null;
  }
  const portText = clean(env.INTERACTIONS_PORT);
  const port = portText === null ? null : Number(portText);
  const publicKey = clean(env.DISCORD_PUBLIC_KEY);
  let httpFatal: string | null = null;
  if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535))
    httpFatal = 'INTERACTIONS_PORT must be a port number (0–65535), or left empty to use the gateway only.';
  else if (port !== null && !(publicKey && /^[0-9a-f]{64}$/iu.test(publicKey)))
    httpFatal =
      'INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY is not the 64 hex digits of the developer portal: without it no request can be verified.';
  const healthText = clean(env.HEALTH_PORT);
  let healthPort = healthText === null ? null : Number(healthText);
  if (healthPort !== null && (!Number.isInteger(healthPort) || healthPort < 0 || healthPort > 65535)) {
    problems.push('HEALTH_PORT must be a port number (0–65535); serving no health endpoint');
    healthPort = null;
  }
  const engine = parseEngineWish(env.SEARCH_ENGINE);
  if (engine.problem) problems.push(engine.problem);
  return {
    config: {
      token: tokenOk ? token : null,
      clientId,
      guildId,
      apiUrl,
      logLevel,
      dataDir,
      reportAdmins: reportAdmins.filter((id) => SNOWFLAKE.test(id)),
      drainMs: Number.isFinite(drain) && drain >= 0 ? drain : 10_000,
      searchEngine: engine.wish,
      redisUrl,
      interactionsPort: httpFatal ? null : port,
      interactionsHost: clean(env.INTERACTIONS_HOST) ?? '0.0.0.0',
      healthPort,
      publicKey,
    },
    problems,
    canConnect: tokenOk,
    fatal: fatal ?? httpFatal,
  };
}

/** Reads .env (if present) into process.env, then validates. */
export function loadConfig(): ConfigCheck {
  loadDotenv({ quiet: true });
  return checkConfig(process.env);
}
