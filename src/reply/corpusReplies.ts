import type { GlossaryResult, OutlineResult, QuoteResult, ReportListing } from '../query/corpusQueries.js';
import { citation } from './citation.js';
import { plain, type Reply } from './model.js';

export function reportsReply(reports: ReportListing[]): Reply {
  return {
    tone: 'result',
    title: `语料库共 ${reports.length} 份政府工作报告`,
    table: {
      columns: ['编号', '城市', '简称', '省份', '级别', '年份', '报告人', '段落'],
      rows: reports.map((r) => [
        r.id,
        r.city,
        r.short,
        r.province,
        r.level,
        String(r.year),
        r.speaker ?? '—',
        String(r.paragraphs),
      ]),
    },
    footer: '用 /outline 城市 年份 查看目录，/quote 段落编号 引用原文。',
    shareable: true,
  };
}

export function outlineReply(o: OutlineResult): Reply {
  return {
    tone: 'result',
    title: `${o.report.title} · 目录`,
    notes: o.headings.map((h) => `${'　'.repeat(h.level - 1)}${h.text}〔${h.id}〕`),
    footer: `报告编号 ${o.report.id}；用 /quote 段落编号 查看原文。`,
    shareable: true,
  };
}

export function quoteReply(q: QuoteResult): Reply {
  const around = (ps: QuoteResult['context']['before']) =>
    ps.map((p) => ({ text: plain(p.text), citation: p.id, id: p.id }));
  return {
    tone: 'result',
    title: `${q.title}〔${q.id}〕`,
    quotes: [
      ...around(q.context.before),
      {
        text: plain(q.text),
        citation: citation(q),
        id: q.id,
      },
      ...around(q.context.after),
    ],
    notes: q.glossary.map((g) => `[${g.marker}] ${g.term}：${g.definition}`),
    actions: [
      ...(q.previous ? [{ label: '◀ 上一段', command: `/quote ${q.previous}`, kind: 'neighbour' as const }] : []),
      ...(q.next ? [{ label: '下一段 ▶', command: `/quote ${q.next}`, kind: 'neighbour' as const }] : []),
    ],
    shareable: true,
  };
}

export function glossaryReply(term: string, results: GlossaryResult[]): Reply {
  return {
    tone: 'result',
    title: `名词解释：${term}`,
    quotes: results.map((g) => ({ text: plain(g.quote), citation: citation(g), id: g.id })),
    notes: results.flatMap((g) => (g.usedIn.length ? [`“${g.term}”见于正文 ${g.usedIn.join('、')}`] : [])),
    shareable: true,
  };
}
