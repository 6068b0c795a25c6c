import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import type { RawOptions } from '../../command/commandLine.js';
import type { Incoming, Turn } from './turn.js';

type Answerable =
  | AutocompleteInteraction
  | ChatInputCommandInteraction
  | MessageContextMenuCommandInteraction
  | ButtonInteraction;

function incomingOf(i: Interaction): Incoming | null {
  if (i.isAutocomplete()) {
    const focused = i.options.getFocused(true);
    const options: RawOptions = {};
    for (const o of i.options.data) if (o.value !== undefined) options[o.name] = o.value as string;
    return {
      kind: 'autocomplete',
      command: i.commandName,
      options,
      focused: { name: focused.name, value: String(focused.value ?? '') },
    };
  }
  if (i.isChatInputCommand()) {
    const options: RawOptions = {};
    for (const o of i.options.data)
      if (o.value !== undefined && o.name !== 'mention') options[o.name] = o.value as string | number | boolean;
    return { kind: 'command', command: i.commandName, options, mention: i.options.getUser('mention')?.id ?? null };
  }
  if (i.isMessageContextMenuCommand())
    return { kind: 'searchMessage', command: i.commandName, text: i.targetMessage.content };
  if (i.isButton())
    return { kind: 'button', customId: i.customId, ephemeralMessage: i.message.flags.has(MessageFlags.Ephemeral) };
  return null;
}

/** A discord.js interaction as a Turn; null for kinds the bot does not answer. */
export function gatewayTurn(i: Interaction): Turn | null {
  const incoming = incomingOf(i);
  if (!incoming) return null;
  const a = i as Answerable;
  return {
    incoming,
    userId: i.user.id,
    locale: i.locale,
    get answered() {
      return a.isAutocomplete() ? a.responded : a.deferred || a.replied;
    },
    reply: async (p) => {
      if (!a.isAutocomplete()) await a.reply(p);
    },
    defer: async (ephemeral) => {
      if (!a.isAutocomplete()) await a.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    edit: async (p) => {
      if (!a.isAutocomplete()) await a.editReply(p);
    },
    update: async (p) => {
      if (a.isButton()) await a.update(p);
    },
    choices: async (c) => {
      if (a.isAutocomplete()) await a.respond(c);
    },
  };
}
