import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { completeOption } from '../../command/autocomplete.js';
import { formatCommandLine, parseCommandLine, type RawOptions } from '../../command/commandLine.js';
import type { CommandContext } from '../../command/contract.js';
import { runCommand } from '../../command/dispatch.js';
import { errorReply, type Reply } from '../../reply/model.js';
import { newIncidentId } from '../../support/incident.js';
import type { Logger } from '../../support/log.js';
import type { ButtonStore } from './customIds.js';
import { SEARCH_MESSAGE_NAMES } from './definitions.js';
import { LIMITS } from './limits.js';
import type { RateLimiter } from './rateLimit.js';
import { notice, type RenderOptions, renderDiscord } from './render.js';
import { onReportButton, onReportCommand, REPORT_COMMAND, type ReportAdmin } from './reportAdmin.js';

export interface Deps {
  ctx: CommandContext;
  logger: Logger;
  limiter: RateLimiter;
  buttons: ButtonStore;
  /** Adding and removing reports from Discord; absent when no data folder is configured. */
  reports?: ReportAdmin;
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
    return (await runCommand(deps.ctx, name, options, { request: { locale } })).reply;
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

async function onAutocomplete(i: AutocompleteInteraction, deps: Deps): Promise<void> {
  const command = deps.ctx.commands.get(i.commandName);
  const focused = i.options.getFocused(true);
  const options: RawOptions = {};
  for (const o of i.options.data) if (o.value !== undefined) options[o.name] = o.value as string;
  let choices: { name: string; value: string }[] = [];
  try {
    const typed = { name: focused.name, value: String(focused.value ?? '') };
    choices = command ? completeOption(deps.ctx.library, command, typed, options, LIMITS.choices) : [];
  } catch (e) {
    deps.logger.warn('autocomplete failed', { command: i.commandName, error: e });
  }
  await i.respond(
    choices
      .slice(0, LIMITS.choices)
      .map((c) => ({ name: c.name.slice(0, LIMITS.choiceName), value: c.value.slice(0, LIMITS.choiceName) })),
  );
}

async function onChatInput(i: ChatInputCommandInteraction, deps: Deps): Promise<void> {
  const limited = await rateLimited(deps, i.user.id);
  if (limited) {
    await i.reply(notice(limited));
    return;
  }
  if (i.commandName === REPORT_COMMAND.name) {
    await onReportCommand(i, deps.reports);
    return;
  }
  const options: RawOptions = {};
  for (const o of i.options.data)
    if (o.value !== undefined && o.name !== 'mention') options[o.name] = o.value as string | number | boolean;
  const mention = i.options.getUser('mention');
  const shareable = deps.ctx.commands.get(i.commandName)?.shareable === true;
  const isPublic = shareable && (options.public === true || mention !== null);
  delete options.public;
  await i.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
  const started = performance.now();
  const reply = await run(deps, i.commandName, options, { user: i.user.id, options }, i.locale);
  deps.logger.info('command', {
    command: i.commandName,
    user: i.user.id,
    tone: reply.tone,
    ms: Math.round(performance.now() - started),
  });
  const pinged = mention && mention.id !== i.user.id ? mention.id : undefined;
  await i.editReply(
    await render(deps, reply, {
      ephemeral: !isPublic,
      ownerId: i.user.id,
      commandLine: spelled(deps, i.commandName, options),
      csv: deps.ctx.commands.get(i.commandName)?.hasCsv === true,
      content: mention ? `<@${i.user.id}> 为 <@${mention.id}> 引用：` : undefined,
      pingUserId: pinged,
    }),
  );
}

async function onSearchMessage(i: MessageContextMenuCommandInteraction, deps: Deps): Promise<void> {
  const limited = await rateLimited(deps, i.user.id);
  if (limited) {
    await i.reply(notice(limited));
    return;
  }
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const text = i.targetMessage.content.replace(/<[@#][!&]?\d+>/gu, ' ').trim();
  const options = { query: [...text].slice(0, 200).join('') };
  const reply = text
    ? await run(deps, 'search', options, { user: i.user.id })
    : errorReply('这条消息没有可以搜索的文字。');
  await i.editReply(
    await render(deps, reply, { ephemeral: true, ownerId: i.user.id, commandLine: spelled(deps, 'search', options) }),
  );
}

async function onButton(i: ButtonInteraction, deps: Deps): Promise<void> {
  // Every press re-runs a query (a page, a chart, a CSV): presses count like commands.
  const limited = await rateLimited(deps, i.user.id);
  if (limited) {
    await i.reply(notice(limited));
    return;
  }
  if (i.customId.startsWith('rpt:')) {
    await onReportButton(i, deps.reports);
    return;
  }
  const action = await deps.buttons.parse(i.customId);
  if (action.kind === 'expired') {
    await i.reply(notice('这个结果已过期，请重新运行命令。'));
    return;
  }
  const parsed = parseCommandLine(action.command, deps.ctx.commands);
  if (!parsed) {
    await i.reply(notice('这个结果已过期，请重新运行命令。'));
    return;
  }
  const ephemeral = i.message.flags.has(MessageFlags.Ephemeral);
  if (action.kind === 'run') {
    if (action.owner !== i.user.id && !ephemeral) {
      await i.reply(notice('只有发起查询的用户可以翻页；你可以自己运行同样的命令。'));
      return;
    }
    const reply = await run(deps, parsed.name, parsed.options, { user: i.user.id, button: i.customId });
    await i.update(
      await render(deps, reply, {
        ephemeral,
        ownerId: action.owner,
        commandLine: spelled(deps, parsed.name, parsed.options),
      }),
    );
    return;
  }
  if (action.kind === 'csv') {
    await i.reply(await csvFile(deps, parsed.name, parsed.options, i.user.id));
    return;
  }
  const reply = await run(deps, parsed.name, parsed.options, { user: i.user.id, button: i.customId });
  if (action.kind === 'open') {
    await i.reply(await render(deps, reply, { ephemeral: true, ownerId: i.user.id, commandLine: action.command }));
    return;
  }
  await i.reply(
    await render(deps, reply, { ephemeral: false, ownerId: i.user.id, content: `由 <@${i.user.id}> 分享：` }),
  );
}

/** Routes every interaction; anything a handler throws becomes a polite reply with an incident id. */
export async function handleInteraction(i: Interaction, deps: Deps): Promise<void> {
  try {
    if (i.isAutocomplete()) await onAutocomplete(i, deps);
    else if (i.isChatInputCommand()) await onChatInput(i, deps);
    else if (i.isMessageContextMenuCommand() && SEARCH_MESSAGE_NAMES.has(i.commandName)) await onSearchMessage(i, deps);
    else if (i.isButton()) await onButton(i, deps);
  } catch (e) {
    const reply = incident(deps, 'interaction', e, { type: i.type, user: i.user.id });
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
