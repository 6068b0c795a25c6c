import { INSTALL, OPTION, option, SHARE_OPTIONS, str, type CommandModule } from '../src/command/command.js';
import { cityChoices, yearChoices } from '../src/command/autocomplete.js';
import { targets } from '../src/query/targetsQueries.js';
import { targetsReply } from '../src/reply/targetsReplies.js';

export const command: CommandModule = {
  shareable: true,
  definition: {
    name: 'targets', name_localizations: { 'zh-CN': '目标' },
    description: "A city's main expected targets for a year", description_localizations: { 'zh-CN': '查看城市某年的主要预期目标' },
    ...INSTALL,
    options: [
      option(OPTION.string, 'city', '城市', 'City or district, e.g. 嘉兴', '城市或区，如 嘉兴', { required: true, autocomplete: true, max_length: 40 }),
      option(OPTION.string, 'year', '年份', 'Report year (latest if empty)', '报告年份（默认最新）', { autocomplete: true, max_length: 10 }),
      ...SHARE_OPTIONS,
    ],
  },
  handle: ({ corpus }, o) => targetsReply(targets(corpus, str(o.city), str(o.year))),
  autocomplete: ({ corpus }, focused, o) => (focused.name === 'year' ? yearChoices(corpus, str(o.city), focused.value) : cityChoices(corpus, focused.value)),
};
