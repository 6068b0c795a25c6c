import { defineCommand } from '../src/command/contract.js';
import { listReports } from '../src/query/corpusQueries.js';
import { reportsReply } from '../src/reply/corpusReplies.js';

export const command = defineCommand({
  name: 'reports',
  zh: '报告列表',
  description: 'Every report in the corpus',
  zhDescription: '列出语料库中的全部报告',
  summary: '语料库中的全部报告',
  example: '/reports',
  options: [],
  query: ({ library }) => listReports(library),
  reply: (reports) => reportsReply(reports),
});
