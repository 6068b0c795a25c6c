import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { CommandContext } from '../../command/contract.js';
import type { Logger } from '../../support/log.js';
import { ButtonStore } from './customIds.js';
import { handleInteraction, handleMention } from './interactions.js';
import { RateLimiter } from './rateLimit.js';
import type { ReportAdmin } from './reportAdmin.js';

/** What the bot needs to connect: the token, and a REST base URL other than Discord's (a proxy, a test server). */
export interface Connection {
  token: string;
  apiUrl: string | null;
}

export interface BotHandle {
  client: Client;
  stop(): Promise<void>;
}

export interface BotOptions {
  limiter?: RateLimiter;
  reports?: ReportAdmin;
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
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });
  const deps = {
    ctx,
    logger,
    limiter: options.limiter ?? new RateLimiter(),
    buttons: new ButtonStore(),
    reports: options.reports,
  };
  client.on(Events.InteractionCreate, (i) => void handleInteraction(i, deps));
  client.on(Events.MessageCreate, (m) => {
    if (client.user) void handleMention(m, client.user.id, deps);
  });
  client.on(Events.Error, (e) => logger.error('client error', { error: e }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected', { shard, code: event.code }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));
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
    stop: async () => {
      await client.destroy();
    },
  };
}
