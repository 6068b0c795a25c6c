import { INSTALL, OPTION, option, SHARE_OPTIONS, str, type CommandModule } from '../src/command/command.js';
import { ask } from '../src/query/ask/ask.js';
import { askReply } from '../src/reply/targetsReplies.js';

export const command: CommandModule = {
  shareable: true,
  greedy: 'question',
  definition: {
    name: 'ask', name_localizations: { 'zh-CN': '提问' },
    description: 'Ask a question; the answer quotes the report it comes from', description_localizations: { 'zh-CN': '提问，答案附报告原句；报告没写的会直说' },
    ...INSTALL,
    options: [option(OPTION.string, 'question', '问题', 'e.g. 温州今年GDP增长目标是多少?', '例如：温州今年GDP增长目标是多少？', { required: true, max_length: 300 }), ...SHARE_OPTIONS],
  },
  handle: ({ corpus }, o) => askReply(ask(corpus, str(o.question))),
};
