import { PLACE, REPORT_YEAR } from '../src/command/commonOptions.js';
import { defineCommand } from '../src/command/contract.js';
import { outline } from '../src/query/corpusQueries.js';
import { outlineReply } from '../src/reply/corpusReplies.js';

export const command = defineCommand({
  name: 'outline',
  zh: '目录',
  description: "A report's section headings with paragraph ids",
  zhDescription: '查看报告的章节目录和段落编号',
  summary: '报告目录，附段落编号',
  example: '/outline 宁波',
  options: [PLACE, REPORT_YEAR],
  query: ({ library }, { city, year }) => outline(library, city, year),
  reply: (o) => outlineReply(o),
});
