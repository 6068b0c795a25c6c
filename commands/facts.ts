import { PLACE } from '../src/command/commonOptions.js';
import { defineCommand, OptionType } from '../src/command/contract.js';
import { placeFacts } from '../src/query/figuresQueries.js';
import { factsTable } from '../src/reply/factsTable.js';
import { factsReply } from '../src/reply/targetsReplies.js';

export const command = defineCommand({
  name: 'facts',
  zh: '数据',
  description: "Every figure a place's reports state, filtered by year, indicator and stance",
  zhDescription: '一个地方报告中的全部数据，可按年份、指标、性质筛选',
  summary: '报告中的全部数据（实际、目标、规划、预计），可筛选',
  example: '/facts 嘉兴 2023 indicator:GDP',
  options: [
    PLACE,
    {
      type: OptionType.String,
      name: 'year',
      zh: '年份',
      description: 'The year the data is about',
      zhDescription: '数据所属年份',
      positional: true,
      autocomplete: 'year',
      maxLength: 10,
    },
    {
      type: OptionType.String,
      name: 'indicator',
      zh: '指标',
      description: 'Only this indicator',
      zhDescription: '只看这个指标',
      autocomplete: 'indicator',
      maxLength: 40,
    },
    {
      type: OptionType.String,
      name: 'stance',
      zh: '性质',
      description: 'result, target, plan or forecast',
      zhDescription: 'result（实际）/ target（目标）/ plan（规划）/ forecast（预计）',
      maxLength: 10,
    },
  ],
  query: ({ library }, { city, year, indicator, stance }) => placeFacts(library, city, year, indicator, stance),
  reply: (r) => factsReply(r),
  csv: (r) => factsTable(r.facts),
});
