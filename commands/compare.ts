import { INDICATOR, PROVINCE } from '../src/command/commonOptions.js';
import { defineCommand, OptionType } from '../src/command/contract.js';
import { compare } from '../src/query/targetsQueries.js';
import { compareChart } from '../src/reply/charts/charts.js';
import { compareReply } from '../src/reply/targetsReplies.js';

export const command = defineCommand({
  name: 'compare',
  zh: '对比',
  description: "Compare cities' targets for one indicator",
  zhDescription: '对比各城市同一指标的目标',
  summary: '各城市同一指标的目标，从高到低，附柱状图',
  example: '/compare GDP year:2023',
  shareable: true,
  options: [
    INDICATOR,
    {
      type: OptionType.String,
      name: 'year',
      zh: '年份',
      description: 'Report year (all years if empty)',
      zhDescription: '报告年份（默认全部）',
      positional: true,
      autocomplete: 'year',
      maxLength: 10,
    },
    PROVINCE,
  ],
  query: ({ library }, { indicator, year, province }) => compare(library, indicator, year, province),
  chart: (r, charts) => compareChart(r, charts),
  reply: (r, chart) => compareReply(r, chart),
});
