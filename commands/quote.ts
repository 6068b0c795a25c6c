import { INSTALL, num, OPTION, option, SHARE_OPTIONS, str, type CommandModule } from '../src/command/command.js';
import { quote } from '../src/query/corpusQueries.js';
import { quoteReply } from '../src/reply/corpusReplies.js';

export const command: CommandModule = {
  shareable: true,
  definition: {
    name: 'quote', name_localizations: { 'zh-CN': '引用' },
    description: 'Quote a paragraph by its id, with the paragraphs around it', description_localizations: { 'zh-CN': '按段落编号引用原文，可翻看前后段' },
    ...INSTALL,
    options: [
      option(OPTION.string, 'id', '编号', 'Paragraph id, e.g. jiaxing-2024-21', '段落编号，如 jiaxing-2024-21', { required: true, max_length: 40 }),
      option(OPTION.integer, 'context', '上下文', 'Paragraphs before and after (0-5)', '前后各显示几段（0-5）', { min_value: 0, max_value: 5 }),
      ...SHARE_OPTIONS,
    ],
  },
  handle: ({ corpus }, o) => quoteReply(quote(corpus, str(o.id), num(o.context) ?? 0)),
};
