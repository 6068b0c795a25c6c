import { INSTALL, type CommandModule } from '../src/command/command.js';
import type { Reply } from '../src/reply/model.js';

export const HELP_LINES = [
  '/targets 城市 [年份] — 主要预期目标表，如 /targets 嘉兴 2024',
  '/search 关键词 [city:城市] [year:年份] — 全文搜索，逐字引用原文，如 /search 营商环境 city:南湖',
  '/ask 问题 — 提问，如 /ask 温州今年GDP增长目标是多少？',
  '/compare 指标 [year:年份] [province:省份] — 各城市目标对比（附柱状图），如 /compare GDP year:2023',
  '/trend 城市 指标 — 历年目标与实际对照（附图），如 /trend 嘉兴 GDP',
  '/quote 段落编号 — 引用一段原文，如 /quote jiaxing-2024-21',
  '/outline 城市 [年份] — 报告目录',
  '/reports — 全部报告',
  '/glossary 名词 — 名词解释',
];

export function helpReply(): Reply {
  return {
    tone: 'result',
    title: 'govreport：政府工作报告查询',
    intro: '所有答案都逐字引用报告原文，并注明城市、年份、章节和段落编号；报告中没有的内容会直接说明。',
    notes: HELP_LINES,
    footer: '在频道中 @机器人 提问也可以，例如“@govreport 嘉兴2024年GDP目标？”。',
    shareable: false,
  };
}

export const command: CommandModule = {
  definition: {
    name: 'help', name_localizations: { 'zh-CN': '帮助' },
    description: 'What this bot can do', description_localizations: { 'zh-CN': '使用说明' },
    ...INSTALL,
  },
  handle: () => helpReply(),
};
