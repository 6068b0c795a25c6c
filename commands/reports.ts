import { INSTALL, type CommandModule } from '../src/command/command.js';
import { listReports } from '../src/query/corpusQueries.js';
import { reportsReply } from '../src/reply/corpusReplies.js';

export const command: CommandModule = {
  definition: {
    name: 'reports', name_localizations: { 'zh-CN': '报告列表' },
    description: 'Every report in the corpus', description_localizations: { 'zh-CN': '列出语料库中的全部报告' },
    ...INSTALL,
  },
  handle: ({ corpus }) => reportsReply(listReports(corpus)),
};
