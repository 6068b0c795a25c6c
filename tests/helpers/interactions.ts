import { APP_ID, CHANNEL_ID, GUILD_ID, messagePayload, nextId, user } from './fakeDiscord.js';

/** Interaction payloads as Discord sends them in INTERACTION_CREATE. */
function base(userId: string, type: number, data: object, extra: object = {}) {
  return {
    id: nextId(),
    application_id: APP_ID,
    type,
    token: `tok-${nextId()}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
    member: {
      user: user(userId),
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      permissions: '1071698660929',
      flags: 0,
    },
    app_permissions: '1071698660929',
    locale: 'zh-CN',
    guild_locale: 'zh-CN',
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    context: 0,
    data,
    ...extra,
  };
}

type Opt = { name: string; type: number; value: string | number | boolean; focused?: boolean };

const TYPES: Record<string, number> = { public: 5, limit: 4, page: 4, context: 4, mention: 6 };

export function opts(values: Record<string, string | number | boolean>, focused?: string): Opt[] {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type: TYPES[name] ?? 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

export function slash(
  userId: string,
  name: string,
  values: Record<string, string | number | boolean> = {},
  resolvedUsers: string[] = [],
) {
  const resolved = resolvedUsers.length
    ? { resolved: { users: Object.fromEntries(resolvedUsers.map((id) => [id, user(id)])) } }
    : {};
  return base(userId, 2, { id: nextId(), name, type: 1, options: opts(values), ...resolved });
}

export function autocomplete(userId: string, name: string, values: Record<string, string>, focused: string) {
  return base(userId, 4, { id: nextId(), name, type: 1, options: opts(values, focused) });
}

export function button(
  userId: string,
  customId: string,
  message: { flags?: number; embeds?: unknown[]; components?: unknown[] },
) {
  return base(
    userId,
    3,
    { custom_id: customId, component_type: 2 },
    {
      message: messagePayload({
        author: { id: '100000000000000002', username: 'govreport', discriminator: '0000', bot: true, avatar: null },
        embeds: message.embeds,
        components: message.components,
        flags: message.flags,
      }),
    },
  );
}

export function messageMenu(userId: string, name: string, content: string) {
  const targetId = nextId();
  const message = messagePayload({ id: targetId, author: user('100000000000000777'), content });
  return base(userId, 2, {
    id: nextId(),
    name,
    type: 3,
    target_id: targetId,
    resolved: { messages: { [targetId]: message } },
  });
}

export function mentionMessage(userId: string, content: string, mentions: object[]) {
  return {
    ...messagePayload({ author: user(userId), content, mentions }),
    guild_id: GUILD_ID,
    member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
  };
}

/** A slash command in the bot's DM, from a user install: `user` instead of `member`, no guild. */
export function dmSlash(userId: string, name: string, values: Record<string, string | number | boolean> = {}) {
  const dm = nextId();
  const { guild_id: _g, member: _m, ...rest } = base(userId, 2, { id: nextId(), name, type: 1, options: opts(values) });
  return {
    ...rest,
    channel_id: dm,
    channel: { id: dm, type: 1, recipients: [user(userId)] },
    user: user(userId),
    context: 1,
    authorizing_integration_owners: { 1: userId },
  };
}

/** `/report <sub>` with its options; a file option points at an attachment in `resolved`. */
export function reportCommand(
  userId: string,
  sub: string,
  options: { name: string; type: number; value: string }[] = [],
  attachments: Record<string, { filename: string; url: string; size: number }> = {},
) {
  const resolved = Object.keys(attachments).length
    ? {
        resolved: {
          attachments: Object.fromEntries(
            Object.entries(attachments).map(([id, a]) => [
              id,
              { id, ...a, proxy_url: a.url, content_type: 'text/plain' },
            ]),
          ),
        },
      }
    : {};
  return base(userId, 2, {
    id: nextId(),
    name: 'report',
    type: 1,
    options: [{ type: 1, name: sub, options }],
    ...resolved,
  });
}

/** `/follow <sub>` with string options, in the guild channel (or, with `dm`, in the user's DM with the bot). */
export function followCommand(userId: string, sub: string, values: Record<string, string> = {}, dm = false) {
  const data = {
    id: nextId(),
    name: 'follow',
    type: 1,
    options: [
      { type: 1, name: sub, options: Object.entries(values).map(([name, value]) => ({ name, type: 3, value })) },
    ],
  };
  return dm ? { ...dmSlash(userId, 'follow'), data } : base(userId, 2, data);
}
