import { INSTALL, num, OPTION, option, SHARE_OPTIONS, str, type CommandModule } from '../src/command/command.js';
import { cityChoices, yearChoices } from '../src/command/autocomplete.js';
import { parseYear } from '../src/corpus/resolve.js';
import { searchReply } from '../src/reply/searchReplies.js';
import { DEFAULT_LIMIT, searchIndexFor } from '../src/search/index.js';

/** Discord pages show at most this many passages: ten quotes already fill an embed. */
const MAX_PAGE = 10;

export const command: CommandModule = {
  shareable: true,
  greedy: 'query',
  definition: {
    name: 'search', name_localizations: { 'zh-CN': '搜索' },
    description: 'Search the reports; passages are quoted verbatim', description_localizations: { 'zh-CN': '全文搜索报告，逐字引用原文段落' },
    ...INSTALL,
    options: [
      option(OPTION.string, 'query', '关键词', 'Words to find, e.g. 营商环境', '要查找的词语，如 营商环境', { required: true, max_length: 200 }),
      option(OPTION.string, 'city', '城市', 'Only this city', '只看这个城市', { autocomplete: true, max_length: 40 }),
      option(OPTION.string, 'year', '年份', 'Only this report year', '只看这一年的报告', { autocomplete: true, max_length: 10 }),
      option(OPTION.integer, 'limit', '条数', 'Passages per page (1-10)', '每页条数（1-10）', { min_value: 1, max_value: MAX_PAGE }),
      option(OPTION.integer, 'page', '页码', 'Page number', '页码', { min_value: 1, max_value: 100 }),
      ...SHARE_OPTIONS,
    ],
  },
  handle: ({ corpus }, o) => {
    const limit = Math.max(1, Math.min(MAX_PAGE, Math.trunc(num(o.limit) ?? DEFAULT_LIMIT)));
    const page = Math.max(1, Math.trunc(num(o.page) ?? 1));
    const r = searchIndexFor(corpus).search(str(o.query) ?? '', { city: str(o.city), year: parseYear(str(o.year)), limit, offset: (page - 1) * limit });
    return searchReply(r, limit);
  },
  autocomplete: ({ corpus }, focused, o) => (focused.name === 'year' ? yearChoices(corpus, str(o.city), focused.value) : cityChoices(corpus, focused.value)),
};
