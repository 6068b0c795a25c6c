import type { SearchResult } from '../query/searchQueries.js';
import type { SearchFilters } from '../search/query.js';
import { citation } from './citation.js';
import type { Action, Reply } from './model.js';

export function filtersText(f: SearchFilters): string {
  return [f.city, f.year !== undefined ? `${f.year}年` : undefined, f.province, f.level].filter(Boolean).join(' · ');
}

/** The console/Discord command that shows another page of the same search. */
export function searchCommand(query: string, f: SearchFilters, page: number, limit: number): string {
  const opts = [
    f.city && `city:${f.city}`,
    f.year !== undefined && `year:${f.year}`,
    f.province && `province:${f.province}`,
    f.level && `level:${f.level}`,
    `limit:${limit}`,
    `page:${page + 1}`,
  ];
  return `/search ${query.replace(/\s+/gu, ' ').trim()} ${opts.filter(Boolean).join(' ')}`;
}

export function searchReply(r: SearchResult, limit: number): Reply {
  const filters = filtersText(r.filters);
  const where = filters ? `（${filters}）` : '';
  const pageCount = Math.max(1, Math.ceil(r.total / limit));
  const page = Math.floor(r.offset / limit);
  if (r.total === 0) {
    return {
      tone: 'empty',
      title: `没有找到“${r.words.join(' ')}”${where}`,
      intro: '报告中没有包含这些词语的段落。',
      notes: r.notes,
      suggestions: r.suggestions,
      shareable: false,
    };
  }
  const actions: Action[] = [];
  if (page > 0)
    actions.push({ label: '◀ 上一页', command: searchCommand(r.query, r.filters, page - 1, limit), kind: 'page' });
  if (page + 1 < pageCount)
    actions.push({ label: '下一页 ▶', command: searchCommand(r.query, r.filters, page + 1, limit), kind: 'page' });
  return {
    tone: 'result',
    title: `搜索“${r.words.join(' ')}”${where} · 共 ${r.total} 段`,
    quotes: r.results.map((h) => ({
      text: { text: h.snippet, marks: h.snippetMarks },
      // A year's review in the next report says so: "资兴市 2023年（回顾2022年）".
      citation: citation(
        h.about === null
          ? h
          : { ...h, year: h.year, section: [`回顾${h.about}年`, h.section].filter(Boolean).join(' › ') },
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
