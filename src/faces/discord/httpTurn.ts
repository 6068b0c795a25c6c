import type { REST } from 'discord.js';
import {
  type APIInteraction,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
} from 'discord-api-types/v10';
import type { RawOptions } from '../../command/commandLine.js';
import type { DiscordPayload } from './render.js';
import type { Incoming, Turn } from './turn.js';

/** A message as Discord's API spells it (the render model uses discord.js's camelCase for mentions). */
export function apiMessage(p: DiscordPayload) {
  return {
    content: p.content ?? '',
    embeds: p.embeds,
    components: p.components,
    flags: p.flags ?? 0,
    allowed_mentions: {
      parse: p.allowedMentions.parse,
      ...(p.allowedMentions.users ? { users: p.allowedMentions.users } : {}),
      ...(p.allowedMentions.repliedUser !== undefined ? { replied_user: p.allowedMentions.repliedUser } : {}),
    },
    ...(p.files?.length
      ? { attachments: p.files.map((f, id) => ({ id, filename: f.name, description: f.description })) }
      : {}),
  };
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function optionsOf(data: Raw): {
  options: RawOptions;
  focused?: { name: string; value: string };
  mention: string | null;
} {
  const options: RawOptions = {};
  let focused: { name: string; value: string } | undefined;
  let mention: string | null = null;
  const list = Array.isArray(data.options) ? data.options : [];
  for (const o of list) {
    if (!isObject(o) || typeof o.name !== 'string') continue;
    const v = o.value;
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
    if (o.focused === true) focused = { name: o.name, value: String(v) };
    if (o.name === 'mention') mention = String(v);
    else options[o.name] = v;
  }
  return { options, focused, mention };
}

/** What a signed interaction asks, or null for a kind (or a shape) the bot does not answer. */
export function incomingOf(i: APIInteraction): Incoming | null {
  const raw = i as unknown as Raw;
  const data = isObject(raw.data) ? raw.data : null;
  if (!data) return null;
  if (i.type === InteractionType.ApplicationCommandAutocomplete && typeof data.name === 'string') {
    const { options, focused } = optionsOf(data);
    return focused ? { kind: 'autocomplete', command: data.name, options, focused } : null;
  }
  if (i.type === InteractionType.ApplicationCommand && typeof data.name === 'string') {
    if (data.type === ApplicationCommandType.Message) {
      const messages = isObject(data.resolved) && isObject(data.resolved.messages) ? data.resolved.messages : {};
      const target = typeof data.target_id === 'string' ? messages[data.target_id] : undefined;
      const text = isObject(target) && typeof target.content === 'string' ? target.content : '';
      return { kind: 'searchMessage', command: data.name, text };
    }
    const { options, mention } = optionsOf(data);
    return { kind: 'command', command: data.name, options, mention };
  }
  if (i.type === InteractionType.MessageComponent && typeof data.custom_id === 'string') {
    const message = raw.message;
    const flags = isObject(message) && typeof message.flags === 'number' ? message.flags : 0;
    return { kind: 'button', customId: data.custom_id, ephemeralMessage: (flags & MessageFlags.Ephemeral) !== 0 };
  }
  return null;
}

export function userOf(i: APIInteraction): string | null {
  const raw = i as unknown as Raw;
  const member = isObject(raw.member) && isObject(raw.member.user) ? raw.member.user : null;
  const user = member ?? (isObject(raw.user) ? raw.user : null);
  return user && typeof user.id === 'string' ? user.id : null;
}

/**
 * An interaction that came over HTTP as a Turn: the first answer is the HTTP response (`respond`), every
 * later one goes to the interaction's webhook (no bot token needed). A first answer with files is sent as
 * a deferral, then the files with the edit: an HTTP response cannot carry them as JSON.
 */
export function httpTurn(
  i: APIInteraction,
  incoming: Incoming,
  userId: string,
  respond: (body: object) => void,
  rest: REST,
): Turn & { late(): void } {
  let answered = false;
  // A command deferred by `late()` shows "thinking…" until its original message is edited: the handler's
  // reply (a refusal, say) must become that edit, not a second message under a deferral that never ends.
  let deferredByTimer = false;
  const first = (body: object) => {
    answered = true;
    respond(body);
  };
  const original = Routes.webhookMessage(i.application_id, i.token, '@original');
  const send = async (method: 'patch' | 'post', route: `/${string}`, p: DiscordPayload) => {
    const files = p.files?.map((f) => ({ name: f.name, data: f.attachment }));
    await rest[method](route, { body: apiMessage(p), files, auth: false });
  };
  return {
    incoming,
    userId,
    locale: 'locale' in i && typeof i.locale === 'string' ? i.locale : undefined,
    get answered() {
      return answered;
    },
    async reply(p) {
      if (deferredByTimer) {
        deferredByTimer = false;
        return send('patch', original, p);
      }
      if (answered) return send('post', Routes.webhook(i.application_id, i.token), p);
      if (!p.files?.length)
        return first({ type: InteractionResponseType.ChannelMessageWithSource, data: apiMessage(p) });
      first({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: p.flags ?? 0 } });
      await send('patch', original, p);
    },
    async defer(ephemeral) {
      if (!answered)
        first({
          type: InteractionResponseType.DeferredChannelMessageWithSource,
          data: { flags: ephemeral ? MessageFlags.Ephemeral : 0 },
        });
    },
    edit: (p) => {
      deferredByTimer = false;
      return send('patch', original, p);
    },
    async update(p) {
      if (answered || p.files?.length) {
        if (!answered) first({ type: InteractionResponseType.DeferredMessageUpdate });
        return send('patch', original, p);
      }
      first({ type: InteractionResponseType.UpdateMessage, data: apiMessage(p) });
    },
    async choices(c) {
      if (!answered)
        first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: c } });
    },
    /** Discord waits 3 s for the first answer: a turn still working near then is deferred, the rest follows. */
    late() {
      if (answered) return;
      if (incoming.kind === 'autocomplete')
        first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
      else if (incoming.kind === 'button') first({ type: InteractionResponseType.DeferredMessageUpdate });
      else {
        deferredByTimer = true;
        first({
          type: InteractionResponseType.DeferredChannelMessageWithSource,
          data: { flags: MessageFlags.Ephemeral },
        });
      }
    },
  };
}
