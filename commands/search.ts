import { PROVINCE } from '../src/command/commonOptions.js';
import { defineCommand, OptionType } from '../src/command/contract.js';
import { UserError } from '../src/corpus/errors.js';
import { searchPassages } from '../src/query/searchQueries.js';
import { searchReply } from '../src/reply/searchReplies.js';
import { DEFAULT_LIMIT } from '../src/search/index.js';
import { yearRange } from '../src/search/query.js';

/** At most this many passages a page: ten quotes already fill a Discord embed. */
const MAX_PAGE = 10;

/** year:2024 or year:2010-2015 (also 2010至2015, 2010~2015). */
function yearsOf(typed: string | undefined) {
  if (typed === undefined) return {};
  const m = /^\s*(\d{4})年?\s*(?:[-－–—~～至到]\s*(\d{4})年?)?\s*$/u.exec(typed.normalize('NFKC'));
  if (!m)
    throw new UserError(`“${typed.slice(0, 20)}”不是有效的年份，请写成 2024 或 2010-2015。`, ['2024', '2010-2015']);
  return yearRange(m[1], m[2] ?? m[1]);
}

export const command = defineCommand({
  name: 'search',
  zh: '搜索',
  description: 'Search the reports; passages are quoted verbatim',
  zhDescription: '全文搜索报告，逐字引用原文段落',
  summary: '全文搜索，逐字引用原文，可翻页',
  example: '/search 营商环境 city:南湖',
  shareable: true,
  usage: [
    '"老旧小区改造"：引号内的词按原文整体查找',
    '营商环境 -南湖：减号排除含该词的段落',
    '数字经济 OR 数字产业（或 数字经济|数字产业）：任一即可',
    'year:2010-2015：年份区间；十三五期间 研发投入：只看该五年规划的回顾和目标；sort:date：按年份从新到旧',
  ],
  options: [
    {
      type: OptionType.String,
      name: 'query',
      zh: '关键词',
      description: 'Words to find, e.g. 营商环境',
      zhDescription: '要查找的词语，如 营商环境',
      required: true,
      positional: 'rest',
      maxLength: 200,
    },
    {
      type: OptionType.String,
      name: 'city',
      zh: '城市',
      description: 'Only this city',
      zhDescription: '只看这个城市',
      autocomplete: 'place',
      maxLength: 40,
    },
    {
      type: OptionType.String,
      name: 'year',
      zh: '年份',
      description: 'Only this year (the data year), or a range: 2010-2015',
      zhDescription: '只看这一年（数据所属年份），或一个区间：2010-2015',
      autocomplete: 'year',
      maxLength: 12,
    },
    {
      type: OptionType.String,
      name: 'sort',
      zh: '排序',
      description: 'Most relevant first (default) or newest report first',
      zhDescription: '按相关度（默认）或按报告年份从新到旧',
      choices: [
        { value: 'relevance', name: 'relevance', zh: '相关度', words: ['相关', '相关性', 'score'] },
        {
          value: 'date',
          name: 'newest first',
          zh: '年份从新到旧',
          words: ['年份', '时间', '日期', '最新', 'newest', 'year'],
        },
      ],
    },
    PROVINCE,
    {
      type: OptionType.String,
      name: 'level',
      zh: '级别',
      description: 'Only this level of government, e.g. 地级市',
      zhDescription: '只看这一级政府，如 地级市、县级市、市辖区',
      maxLength: 10,
    },
    {
      type: OptionType.Integer,
      name: 'limit',
      zh: '条数',
      description: `Passages per page (1-${MAX_PAGE})`,
      zhDescription: `每页条数（1-${MAX_PAGE}）`,
      min: 1,
      max: MAX_PAGE,
    },
    {
      type: OptionType.Integer,
      name: 'page',
      zh: '页码',
      description: 'Page number',
      zhDescription: '页码',
      min: 1,
      max: 100,
    },
  ],
  query: ({ library }, { query, city, year, sort, province, level, limit = DEFAULT_LIMIT, page = 1 }) => {
    const response = searchPassages(library, query ?? '', {
      city,
      ...yearsOf(year),
      sort: sort === 'date' ? 'date' : 'relevance',
      province,
      level,
      limit,
      offset: (page - 1) * limit,
    });
    return { ...response, limit };
  },
  reply: (r) => searchReply(r, r.limit),
  json: ({ limit: _limit, ...response }) => response,
});
