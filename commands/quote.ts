import { defineCommand, OptionType } from '../src/command/contract.js';
import { MAX_CONTEXT, quote } from '../src/query/corpusQueries.js';
import { quoteReply } from '../src/reply/corpusReplies.js';

export const command = defineCommand({
  name: 'quote',
  zh: '引用',
  description: 'Quote a paragraph by its id, with the paragraphs around it',
  zhDescription: '按段落编号引用原文，可翻看前后段',
  summary: '按编号引用一段原文，可翻看前后段',
  example: '/quote jiaxing-2024-21',
  shareable: true,
  options: [
    {
      type: OptionType.String,
      name: 'id',
      zh: '编号',
      description: 'Paragraph id, e.g. jiaxing-2024-21',
      zhDescription: '段落编号，如 jiaxing-2024-21',
      required: true,
      positional: true,
      maxLength: 40,
    },
    {
      type: OptionType.Integer,
      name: 'context',
      zh: '上下文',
      description: `Paragraphs before and after (0-${MAX_CONTEXT})`,
      zhDescription: `前后各显示几段（0-${MAX_CONTEXT}）`,
      positional: true,
      min: 0,
      max: MAX_CONTEXT,
    },
  ],
  query: ({ library }, { id, context }) => quote(library, id, context ?? 0),
  reply: (q) => quoteReply(q),
});
