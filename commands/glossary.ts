import { defineCommand, OptionType } from '../src/command/contract.js';
import { glossary } from '../src/query/corpusQueries.js';
import { glossaryReply } from '../src/reply/corpusReplies.js';

export const command = defineCommand({
  name: 'glossary',
  zh: '名词解释',
  description: 'Explain a term from a report glossary',
  zhDescription: '查询报告所附的名词解释',
  summary: '报告所附的名词解释',
  example: '/glossary 五减',
  options: [
    {
      type: OptionType.String,
      name: 'term',
      zh: '名词',
      description: 'Term, e.g. 五减',
      zhDescription: '名词，如 五减',
      required: true,
      positional: 'rest',
      autocomplete: 'glossary',
      maxLength: 60,
    },
  ],
  query: ({ library }, { term = '' }) => ({ term, entries: glossary(library, term) }),
  reply: ({ term, entries }) => glossaryReply(term, entries),
  // One entry, as the CLI has always printed it; a term defined by several reports lists the others under `also`.
  json: ({ entries: [first, ...also] }) => ({ ...first, also }),
});
