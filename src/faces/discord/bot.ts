import { Client, Events, GatewayIntentBits, type Interaction, MessageFlags, Options, Partials } from 'discord.js';
import type { CommandContext } from '../../command/contract.js';
import type { Library } from '../../query/library.js';
import type { Logger } from '../../support/log.js';
import type { SharedState } from '../../support/sharedState.js';
import { announceNewReports, type Follows } from './follow.js';
import { guardPackets } from './guard.js';
import { handleInteraction, handleMention, interactionDeps } from './interactions.js';
import { REST_PACING } from './limits.js';
import type { RateLimiter } from './rateLimit.js';
import type { ReportAdmin } from './reportAdmin.js';

/** What the bot needs to connect: the token, and a REST base URL other than Discord's (a proxy, a test server). */
export interface Connection {
  token: string;
  apiUrl: string | null;
}

export interface BotHandle {
  client: Client;
  /** Stops taking interactions, waits up to `drainMs` for the ones in flight, then closes the gateway. */
  stop(drainMs?: number): Promise<void>;
  /** Posts followers the reports new in `after`: call after any reload (a report added, the corpus re-ingested). */
  announce(before: Library, after: Library): Promise<number>;
}

export interface BotOptions {
  limiter?: RateLimiter;
  /** Where rate limits and long button states live: this process's memory unless Redis is configured. */
  state?: SharedState;
  reports?: ReportAdmin;
  /** Topics channels follow: a reload that adds reports posts their matching passages. */
  follows?: Follows;
  /** Called once when Discord says the bot cannot go on (token revoked, intents refused): the caller exits non-zero. */
  onFatal?: (sentence: string) => void;
}

/** Gateway close codes after which discord.js will not reconnect: configuration to fix, not a network blip. */
const FATAL_CLOSE: Record<number, string> = {
  4004: 'Discord closed the gateway: authentication failed (4004). Reset DISCORD_TOKEN in the developer portal and update .env.',
  4010: 'Discord closed the gateway: invalid shard (4010).',
  4011: 'Discord closed the gateway: sharding required (4011).',
  4012: 'Discord closed the gateway: invalid API version (4012).',
  4013: 'Discord closed the gateway: invalid intents (4013).',
  4014: 'Discord closed the gateway: disallowed intents (4014). Enable them in the developer portal or remove them.',
};

/**
 * A slash-command bot needs almost nothing cached: every interaction carries its user, member and
 * channel. Without limits the caches grow with every distinct user (users, members, DM channels).
 */
const CACHE_LIMITS = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  UserManager: { maxSize: 200, keepOverLimit: (u) => u.id === u.client.user.id },
  GuildMemberManager: { maxSize: 200, keepOverLimit: (m) => m.id === m.client.user.id },
  PresenceManager: 0,
  ReactionManager: 0,
  ThreadMemberManager: 0,
  VoiceStateManager: 0,
});

/** DM channels live in the client's channel cache, which discord.js cannot limit: forget them on a timer. */
function sweepDmChannels(client: Client): void {
  for (const [id, channel] of client.channels.cache) if (channel.isDMBased()) client.channels.cache.delete(id);
}

/**
 * Connects the bot. No privileged intent: Discord sends the content of messages that mention the
 * bot without MessageContent. Messages parse no mentions unless a reply says otherwise.
 */
export async function startBot(
  config: Connection,
  ctx: CommandContext,
  logger: Logger,
  options: BotOptions = {},
): Promise<BotHandle> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // Each deferred reply is edited through its own webhook route, which gets its own REST handler:
    // sweep idle ones every 10 minutes rather than every hour, so they do not pile up with users.
    rest: { handlerSweepInterval: 600_000, ...REST_PACING, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
    makeCache: CACHE_LIMITS,
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: 600, filter: () => (u) => u.id !== u.client.user.id },
    },
  });
  guardPackets(client, logger);
  const dmSweep = setInterval(() => sweepDmChannels(client), 600_000).unref();
  let fatal = false;
  let connected = false;
  const failFatally = (sentence: string) => {
    if (fatal) return;
    fatal = true;
    if (options.onFatal) options.onFatal(sentence);
    else logger.error('fatal', { reason: sentence });
  };
  // A report added from Discord is announced to its followers once the library holding it is in.
  const announce = async (before: Library, after: Library): Promise<number> =>
    options.follows ? announceNewReports(client, options.follows, deps.buttons, logger, before, after) : 0;
  const reports: ReportAdmin | undefined = options.reports && {
    ...options.reports,
    reload: () => {
      const before = ctx.library;
      options.reports!.reload();
      void announce(before, ctx.library).catch((error) => logger.error('announcing new reports failed', { error }));
    },
  };
  const deps = interactionDeps(ctx, logger, options.state, {
    limiter: options.limiter,
    reports,
    follows: options.follows,
  });
  // Work in flight, so a shutdown can wait for every answer already promised.
  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  client.on(Events.InteractionCreate, (i) => {
    if (accepting) track(handleInteraction(i, deps));
    else void refuseWhileStopping(i);
  });
  client.on(Events.MessageCreate, (m) => {
    if (client.user && accepting) track(handleMention(m, client.user.id, deps));
  });
  client.on(Events.Error, (e) => logger.error('client error', { error: e }));
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.warn('gateway disconnected', { shard, code: event.code });
    const sentence = FATAL_CLOSE[event.code];
    if (sentence) failFatally(sentence);
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));
  // One 401 on an authenticated route makes discord.js forget the token: every later request would
  // fail while the process looks healthy. (Interaction callbacks are unauthenticated; an expired one is not fatal.)
  client.rest.on('response', (request, response) => {
    // Before the bot is ready a 401 rejects login, which says so itself.
    if (connected && response.status === 401 && request.data.auth !== false)
      failFatally(
        `Discord answered 401 Unauthorized on ${request.method} ${request.route}: DISCORD_TOKEN was revoked or reset. Update .env and restart.`,
      );
  });
  client.rest.on('rateLimited', (info) =>
    logger.warn('rate limited by Discord', { route: info.route, retryAfter: info.retryAfter }),
  );
  const ready = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      logger.info('ready', { user: c.user.tag, guilds: c.guilds.cache.size });
      resolve();
    }),
  );
  await client.login(config.token);
  await ready;
  connected = true;
  // The bot's owner may add reports too: ask Discord who that is (a team's members all count).
  if (options.reports) {
    try {
      const app = await client.application?.fetch();
      const owner = app?.owner;
      const ids = owner && 'members' in owner ? [...owner.members.keys()] : owner ? [owner.id] : [];
      for (const id of ids) options.reports.admins.add(id);
    } catch (e) {
      logger.warn('could not fetch the application owner; report admins are REPORT_ADMINS and Manage Server', {
        error: e,
      });
    }
  }
  return {
    client,
    announce,
    stop: async (drainMs = 10_000) => {
      accepting = false;
      clearInterval(dmSweep);
      const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), drainMs).unref());
      const drained = await Promise.race([Promise.allSettled([...inFlight]).then(() => 'done' as const), deadline]);
      if (drained === 'late')
        logger.warn('shutdown deadline passed with answers in flight', { pending: inFlight.size });
      await client.destroy();
    },
  };
}

/** An interaction that arrives while shutting down gets a sentence rather than Discord's "did not respond". */
async function refuseWhileStopping(i: Interaction): Promise<void> {
  try {
    if (i.isRepliable())
      await i.reply({
        content: '机器人正在重启，请稍后再试。',
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
  } catch {
    // The gateway is closing; nothing more to tell.
  }
}
