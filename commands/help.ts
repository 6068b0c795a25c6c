import { defineCommand, synopsis } from '../src/command/contract.js';
import type { Reply } from '../src/reply/model.js';

export const command = defineCommand({
  name: 'help',
  zh: '帮助',
  description: 'What this bot can do',
  zhDescription: '使用说明',
  summary: '使用说明',
  example: '/help',
  options: [],
  query: ({ commands }) =>
    [...commands.values()].map((c) => ({
      name: c.name,
      synopsis: synopsis(c),
      summary: c.summary,
      example: c.example,
      usage: c.usage,
    })),
  reply: (lines): Reply => ({
    tone: 'result',
    title: 'govreport：政府工作报告查询',
    intro: '所有答案都逐字引用报告原文，并注明城市、年份、章节和段落编号；报告中没有的内容会直接说明。',
    notes: lines.flatMap((l) => [`${l.synopsis} — ${l.summary}，如 ${l.example}`, ...l.usage.map((u) => `　${u}`)]),
    footer: '在频道中 @机器人 提问也可以，例如“@govreport 嘉兴2024年GDP目标？”。',
    shareable: false,
  }),
});
