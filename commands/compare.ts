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
      description: 'Year (targets: the report year; results: the year the data is about)',
      zhDescription: '年份（目标：报告年份；实际：数据所属年份）',
      positional: true,
      autocomplete: 'year',
      maxLength: 10,
    },
    PROVINCE,
    {
      type: OptionType.String,
      name: 'stance',
      zh: '性质',
      description: 'target (default) or result: each place’s reviewed figure for the data year',
      zhDescription: 'target（目标，默认）或 result（实际，按数据年份）',
      maxLength: 10,
    },
  ],
  query: ({ library }, { indicator, year, province, stance }) => compare(library, indicator, year, province, stance),
  chart: (r, charts) => compareChart(r, charts),
  reply: (r, chart) => compareReply(r, chart),
  csv: (r) => ({
    columns: ['名次', '城市', '省份', '年份', '性质', '数值（原文）', '数值', '单位', '段落编号'],
    rows: [...r.ranked, ...r.unranked].map((e, i) => [
      i < r.ranked.length ? String(i + 1) : '',
      e.city,
      e.province,
      String(e.year),
      r.stance === 'result' ? '实际' : '目标',
      e.value,
      e.number === null ? '' : String(e.number),
      e.unit ?? '',
      e.source,
    ]),
  }),
});
