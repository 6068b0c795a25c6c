import { PLACE } from '../src/command/commonOptions.js';
import { defineCommand, OptionType } from '../src/command/contract.js';
import { figures } from '../src/query/figuresQueries.js';
import { factsTable } from '../src/reply/factsTable.js';
import { figuresReply } from '../src/reply/targetsReplies.js';

export const command = defineCommand({
  name: 'figures',
  zh: '实际数据',
  description: 'What a year achieved, as the next report reviews it',
  zhDescription: '某年的实际完成数据（取自次年报告的回顾）',
  summary: '某年的实际完成数据表（取自次年报告的回顾），/targets 的对照',
  example: '/figures 梅州 2022',
  shareable: true,
  options: [
    PLACE,
    {
      type: OptionType.String,
      name: 'year',
      zh: '年份',
      description: 'The year the data is about (the latest reviewed if empty)',
      zhDescription: '数据所属年份（默认最近一次回顾的年份）',
      positional: true,
      autocomplete: 'year',
      maxLength: 10,
    },
  ],
  query: ({ library }, { city, year }) => figures(library, city, year),
  reply: (r) => figuresReply(r),
  csv: (r) => factsTable(r.figures),
});
