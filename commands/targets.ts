import { PLACE, REPORT_YEAR } from '../src/command/commonOptions.js';
import { defineCommand } from '../src/command/contract.js';
import { targets } from '../src/query/targetsQueries.js';
import { targetsReply } from '../src/reply/targetsReplies.js';

export const command = defineCommand({
  name: 'targets',
  zh: '目标',
  description: "A city's main expected targets for a year",
  zhDescription: '查看城市某年的主要预期目标',
  summary: '主要预期目标表，附原文段落',
  example: '/targets 嘉兴 2024',
  shareable: true,
  options: [PLACE, REPORT_YEAR],
  query: ({ library }, { city, year }) => targets(library, city, year),
  reply: (r) => targetsReply(r),
  csv: (r) => ({
    columns: ['城市', '年份', '指标', '报告原文的表述', '目标', '数值', '单位', '限定', '段落编号'],
    rows: r.targets.map((t) => [
      r.report.city,
      String(r.report.year),
      t.indicator ?? '',
      t.label,
      t.value,
      t.number === null ? '' : String(t.number),
      t.unit ?? '',
      t.qualifier ?? '',
      r.source?.id ?? '',
    ]),
  }),
});
