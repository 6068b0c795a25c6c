import { PROVINCE } from '../src/command/commonOptions.js';
import { defineCommand, OptionType } from '../src/command/contract.js';
import { parseYear } from '../src/corpus/resolve.js';
import { searchPassages } from '../src/query/searchQueries.js';
import { searchReply } from '../src/reply/searchReplies.js';
import { DEFAULT_LIMIT } from '../src/search/index.js';

/** At most this many passages a page: ten quotes already fill a Discord embed. */
const MAX_PAGE = 10;

export const command = defineCommand({
  name: 'search',
  zh: '搜索',
  description: 'Search the reports; passages are quoted verbatim',
  zhDescription: '全文搜索报告，逐字引用原文段落',
  summary: '全文搜索，逐字引用原文，可翻页',
  example: '/search 营商环境 city:南湖',
  shareable: true,
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
      description: 'Only this report year',
      zhDescription: '只看这一年的报告',
      autocomplete: 'year',
      maxLength: 10,
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
  query: ({ library }, { query, city, year, province, level, limit = DEFAULT_LIMIT, page = 1 }) => {
    const response = searchPassages(library, query ?? '', {
      city,
      year: parseYear(year),
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
