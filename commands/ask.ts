import { defineCommand, OptionType } from '../src/command/contract.js';
import { ask } from '../src/query/ask/ask.js';
import { answerSentence, reasonSentence } from '../src/reply/askSentence.js';
import { askReply } from '../src/reply/targetsReplies.js';

export const command = defineCommand({
  name: 'ask',
  zh: '提问',
  description: 'Ask a question; the answer quotes the report it comes from',
  zhDescription: '提问，答案附报告原句；报告没写的会直说',
  summary: '提问，答案附原句；报告没写的会直说',
  example: '/ask 温州今年GDP增长目标是多少?',
  shareable: true,
  options: [
    {
      type: OptionType.String,
      name: 'question',
      zh: '问题',
      description: 'e.g. 温州今年GDP增长目标是多少?',
      zhDescription: '例如：温州今年GDP增长目标是多少？',
      required: true,
      positional: 'rest',
      maxLength: 300,
    },
  ],
  // A slash command from an English Discord client gets its answer sentence in English.
  query: ({ library }, { question }, { locale }) =>
    ask(library, question, { english: locale?.startsWith('en') === true }),
  reply: (r) => askReply(r),
  // --json: the data (what the answer says, as data), and its sentences in the language asked.
  json: (r) => ({ ...r, sentence: answerSentence(r), why: reasonSentence(r) }),
});
