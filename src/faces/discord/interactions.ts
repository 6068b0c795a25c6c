import type { ButtonInteraction, Interaction, Message } from 'discord.js';
import { completeOption } from '../../command/autocomplete.js';
import { formatCommandLine, parseCommandLine, type RawOptions } from '../../command/commandLine.js';
import type { CommandContext } from '../../command/contract.js';
import { runCommand } from '../../command/dispatch.js';
import { errorReply, type Reply } from '../../reply/model.js';
import { newIncidentId } from '../../support/incident.js';
import type { Logger } from '../../support/log.js';
import { metrics } from '../../support/metrics.js';
import type { SharedState } from '../../support/sharedState.js';
import { ButtonStore } from './customIds.js';
import { SEARCH_MESSAGE_NAMES } from './definitions.js';
import { FOLLOW_COMMAND, type Follows, onFollowCommand } from './follow.js';
import { gatewayTurn } from './gatewayTurn.js';
import { LIMITS } from './limits.js';
import { RateLimiter } from './rateLimit.js';
import { notice, type RenderOptions, renderDiscord } from './render.js';
import { onReportButton, onReportCommand, REPORT_COMMAND, type ReportAdmin } from './reportAdmin.js';
import type { Choice, Incoming, Turn } from './turn.js';

export interface Deps {
  ctx: CommandContext;
  logger: Logger;
  limiter: RateLimiter;
  buttons: ButtonStore;
  /** Adding and removing reports from Discord; absent when no data folder is configured. */
  reports?: ReportAdmin;
  /** Topics channels follow; absent when there is nowhere to keep them. */
  follows?: Follows;
}

/** What the handlers need, over one shared state: the rate limit (8 per 10 s) and the long button states. */
export function interactionDeps(
  ctx: CommandContext,
  logger: Logger,
  state?: SharedState,
  extra: { limiter?: RateLimiter; reports?: ReportAdmin; follows?: Follows } = {},
): Deps {
  return {
    ctx,
    logger,
    limiter: extra.limiter ?? new RateLimiter(8, 10_000, state, logger),
    buttons: new ButtonStore(state, logger),
    reports: extra.reports,
    follows: extra.follows,
  };
}

/** The reply as Discord shows it, once the states of its long buttons are stored (another shard may get the press). */
async function render(deps: Deps, reply: Reply, opts: Omit<RenderOptions, 'buttons'>) {
  const payload = renderDiscord(reply, { ...opts, buttons: deps.buttons });
  await deps.buttons.settled();
  return payload;
}

function spelled(deps: Deps, name: string, options: RawOptions): string {
  return formatCommandLine(name, options, deps.ctx.commands);
}

/** A bug's reply: a polite sentence and an incident id; the stack goes to the log under the same id. */
function incident(deps: Deps, where: string, error: unknown, fields: Record<string, unknown>): Reply {
  const id = newIncidentId();
  deps.logger.error(`${where} failed`, { incident: id, error, ...fields });
  return { ...errorReply('抱歉，处理这个请求时出错了，我们会尽快修复。'), incidentId: id };
}

async function run(
  deps: Deps,
  name: string,
  options: RawOptions,
  fields: Record<string, unknown>,
  locale?: string,
): Promise<Reply> {
  try {
    const outcome = await runCommand(deps.ctx, name, options, { request: { locale } });
    // How a question was understood, so a wrong answer can be traced to its reading (no user id here).
    const intent = (outcome.json as { intent?: unknown } | null)?.intent;
    if (intent) deps.logger.debug(`/${name} understood`, { intent });
    return outcome.reply;
  } catch (e) {
    return incident(deps, `/${name}`, e, fields);
  }
}

/** The CSV export of a result, privately to whoever asked: a file named by the command, UTF-8 with BOM. */
async function csvFile(deps: Deps, name: string, options: RawOptions, userId: string) {
  try {
    const outcome = await runCommand(deps.ctx, name, options, { chart: false, csv: true });
    if (!outcome.ok || !outcome.csv) return notice('这个结果没有可以导出的表格。');
    const file = `${name}-${Date.now().toString(36)}.csv`;
    return {
      ...notice(`${outcome.reply.title}（CSV，UTF-8）`),
      files: [{ attachment: Buffer.from(outcome.csv, 'utf8'), name: file }],
    };
  } catch (e) {
    return await render(deps, incident(deps, 'csv export', e, { user: userId }), { ephemeral: true, ownerId: userId });
  }
}

async function rateLimited(deps: Deps, userId: string): Promise<string | null> {
  const wait = await deps.limiter.take(userId);
  return wait > 0 ? `请求太频繁了，请 ${Math.ceil(wait / 1000)} 秒后再试。` : null;
}

async function onAutocomplete(turn: Turn, a: Extract<Incoming, { kind: 'autocomplete' }>, deps: Deps): Promise<void> {
  const command = deps.ctx.commands.get(a.command);
  let choices: Choice[] = [];
  try {
    choices = command ? completeOption(deps.ctx.library, command, a.focused, a.options, LIMITS.choices) : [];
  } catch (e) {
    deps.logger.warn('autocomplete failed', { command: a.command, error: e });
  }
  await turn.choices(
    choices
      .slice(0, LIMITS.choices)
      .map((c) => ({ name: c.name.slice(0, LIMITS.choiceName), value: c.value.slice(0, LIMITS.choiceName) })),
  );
}

async function onChatInput(turn: Turn, c: Extract<Incoming, { kind: 'command' }>, deps: Deps): Promise<void> {
  const options = { ...c.options };
  const shareable = deps.ctx.commands.get(c.command)?.shareable === true;
  const isPublic = shareable && (options.public === true || c.mention !== null);
  delete options.public;
  await turn.defer(!isPublic);
  const started = performance.now();
  const reply = await run(deps, c.command, options, { user: turn.userId, options }, turn.locale);
  deps.logger.info('command', {
    command: c.command,
    user: turn.userId,
    tone: reply.tone,
    ms: Math.round(performance.now() - started),
  });
  const outcome = reply.incidentId ? 'incident' : reply.tone;
  const pinged = c.mention && c.mention !== turn.userId ? c.mention : undefined;
  await turn.edit(
    await render(deps, reply, {
      ephemeral: !isPublic,
      ownerId: turn.userId,
      commandLine: spelled(deps, c.command, options),
      csv: deps.ctx.commands.get(c.command)?.hasCsv === true,
      content: c.mention ? `<@${turn.userId}> 为 <@${c.mention}> 引用：` : undefined,
      pingUserId: pinged,
    }),
  );
  metrics.interaction(c.command, outcome, (performance.now() - started) / 1000);
}

async function onSearchMessage(turn: Turn, m: Extract<Incoming, { kind: 'searchMessage' }>, deps: Deps): Promise<void> {
  await turn.defer(true);
  const text = m.text.replace(/<[@#][!&]?\d+>/gu, ' ').trim();
  const options = { query: [...text].slice(0, 200).join('') };
  const reply = text
    ? await run(deps, 'search', options, { user: turn.userId })
    : errorReply('这条消息没有可以搜索的文字。');
  await turn.edit(
    await render(deps, reply, { ephemeral: true, ownerId: turn.userId, commandLine: spelled(deps, 'search', options) }),
  );
}

async function onButton(turn: Turn, b: Extract<Incoming, { kind: 'button' }>, deps: Deps): Promise<void> {
  const action = await deps.buttons.parse(b.customId);
  const parsed = action.kind === 'expired' ? null : parseCommandLine(action.command, deps.ctx.commands);
  if (action.kind === 'expired' || !parsed) {
    await turn.reply(notice('这个结果已过期，请重新运行命令。'));
    return;
  }
  const ephemeral = b.ephemeralMessage;
  const user = turn.userId;
  if (action.kind === 'run') {
    if (action.owner !== user && !ephemeral) {
      await turn.reply(notice('只有发起查询的用户可以翻页；你可以自己运行同样的命令。'));
      return;
    }
    const reply = await run(deps, parsed.name, parsed.options, { user, button: b.customId });
    await turn.update(
      await render(deps, reply, {
        ephemeral,
        ownerId: action.owner,
        commandLine: spelled(deps, parsed.name, parsed.options),
      }),
    );
    return;
  }
  if (action.kind === 'csv') {
    await turn.reply(await csvFile(deps, parsed.name, parsed.options, user));
    return;
  }
  const reply = await run(deps, parsed.name, parsed.options, { user, button: b.customId });
  if (action.kind === 'open') {
    await turn.reply(await render(deps, reply, { ephemeral: true, ownerId: user, commandLine: action.command }));
    return;
  }
  await turn.reply(await render(deps, reply, { ephemeral: false, ownerId: user, content: `由 <@${user}> 分享：` }));
}

/**
 * Answers one interaction, from the gateway or over HTTP. Every request but autocomplete counts against
 * the user's rate limit (a button press re-runs a query); anything a handler throws becomes a polite
 * reply with an incident id.
 */
export async function handleTurn(turn: Turn, deps: Deps): Promise<void> {
  const incoming = turn.incoming;
  try {
    if (incoming.kind === 'autocomplete') {
      await onAutocomplete(turn, incoming, deps);
      return;
    }
    const limited = await rateLimited(deps, turn.userId);
    if (limited) {
      metrics.rateLimited();
      metrics.interaction(incoming.kind === 'command' ? incoming.command : incoming.kind, 'rate_limited');
      await turn.reply(notice(limited));
      return;
    }
    if (incoming.kind === 'command') await onChatInput(turn, incoming, deps);
    else if (incoming.kind === 'searchMessage') {
      if (SEARCH_MESSAGE_NAMES.has(incoming.command)) await onSearchMessage(turn, incoming, deps);
      metrics.interaction('search-message', 'result');
    } else {
      await onButton(turn, incoming, deps);
      metrics.interaction('button', 'result');
    }
  } catch (e) {
    const reply = incident(deps, 'interaction', e, { kind: incoming.kind, user: turn.userId });
    if (incoming.kind === 'autocomplete') return;
    try {
      const payload = await render(deps, reply, { ephemeral: true, ownerId: turn.userId });
      if (turn.answered) await turn.edit(payload);
      else await turn.reply(payload);
    } catch (second) {
      deps.logger.error('could not report an error to the user', { incident: reply.incidentId, error: second });
    }
  }
}

/** A gateway interaction: /report, /follow and /report's buttons need discord.js's own objects; the rest are turns. */
export async function handleInteraction(i: Interaction, deps: Deps): Promise<void> {
  const forFollows = i.isChatInputCommand() && i.commandName === FOLLOW_COMMAND.name;
  const forReports =
    (i.isChatInputCommand() && i.commandName === REPORT_COMMAND.name) ||
    (i.isButton() && i.customId.startsWith('rpt:'));
  if (!forReports && !forFollows) {
    let turn: Turn | null = null;
    try {
      turn = gatewayTurn(i);
    } catch (e) {
      deps.logger.warn('unreadable interaction ignored', { type: i.type, error: e });
    }
    if (turn) await handleTurn(turn, deps);
    return;
  }
  try {
    const limited = await rateLimited(deps, i.user.id);
    if (limited) await (i as ButtonInteraction).reply(notice(limited));
    else if (forFollows) await onFollowCommand(i, deps.follows, deps.ctx.library, deps.buttons);
    else if (i.isChatInputCommand()) await onReportCommand(i, deps.reports);
    else if (i.isButton()) await onReportButton(i, deps.reports);
  } catch (e) {
    const reply = incident(deps, forFollows ? 'follow' : 'report admin', e, { type: i.type, user: i.user.id });
    if (!i.isRepliable()) return;
    const payload = await render(deps, reply, { ephemeral: true, ownerId: i.user.id });
    try {
      if (i.deferred || i.replied) await i.editReply(payload);
      else await i.reply(payload);
    } catch (second) {
      deps.logger.error('could not report an error to the user', { incident: reply.incidentId, error: second });
    }
  }
}

/** "@govreport 嘉兴2024年GDP目标?": answered in a reply, like /ask. Messages that do not mention the bot itself are ignored. */
export async function handleMention(message: Message, botId: string, deps: Deps): Promise<void> {
  if (message.author.bot || !message.mentions.users.has(botId)) return;
  try {
    const limited = await rateLimited(deps, message.author.id);
    if (limited) {
      await message.reply({ content: limited, allowedMentions: { parse: [], repliedUser: false } });
      return;
    }
    const question = message.content
      .replace(/<@!?\d+>/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    const reply = await run(deps, question ? 'ask' : 'help', { question }, { user: message.author.id });
    await message.reply(await render(deps, reply, { ephemeral: false, ownerId: message.author.id }));
  } catch (e) {
    const reply = incident(deps, 'mention', e, { user: message.author.id });
    await message
      .reply(await render(deps, reply, { ephemeral: false, ownerId: message.author.id }))
      .catch(() => undefined);
  }
}
