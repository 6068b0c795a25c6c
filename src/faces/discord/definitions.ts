import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { type Command, type CommandRegistry, type OptionSpec, OptionType } from '../../command/contract.js';
import { FOLLOW_COMMAND } from './follow.js';
import { REPORT_COMMAND } from './reportAdmin.js';

/** Guild and user installs, usable in servers, the bot's DMs and group DMs. */
const INSTALL = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

/** The options every shareable command gets in Discord (the console and the CLI have no channel to post to). */
const SHARE_OPTIONS: APIApplicationCommandOption[] = [
  {
    type: ApplicationCommandOptionType.Boolean,
    name: 'public',
    name_localizations: { 'zh-CN': '公开' },
    description: 'Post the result in the channel instead of only to you',
    description_localizations: { 'zh-CN': '直接发到频道（默认只有你可见）' },
  },
  {
    type: ApplicationCommandOptionType.User,
    name: 'mention',
    name_localizations: { 'zh-CN': '提及' },
    description: 'Post the result for this person (pings only them)',
    description_localizations: { 'zh-CN': '为这位用户引用结果（只提醒此人）' },
  },
];

function optionJson(o: OptionSpec): APIApplicationCommandOption {
  const common = {
    name: o.name,
    name_localizations: { 'zh-CN': o.zh },
    description: o.description,
    description_localizations: { 'zh-CN': o.zhDescription },
    required: o.required === true,
  };
  if (o.type === OptionType.Integer) {
    return { ...common, type: ApplicationCommandOptionType.Integer, min_value: o.min, max_value: o.max };
  }
  if (o.type === OptionType.Boolean) return { ...common, type: ApplicationCommandOptionType.Boolean };
  return {
    ...common,
    type: ApplicationCommandOptionType.String,
    max_length: o.maxLength,
    ...(o.choices
      ? { choices: o.choices.map((c) => ({ name: c.name, name_localizations: { 'zh-CN': c.zh }, value: c.value })) }
      : { autocomplete: o.autocomplete !== undefined }),
  };
}

/** A command's Discord registration, derived from its definition. */
export function slashDefinition(command: Command): RESTPostAPIApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    name_localizations: { 'zh-CN': command.zh },
    description: command.description,
    description_localizations: { 'zh-CN': command.zhDescription },
    ...INSTALL,
    options: [...command.options.map(optionJson), ...(command.shareable ? SHARE_OPTIONS : [])],
  };
}

/** The message context-menu command: search the reports for the selected message's text. */
export const SEARCH_MESSAGE_COMMAND = {
  type: ApplicationCommandType.Message,
  name: 'Search in reports',
  name_localizations: { 'zh-CN': '在报告中搜索' },
  ...INSTALL,
} as const;

export const SEARCH_MESSAGE_NAMES: ReadonlySet<string> = new Set([
  SEARCH_MESSAGE_COMMAND.name,
  SEARCH_MESSAGE_COMMAND.name_localizations['zh-CN'],
]);

/** Everything `npm run deploy-commands` registers. */
export function allDefinitions(commands: CommandRegistry): RESTPostAPIApplicationCommandsJSONBody[] {
  // Report administration takes an attachment and a member's permissions: it exists in Discord only.
  const report = { ...REPORT_COMMAND, ...INSTALL } as unknown as RESTPostAPIApplicationCommandsJSONBody;
  // Following a topic posts into a channel later: Discord only too.
  const follow = { ...FOLLOW_COMMAND, ...INSTALL } as unknown as RESTPostAPIApplicationCommandsJSONBody;
  return [...[...commands.values()].map(slashDefinition), SEARCH_MESSAGE_COMMAND, report, follow];
}
