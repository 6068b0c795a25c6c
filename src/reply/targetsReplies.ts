import { describeTarget } from '../facts/describe.js';
import { GROUP_ORDER, groupOf } from '../facts/indicators.js';
import type { AskResult } from '../query/ask/ask.js';
import type { CompareResult, TargetRow, TargetsResult } from '../query/targetsQueries.js';
import { citation } from './citation.js';
import { type Attachment, plain, type Reply } from './model.js';

/** Tables spell a target's value with a space after the verb: "增长 6%左右". */
const IN_TABLES = { gap: ' ' };

export function targetsReply(r: TargetsResult): Reply {
  if (r.targets.length === 0) {
    return {
      tone: 'empty',
      title: `${r.report.title} · 主要预期目标`,
      intro: r.missing ?? '该报告没有列出主要预期目标。',
      shareable: false,
    };
  }
  const order = (t: TargetRow) => GROUP_ORDER.indexOf(groupOf(t.indicator));
  const rows = [...r.targets]
    .map((t, i) => ({ t, i }))
    .sort((a, b) => order(a.t) - order(b.t) || a.i - b.i)
    .map(({ t }) => [groupOf(t.indicator), t.indicator ?? '—', describeTarget(t, IN_TABLES), t.label]);
  return {
    tone: 'result',
    title: `${r.report.year}年${r.report.city} · 主要预期目标`,
    table: { columns: ['类别', '指标', '目标', '报告原文的表述'], rows },
    quotes: r.source
      ? [
          {
            text: plain(r.source.text),
            citation: citation({
              city: r.report.city,
              year: r.report.year,
              section: r.source.section,
              id: r.source.id,
            }),
            id: r.source.id,
          },
        ]
      : [],
    notes:
      r.plan.length > 0
        ? [
            `五年规划目标（另列）：${r.plan.map((p) => `${p.indicator ?? p.label} ${describeTarget(p, IN_TABLES)}`).join('；')}`,
          ]
        : [],
    actions: r.source ? [{ label: '查看原文段落', command: `/quote ${r.source.id}`, kind: 'source' }] : [],
    footer: `共 ${r.targets.length} 项目标；目标值均摘自报告原文。`,
    shareable: true,
  };
}

export function compareReply(r: CompareResult, chart: Attachment | null = null): Reply {
  const scope = [r.year ? `${r.year}年` : '各年份', r.province].filter(Boolean).join(' · ');
  if (r.ranked.length === 0 && r.unranked.length === 0) {
    return {
      tone: 'empty',
      title: `${r.indicator} · ${scope}`,
      intro: `报告的主要预期目标中没有${r.indicator}。`,
      shareable: false,
    };
  }
  return {
    tone: 'result',
    title: `${r.indicator}目标对比 · ${scope}`,
    table: {
      columns: ['名次', '城市', '年份', '目标'],
      rows: r.ranked.map((e, i) => [String(i + 1), e.city, String(e.year), describeTarget(e, IN_TABLES)]),
    },
    notes: [
      ...(r.unranked.length > 0
        ? [`无可比数值的目标：${r.unranked.map((e) => `${e.short}${e.year}“${e.text}”`).join('；')}`]
        : []),
      ...(r.without.length > 0 ? [`未设此项目标：${r.without.join('、')}`] : []),
    ],
    footer: '按目标数值从高到低排列（区间按上限）；数值均摘自各报告“主要预期目标”。',
    attachments: chart ? [chart] : [],
    shareable: true,
  };
}

export function askReply(r: AskResult): Reply {
  if (!r.found) {
    return {
      tone: 'empty',
      title: '报告中没有找到答案',
      intro: r.reason ?? '报告中没有直接回答这个问题的内容。',
      quotes: r.suggestions.map((s) => ({
        text: plain(s.snippet),
        citation: citation({ ...s, section: '' }),
        id: s.id,
      })),
      notes: r.suggestions.length > 0 ? ['以上是最接近的段落，供参考。'] : [],
      shareable: false,
    };
  }
  const source = r.source!;
  // A long answer (every target, several cities) reads better as text under a short title.
  const short = r.answer !== null && r.answer.length <= 100;
  return {
    tone: 'result',
    title: r.kind === 'passage' ? '报告中的相关段落' : short ? r.answer! : '报告中的回答',
    intro: r.kind !== 'passage' && !short ? (r.answer ?? undefined) : undefined,
    quotes: [
      {
        text: plain(source.text),
        citation: citation(source),
        id: source.id,
      },
    ],
    table:
      r.ranking.length > 1
        ? {
            columns: ['名次', '城市', '年份', '目标'],
            rows: r.ranking.slice(0, 10).map((x, i) => [String(i + 1), x.city, String(x.year), x.value]),
          }
        : undefined,
    actions: [{ label: '查看原文段落', command: `/quote ${source.id}`, kind: 'source' }],
    shareable: true,
  };
}
