import type { SearchResult } from '../query/searchQueries.js';
import type { SearchFilters } from '../search/query.js';
import type { SearchHit, SearchSort } from '../search/types.js';
import { citation } from './citation.js';
import type { Action, Reply } from './model.js';

/** year:2010-2015 or year:2024, as the option is typed. */
function yearsTyped(f: SearchFilters): string | undefined {
  if (f.year === undefined) return undefined;
  return f.yearTo !== undefined ? `${f.year}-${f.yearTo}` : String(f.year);
}

export function filtersText(f: SearchFilters): string {
  const years = yearsTyped(f);
  return [
    f.city,
    years && `${years}年`,
    f.period && `${f.period.name}（${f.period.from}—${f.period.to}年）`,
    f.province,
    f.level,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The console/Discord command that shows another page of the same search. */
export function searchCommand(
  query: string,
  f: SearchFilters,
  page: number,
  limit: number,
  sort: SearchSort = 'relevance',
): string {
  const opts = [
    f.city && `city:${f.city}`,
    f.year !== undefined && `year:${yearsTyped(f)}`,
    sort !== 'relevance' && `sort:${sort}`,
    f.province && `province:${f.province}`,
    f.level && `level:${f.level}`,
    `limit:${limit}`,
    `page:${page + 1}`,
  ];
  return `/search ${query.replace(/\s+/gu, ' ').trim()} ${opts.filter(Boolean).join(' ')}`;
}

/** How a passage of another year's report matched the year asked. */
function aboutWords(h: SearchHit): string {
  if (h.aboutVia === 'plan') return `规划涉及${h.about}年`;
  if (h.aboutVia === 'named') return `提及${h.about}年`;
  return `回顾${h.about}年`;
}

export function searchReply(r: SearchResult, limit: number): Reply {
  const filters = filtersText(r.filters);
  const where = filters ? `（${filters}）` : '';
  const pageCount = Math.max(1, Math.ceil(r.total / limit));
  const page = Math.floor(r.offset / limit);
  if (r.total === 0) {
    return {
      tone: 'empty',
      title: `没有找到“${r.understood}”${where}`,
      intro: '报告中没有包含这些词语的段落。',
      notes: r.notes,
      suggestions: r.suggestions,
      shareable: false,
    };
  }
  const actions: Action[] = [];
  if (page > 0)
    actions.push({
      label: '◀ 上一页',
      command: searchCommand(r.query, r.filters, page - 1, limit, r.sort),
      kind: 'page',
    });
  if (page + 1 < pageCount)
    actions.push({
      label: '下一页 ▶',
      command: searchCommand(r.query, r.filters, page + 1, limit, r.sort),
      kind: 'page',
    });
  return {
    tone: 'result',
    title: `搜索“${r.understood}”${where}${r.sort === 'date' ? ' · 按年份' : ''} · 共 ${r.total} 段`,
    quotes: r.results.map((h) => ({
      text: { text: h.snippet, marks: h.snippetMarks },
      // A year's review in the next report says so: "资兴市 2023年 › 回顾2022年"; a plan holding it, "规划至2025年".
      citation: citation(
        h.about === null ? h : { ...h, section: [aboutWords(h), h.section].filter(Boolean).join(' › ') },
      ),
      id: h.id,
    })),
    notes: r.notes,
    page: { index: page, count: pageCount },
    actions,
    footer: '引文为报告原文；用 /quote 段落编号 查看整段。',
    shareable: true,
  };
}
