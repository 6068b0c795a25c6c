import { describe, expect, it } from 'vitest';
import { runCommand } from '../src/command/dispatch.js';
import { ButtonStore } from '../src/faces/discord/customIds.js';
import { cutAtSentence, LIMITS } from '../src/faces/discord/limits.js';
import { renderDiscord } from '../src/faces/discord/render.js';
import type { Reply } from '../src/reply/model.js';
import { commandContext, corpus } from './helpers/library.js';

const buttons = new ButtonStore();
const longest = corpus
  .allParagraphs()
  .map((p) => p.paragraph.text)
  .sort((a, b) => b.length - a.length)[0]!;

function embedSize(e: { title?: string; description?: string; footer?: { text: string } }): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
}

describe('Discord renderer limits', () => {
  it('keeps a reply of 30 long quotes within the description and embed totals', () => {
    const reply: Reply = {
      tone: 'result',
      title: '标题'.repeat(200),
      shareable: true,
      footer: '页脚'.repeat(1500),
      quotes: Array.from({ length: 30 }, (_, i) => ({
        text: { text: longest, marks: [[0, 4]] },
        citation: `引用 ${i}`,
        id: `x-${i}`,
      })),
    };
    const p = renderDiscord(reply, { ephemeral: true, ownerId: '1', commandLine: '/quote x', buttons });
    const e = p.embeds[0]!;
    expect(e.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(e.footer!.text.length).toBeLessThanOrEqual(LIMITS.footer);
    expect(embedSize(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(e.description).toContain('以下从略');
    expect((e.description!.match(/\*\*/gu) ?? []).length % 2).toBe(0);
  });

  it('cuts at the end of a sentence, never inside a character', () => {
    const text = '第一句话。第二句话很长'.repeat(50);
    const cut = cutAtSentence(text, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('。…')).toBe(true);
    const emoji = '𠀀'.repeat(80);
    const c = cutAtSentence(emoji, 51);
    expect(c.length).toBeLessThanOrEqual(51);
    expect(c.replace('…', '')).toBe('𠀀'.repeat(25));
  });

  it('renders every real command within limits, buttons and custom ids included', async () => {
    for (const [name, options] of [
      ['reports', {}],
      ['outline', { city: '宁波' }],
      ['compare', { indicator: 'GDP' }],
      ['search', { query: '发展', limit: 10 }],
      ['quote', { id: 'wenzhou-2023-4', context: 5 }],
    ] as const) {
      const { reply } = await runCommand(commandContext(), name, options);
      const p = renderDiscord(reply, {
        ephemeral: true,
        ownerId: '123456789012345678',
        commandLine: `/${name}`,
        buttons,
      });
      const e = p.embeds[0]!;
      expect(e.description!.length, name).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(embedSize(e), name).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(p.components.length).toBeLessThanOrEqual(LIMITS.rows);
      for (const row of p.components) {
        expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
        for (const b of row.components)
          expect((b as { custom_id: string }).custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      }
      expect(p.allowedMentions.parse).toEqual([]);
    }
  });

  it('escapes markdown from the reports (“__”) and mentions in user text', () => {
    const reply: Reply = {
      tone: 'result',
      title: '@everyone **x**',
      intro: '引进国家和省“__”人才 <@123456789012345678>',
      shareable: false,
    };
    const e = renderDiscord(reply, { ephemeral: false, ownerId: '1', buttons }).embeds[0]!;
    expect(e.title).toBe('@\u200beveryone \\*\\*x\\*\\*');
    expect(e.description).toContain('“\\_\\_”');
    expect(e.description).not.toContain('<@123456789012345678>');
  });

  it('keeps long commands in the shared state under a short id, and reports expiry for unknown ids', async () => {
    const long = `/search ${'营商环境'.repeat(40)}`;
    const id = buttons.runId('123456789012345678', long);
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(await buttons.parse(id)).toEqual({ kind: 'run', owner: '123456789012345678', command: long });
    expect(await buttons.parse(buttons.shareId('1', '/quote jiaxing-2024-1'))).toEqual({
      kind: 'share',
      command: '/quote jiaxing-2024-1',
    });
    expect(await buttons.parse('mem:unknownkey')).toEqual({ kind: 'expired' });
  });
});
