import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  ComponentType,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import { Corpus } from '../../corpus/corpus.js';
import { extractFacts } from '../../facts/store.js';
import {
  cancelAddition,
  confirmAddition,
  listUserReports,
  removeUserReport,
  stageAddition,
  type UserReports,
} from '../../ingest/userReports.js';
import { inert } from './escape.js';
import { cutAtSentence, LIMITS } from './limits.js';
import { notice } from './render.js';

/** What the report administration needs: where users' reports live, who may add them, how to reload. */
export interface ReportAdmin {
  store: UserReports;
  /** User ids allowed besides members with Manage Server: the bot's owner and REPORT_ADMINS. */
  admins: Set<string>;
  reload(): void;
}

/** `/report add|remove|list`: Discord-only, since it takes an attachment and a member's permissions. */
export const REPORT_COMMAND = {
  type: ApplicationCommandType.ChatInput,
  name: 'report',
  name_localizations: { 'zh-CN': '报告管理' },
  description: 'Add or remove a report (bot owner and members who can manage the server)',
  description_localizations: { 'zh-CN': '添加或删除报告（机器人所有者及有“管理服务器”权限的成员）' },
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      name_localizations: { 'zh-CN': '添加' },
      description: 'Add a report file (text, web page, Word or PDF)',
      description_localizations: { 'zh-CN': '上传报告文件（文本、网页、Word 或 PDF）' },
      options: [
        {
          type: ApplicationCommandOptionType.Attachment,
          name: 'file',
          name_localizations: { 'zh-CN': '文件' },
          description: 'The report file',
          description_localizations: { 'zh-CN': '报告文件' },
          required: true,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      name_localizations: { 'zh-CN': '删除' },
      description: 'Remove a report users added, by its id',
      description_localizations: { 'zh-CN': '按编号删除用户添加的报告' },
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'id',
          name_localizations: { 'zh-CN': '编号' },
          description: 'Report id, e.g. hangzhou-2025',
          description_localizations: { 'zh-CN': '报告编号，如 hangzhou-2025' },
          required: true,
          max_length: 60,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'list',
      name_localizations: { 'zh-CN': '列表' },
      description: 'Reports users added',
      description_localizations: { 'zh-CN': '用户添加的报告' },
    },
  ],
} as const;

function permitted(i: ChatInputCommandInteraction | ButtonInteraction, admin: ReportAdmin): boolean {
  return admin.admins.has(i.user.id) || i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true;
}

function confirmButtons(id: string) {
  return [
    {
      type: ComponentType.ActionRow as const,
      components: [
        { type: ComponentType.Button as const, style: ButtonStyle.Success, label: '确认', custom_id: `rpt:ok:${id}` },
        { type: ComponentType.Button as const, style: ButtonStyle.Secondary, label: '取消', custom_id: `rpt:no:${id}` },
      ],
    },
  ];
}

/** Downloads the attachment, stages it, and shows what was recognised with 确认 / 取消. */
async function add(i: ChatInputCommandInteraction, admin: ReportAdmin): Promise<void> {
  const file = i.options.getAttachment('file', true);
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  let bytes: Uint8Array;
  try {
    const response = await fetch(file.url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    await i.editReply(notice('无法下载这个附件，请重新上传。'));
    return;
  }
  const staged = await stageAddition(admin.store, file.name, bytes, i.user.id);
  if (!staged.ok) {
    await i.editReply(notice(`无法导入“${file.name}”：${staged.problems.join(' ')}`));
    return;
  }
  const facts = extractFacts(new Corpus(staged.staged.reports));
  const lines = staged.staged.reports.map((r) => {
    const targets = facts.get(r.id)?.targets ?? [];
    const shown = targets
      .slice(0, 12)
      .map((t) => `${t.indicator ?? t.label} ${t.value}`)
      .join('；');
    return [
      `**${inert(r.title)}**（编号 ${r.id}）`,
      `地方：${inert(r.city)}（${r.level}，${inert(r.province)}）　年份：${r.year}　段落：${r.paragraphs.length}`,
      r.meeting ? `会议：${inert(r.meeting)}` : '',
      `主要预期目标 ${targets.length} 项${shown ? `：${inert(shown)}` : ''}`,
    ]
      .filter(Boolean)
      .join('\n');
  });
  await i.editReply({
    embeds: [
      {
        title: '确认添加这份报告？',
        description: cutAtSentence(lines.join('\n\n'), LIMITS.embedDescription),
        footer: { text: '确认后所有人都能查询；取消则语料库不变。' },
      },
    ],
    components: confirmButtons(staged.staged.id),
    allowedMentions: { parse: [] },
  });
}

export async function onReportCommand(i: ChatInputCommandInteraction, admin: ReportAdmin | undefined): Promise<void> {
  if (!admin) {
    await i.reply(notice('这个机器人没有启用报告管理（需要设置 DATA_DIR）。'));
    return;
  }
  if (!permitted(i, admin)) {
    await i.reply(notice('只有机器人所有者和有“管理服务器”权限的成员可以添加或删除报告。'));
    return;
  }
  const sub = i.options.getSubcommand(true);
  if (sub === 'add') return add(i, admin);
  if (sub === 'remove') {
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const message = await removeUserReport(admin.store, i.options.getString('id', true), i.user.id);
    admin.reload();
    await i.editReply(notice(message));
    return;
  }
  const reports = listUserReports(admin.store);
  await i.reply(
    notice(
      reports.length
        ? `用户添加的报告：${reports.map((r) => `${r.title}（${r.id}）`).join('、')}`
        : '目前没有用户添加的报告。',
    ),
  );
}

/** 确认 / 取消 on a staged report: only its uploader, and only while permitted. */
export async function onReportButton(i: ButtonInteraction, admin: ReportAdmin | undefined): Promise<void> {
  const [, action, id = ''] = i.customId.split(':');
  if (!admin || !permitted(i, admin)) {
    await i.reply(notice('只有机器人所有者和有“管理服务器”权限的成员可以添加报告。'));
    return;
  }
  if (action === 'no') {
    await i.update({ ...notice(await cancelAddition(admin.store, id, i.user.id)), flags: undefined });
    return;
  }
  // Publishing re-reads the users' files and rebuilds their corpus: seconds for a big PDF. Acknowledge
  // the press first, so Discord never tells the uploader it failed while it is being published.
  await i.deferUpdate();
  const added = await confirmAddition(admin.store, id, i.user.id);
  if (typeof added === 'string') {
    await i.followUp(notice(added));
    return;
  }
  admin.reload();
  const { content, allowedMentions } = notice(
    `已添加：${added.map((r) => `${r.title}（${r.id}）`).join('、')}。现在可以查询了。`,
  );
  await i.editReply({ content, embeds: [], components: [], allowedMentions });
}
