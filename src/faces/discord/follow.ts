import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  type Client,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import { isUserError } from '../../corpus/errors.js';
import { checkFollow, followMatches } from '../../query/followQueries.js';
import type { Library } from '../../query/library.js';
import { followAddedReply, followDeliveryReply, followListReply } from '../../reply/followReplies.js';
import type { Reply } from '../../reply/model.js';
import type { FollowStore } from '../../support/followStore.js';
import type { Logger } from '../../support/log.js';
import type { ButtonStore } from './customIds.js';
import { notice, renderDiscord } from './render.js';

/** A channel follows at most this many topics: each new report is searched once per follow. */
export const MAX_FOLLOWS_PER_CHANNEL = 25;

/** `/follow add|list|remove`: Discord-only, since it posts into a channel later. */
export const FOLLOW_COMMAND = {
  type: ApplicationCommandType.ChatInput,
  name: 'follow',
  name_localizations: { 'zh-CN': '关注' },
  description: 'Follow a topic: new reports that mention it are posted here',
  description_localizations: { 'zh-CN': '关注一个主题：有新报告提到它时发到这里' },
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      name_localizations: { 'zh-CN': '添加' },
      description: 'Follow words (search syntax) in new reports, of one place or all',
      description_localizations: { 'zh-CN': '关注新报告中的词语（同搜索语法），可限定地方' },
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'query',
          name_localizations: { 'zh-CN': '关键词' },
          description: 'Words to follow, e.g. 营商环境',
          description_localizations: { 'zh-CN': '要关注的词语，如 营商环境' },
          required: true,
          max_length: 200,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'city',
          name_localizations: { 'zh-CN': '城市' },
          description: 'Only reports of this place',
          description_localizations: { 'zh-CN': '只关注这个地方的报告' },
          max_length: 40,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'list',
      name_localizations: { 'zh-CN': '列表' },
      description: 'Topics followed here',
      description_localizations: { 'zh-CN': '这里关注的主题' },
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      name_localizations: { 'zh-CN': '删除' },
      description: 'Stop following a topic, by its id',
      description_localizations: { 'zh-CN': '按编号取消关注' },
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'id',
          name_localizations: { 'zh-CN': '编号' },
          description: 'The id /follow list shows',
          description_localizations: { 'zh-CN': '/follow list 显示的编号' },
          required: true,
          max_length: 20,
        },
      ],
    },
  ],
} as const;

/** What /follow needs: the store, who may change a server's follows besides Manage Server, and the library. */
export interface Follows {
  store: FollowStore;
  admins: ReadonlySet<string>;
}

function ephemeral(reply: Reply, buttons: ButtonStore, ownerId: string) {
  return renderDiscord(reply, { ephemeral: true, buttons, ownerId });
}

/**
 * In a server, follows post into its channels: Manage Server (or a bot admin) may change them. In a DM the
 * user follows for themselves.
 */
function mayChange(i: ChatInputCommandInteraction, follows: Follows): boolean {
  if (!i.inGuild()) return true;
  return follows.admins.has(i.user.id) || i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true;
}

export async function onFollowCommand(
  i: ChatInputCommandInteraction,
  follows: Follows | undefined,
  library: Library,
  buttons: ButtonStore,
): Promise<void> {
  if (!follows) {
    await i.reply(notice('这个机器人没有启用关注（需要设置 DATA_DIR 或 REDIS_URL）。'));
    return;
  }
  const sub = i.options.getSubcommand(true);
  const channelId = i.channelId;
  if (sub === 'list') {
    await i.reply(ephemeral(followListReply(await follows.store.list(channelId)), buttons, i.user.id));
    return;
  }
  if (!mayChange(i, follows)) {
    await i.reply(notice('在服务器里，只有有“管理服务器”权限的成员可以添加或取消关注；在与机器人的私信中人人可以。'));
    return;
  }
  if (sub === 'remove') {
    const id = i.options.getString('id', true).trim();
    const removed = await follows.store.remove(channelId, id);
    await i.reply(
      notice(removed ? `已取消关注 ${id}。` : `这里没有编号为“${id.slice(0, 20)}”的关注；用 /follow list 查看。`),
    );
    return;
  }
  const query = i.options.getString('query', true);
  const city = i.options.getString('city') ?? null;
  if ((await follows.store.list(channelId)).length >= MAX_FOLLOWS_PER_CHANNEL) {
    await i.reply(notice(`这里已关注 ${MAX_FOLLOWS_PER_CHANNEL} 个主题，请先用 /follow remove 取消一些。`));
    return;
  }
  let checked: ReturnType<typeof checkFollow>;
  try {
    checked = checkFollow(library, { query, city });
  } catch (e) {
    if (!isUserError(e)) throw e;
    await i.reply(notice(e.message));
    return;
  }
  const follow = await follows.store.add({
    query: query.trim(),
    city: checked.city,
    channelId,
    guildId: i.guildId ?? null,
    userId: i.user.id,
  });
  await i.reply(ephemeral(followAddedReply(follow, checked.note), buttons, i.user.id));
}

/**
 * Posts each follower the passages of the reports new in `after` (not in `before`) that match their topic:
 * one message per follow and report, once — the store says which process posts it. Returns how many
 * messages were posted. A channel the bot can no longer post to is logged, not retried.
 */
export async function announceNewReports(
  client: Client,
  follows: Follows,
  buttons: ButtonStore,
  logger: Logger,
  before: Library,
  after: Library,
): Promise<number> {
  const known = new Set(before.corpus.reports.map((r) => r.id));
  const added = after.corpus.reports.filter((r) => !known.has(r.id)).map((r) => r.id);
  if (added.length === 0) return 0;
  let posted = 0;
  for (const follow of await follows.store.all()) {
    for (const reportId of added) {
      const match = followMatches(after, follow, reportId);
      if (!match || !(await follows.store.firstDelivery(follow.id, reportId))) continue;
      const payload = renderDiscord(followDeliveryReply(follow, match), {
        ephemeral: false,
        buttons,
        ownerId: follow.userId,
      });
      try {
        await client.rest.post(Routes.channelMessages(follow.channelId), {
          body: { embeds: payload.embeds, allowed_mentions: { parse: [] } },
        });
        posted += 1;
      } catch (error) {
        logger.warn('could not post a followed topic', { follow: follow.id, channel: follow.channelId, error });
      }
    }
  }
  if (posted > 0) logger.info('followed topics posted', { reports: added.length, messages: posted });
  return posted;
}
