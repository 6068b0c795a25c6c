import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import { applyMarks } from '../../reply/marks.js';
import type { Reply } from '../../reply/model.js';
import { stripControls } from '../../text/controls.js';
import type { ButtonStore } from './customIds.js';
import { inert } from './escape.js';
import { cutAtSentence, LIMITS } from './limits.js';

export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; users?: string[]; repliedUser?: boolean };
  flags?: number;
  files?: { attachment: Buffer; name: string; description?: string }[];
}

export interface RenderOptions {
  ephemeral: boolean;
  /** Where button ids too long for Discord are kept. */
  buttons: ButtonStore;
  /** Who asked: paging buttons answer only them. */
  ownerId: string;
  /** The command line that made this reply, for the share button. */
  commandLine?: string;
  /** Shown above the result: "由 @x 分享", "@x 为 @y 引用". */
  content?: string;
  /** The one user this message may ping. */
  pingUserId?: string;
  /** The result has a table to export: add the CSV button for the command line. */
  csv?: boolean;
}

const COLOURS = { result: 0x2f6f9f, empty: 0x8a8f98, error: 0xc0392b } as const;
const BOLD = { mark: (s: string) => `**${s}**` };

function tableLines(reply: Reply): string[] {
  if (!reply.table || reply.table.rows.length === 0) return [];
  const emphasis = reply.table.columns.indexOf('目标');
  return [
    `*${inert(reply.table.columns.join(' · '))}*`,
    ...reply.table.rows.map((row) => row.map((c, i) => (i === emphasis ? `**${inert(c)}**` : inert(c))).join(' · ')),
  ];
}

/** Builds the description part by part; a part that does not fit is cut at a sentence, and the rest is noted as cut. */
function description(reply: Reply, max: number): string {
  const parts: string[] = [];
  if (reply.intro) parts.push(inert(reply.intro));
  const table = tableLines(reply);
  if (table.length) parts.push(table.join('\n'));
  for (const q of reply.quotes ?? [])
    parts.push(`> ${applyMarks(q.text, BOLD, inert).replace(/\n/gu, '\n> ')}\n— ${inert(q.citation)}`);
  if (reply.notes?.length) parts.push(reply.notes.map(inert).join('\n'));
  if (reply.suggestions?.length) parts.push(`可以试试：${reply.suggestions.map(inert).join('、')}`);
  if (reply.page && reply.page.count > 1) parts.push(`第 ${reply.page.index + 1}/${reply.page.count} 页`);
  const cutNote = '\n（内容较长，以下从略；可用 /quote 查看整段。）';
  let out = '';
  for (const part of parts) {
    const sep = out ? '\n\n' : '';
    if (out.length + sep.length + part.length <= max) {
      out += sep + part;
      continue;
    }
    const room = max - out.length - sep.length - cutNote.length;
    // Cutting markdown mid-way could leave ** open: cut the plain sentence only if no marker stays unpaired.
    if (room > 200) {
      let piece = cutAtSentence(part, room);
      if ((piece.match(/\*\*/gu) ?? []).length % 2 === 1) piece = `${piece}**`;
      out += sep + piece;
    }
    out += cutNote;
    break;
  }
  return out || '（无内容）';
}

function buttons(reply: Reply, opts: RenderOptions): APIActionRowComponent<APIButtonComponent>[] {
  const list: APIButtonComponent[] = (reply.actions ?? []).map((a) => ({
    type: ComponentType.Button,
    style: a.kind === 'page' ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label: stripControls(a.label).slice(0, LIMITS.buttonLabel),
    custom_id:
      a.kind === 'source' ? opts.buttons.openId(opts.ownerId, a.command) : opts.buttons.runId(opts.ownerId, a.command),
  }));
  if (opts.csv && opts.commandLine && reply.tone === 'result') {
    list.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: '导出 CSV',
      custom_id: opts.buttons.csvId(opts.ownerId, opts.commandLine),
    });
  }
  if (reply.shareable && opts.ephemeral && opts.commandLine) {
    list.push({
      type: ComponentType.Button,
      style: ButtonStyle.Success,
      label: '分享到频道',
      custom_id: opts.buttons.shareId(opts.ownerId, opts.commandLine),
    });
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < list.length && rows.length < LIMITS.rows; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: list.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** The Discord face of a reply: one embed within every limit, buttons, and mentions that ping no one (or only the one user). */
export function renderDiscord(reply: Reply, opts: RenderOptions): DiscordPayload {
  const title = cutAtSentence(inert(reply.title), LIMITS.embedTitle);
  const footerText = [reply.footer, reply.incidentId ? `事件编号 ${reply.incidentId}` : undefined]
    .filter(Boolean)
    .join(' · ');
  const footer = footerText ? cutAtSentence(inert(footerText), LIMITS.footer) : '';
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - footer.length - 10);
  const embed: APIEmbed = { title, description: description(reply, room), color: COLOURS[reply.tone] };
  if (footer) embed.footer = { text: footer };
  const files = (reply.attachments ?? []).map((a) => ({
    attachment: a.data,
    name: a.name,
    description: a.description.slice(0, 1024),
  }));
  if (files[0]) embed.image = { url: `attachment://${files[0].name}` };
  const payload: DiscordPayload = {
    embeds: [embed],
    components: buttons(reply, opts),
    allowedMentions: opts.pingUserId
      ? { parse: [], users: [opts.pingUserId], repliedUser: false }
      : { parse: [], repliedUser: false },
  };
  if (opts.content) payload.content = cutAtSentence(opts.content, LIMITS.content);
  if (opts.ephemeral) payload.flags = MessageFlags.Ephemeral;
  if (files.length) payload.files = files;
  return payload;
}

/** A short ephemeral notice (rate limit, someone else's buttons, an expired result). */
export function notice(text: string): DiscordPayload {
  return {
    content: cutAtSentence(text, LIMITS.content),
    embeds: [],
    components: [],
    allowedMentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
  };
}
