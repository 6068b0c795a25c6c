import { INSTALL, OPTION, option, str, type CommandModule } from '../src/command/command.js';
import { glossaryChoices } from '../src/command/autocomplete.js';
import { glossary } from '../src/query/corpusQueries.js';
import { glossaryReply } from '../src/reply/corpusReplies.js';

export const command: CommandModule = {
  greedy: 'term',
  definition: {
    name: 'glossary', name_localizations: { 'zh-CN': '名词解释' },
    description: 'Explain a term from a report glossary', description_localizations: { 'zh-CN': '查询报告所附的名词解释' },
    ...INSTALL,
    options: [option(OPTION.string, 'term', '名词', 'Term, e.g. 五减', '名词，如 五减', { required: true, autocomplete: true, max_length: 60 })],
  },
  handle: ({ corpus }, o) => glossaryReply(str(o.term) ?? '', glossary(corpus, str(o.term))),
  autocomplete: ({ corpus }, focused) => glossaryChoices(corpus, focused.value),
};
