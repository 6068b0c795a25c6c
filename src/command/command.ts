import type { APIApplicationCommandOption, ApplicationIntegrationType, InteractionContextType, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Reply } from '../reply/model.js';

export type OptionValue = string | number | boolean;
/** Options as every face hands them over: from a Discord interaction, a console line or a button. Untrusted. */
export type CommandOptions = Record<string, OptionValue | undefined>;

export interface CommandContext {
  corpus: Corpus;
  /** The commands this face serves; the registry under commands/ unless a caller adds its own. */
  commands?: ReadonlyMap<string, CommandModule>;
}

export interface Choice {
  name: string;
  value: string;
}

export interface CommandModule {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** The option that takes the rest of a console line: "/search 营商环境 老旧小区". */
  greedy?: string;
  /** Results worth sharing: adds the public/mention options and the "分享到频道" button. */
  shareable?: boolean;
  handle(ctx: CommandContext, options: CommandOptions): Reply | Promise<Reply>;
  autocomplete?(ctx: CommandContext, focused: { name: string; value: string }, options: CommandOptions): Choice[];
}

/** Guild and user installs (ApplicationIntegrationType), usable in servers, the bot's DMs and group DMs (InteractionContextType). */
export const INSTALL: { integration_types: ApplicationIntegrationType[]; contexts: InteractionContextType[] } = {
  integration_types: [0, 1] as ApplicationIntegrationType[],
  contexts: [0, 1, 2] as InteractionContextType[],
};

export const OPTION = { string: 3, integer: 4, boolean: 5, user: 6 } as const;

/** An option with its zh-CN name and description: every option is localised. */
export function option(
  type: number, name: string, zh: string, description: string, zhDescription: string,
  extra: Partial<{ required: boolean; autocomplete: boolean; min_value: number; max_value: number; max_length: number; min_length: number }> = {},
): APIApplicationCommandOption {
  return {
    type, name, description, name_localizations: { 'zh-CN': zh }, description_localizations: { 'zh-CN': zhDescription }, ...extra,
  } as APIApplicationCommandOption;
}

/** The options every shareable command has. */
export const SHARE_OPTIONS: APIApplicationCommandOption[] = [
  option(OPTION.boolean, 'public', '公开', 'Post the result in the channel instead of only to you', '直接发到频道（默认只有你可见）'),
  option(OPTION.user, 'mention', '提及', 'Post the result for this person (pings only them)', '为这位用户引用结果（只提醒此人）'),
];

export function str(v: OptionValue | undefined): string | undefined {
  return v === undefined || v === null ? undefined : String(v);
}

export function num(v: OptionValue | undefined): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(String(v).replace(/[^\d.-]/gu, ''));
  return Number.isFinite(n) ? n : undefined;
}
