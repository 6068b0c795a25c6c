import { INSTALL, OPTION, option, str, type CommandModule } from '../src/command/command.js';
import { cityChoices, yearChoices } from '../src/command/autocomplete.js';
import { outline } from '../src/query/corpusQueries.js';
import { outlineReply } from '../src/reply/corpusReplies.js';

export const command: CommandModule = {
  definition: {
    name: 'outline', name_localizations: { 'zh-CN': '目录' },
    description: "A report's section headings with paragraph ids", description_localizations: { 'zh-CN': '查看报告的章节目录和段落编号' },
    ...INSTALL,
    options: [
      option(OPTION.string, 'city', '城市', 'City or district', '城市或区', { required: true, autocomplete: true, max_length: 40 }),
      option(OPTION.string, 'year', '年份', 'Report year (latest if empty)', '报告年份（默认最新）', { autocomplete: true, max_length: 10 }),
    ],
  },
  handle: ({ corpus }, o) => outlineReply(outline(corpus, str(o.city), str(o.year))),
  autocomplete: ({ corpus }, focused, o) => (focused.name === 'year' ? yearChoices(corpus, str(o.city), focused.value) : cityChoices(corpus, focused.value)),
};
