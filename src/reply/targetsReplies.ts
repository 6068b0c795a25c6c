import { describeTarget } from '../facts/describe.js';
import { MEASURE_NAMES } from '../facts/fact.js';
import { GROUP_ORDER, groupOf } from '../facts/indicators.js';
import type { AskResult } from '../query/ask/ask.js';
import type { FactsResult, FiguresResult } from '../query/figuresQueries.js';
import type { CompareResult, TargetRow, TargetsResult } from '../query/targetsQueries.js';
import { answerSentence, reasonSentence } from './askSentence.js';
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
      intro:
        r.stance === 'result'
          ? `报告的回顾部分没有给出${r.indicator}的数据。`
          : `报告的主要预期目标中没有${r.indicator}。`,
      shareable: false,
    };
  }
  return {
    tone: 'result',
    title: `${r.indicator}${r.stance === 'result' ? '实际' : '目标'}对比 · ${scope}`,
    table: {
      columns: ['名次', '城市', '年份', r.stance === 'result' ? '实际' : '目标'],
      rows: r.ranked.map((e, i) => [String(i + 1), e.city, String(e.year), describeTarget(e, IN_TABLES)]),
    },
    notes: [
      ...(r.unranked.length > 0
        ? [`无可比数值的目标：${r.unranked.map((e) => `${e.short}${e.year}“${e.text}”`).join('；')}`]
        : []),
      ...(r.without.length > 0 ? [`未设此项目标：${r.without.join('、')}`] : []),
    ],
    footer:
      r.stance === 'result'
        ? '按实际数值从高到低排列；数值均摘自次年报告的回顾部分（某年的实际见下一年的报告）。'
        : '按目标数值从高到低排列（区间按上限）；数值均摘自各报告“主要预期目标”。',
    attachments: chart ? [chart] : [],
    shareable: true,
  };
}

export function askReply(r: AskResult): Reply {
  if (!r.found) {
    return {
      tone: 'empty',
      title: '报告中没有找到答案',
      intro: reasonSentence(r) ?? '报告中没有直接回答这个问题的内容。',
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
  const answer = answerSentence(r);
  // A long answer (every target, several cities) reads better as text under a short title.
  const short = answer !== null && answer.length <= 100;
  return {
    tone: 'result',
    title: r.kind === 'passage' ? '报告中的相关段落' : short ? answer! : '报告中的回答',
    intro: r.kind !== 'passage' && !short ? (answer ?? undefined) : undefined,
    // A question of several parts quotes each part's sentence.
    quotes: (r.sources && r.sources.length > 1 ? r.sources : [source]).map((s) => ({
      text: plain(s.text),
      citation: citation(s),
      id: s.id,
    })),
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

export function figuresReply(r: FiguresResult): Reply {
  if (r.figures.length === 0) {
    return {
      tone: 'empty',
      title: `${r.year}年${r.city} · 实际完成`,
      intro: `${r.report.title}的回顾部分没有可读出的数据。`,
      shareable: false,
    };
  }
  return {
    tone: 'result',
    title: `${r.year}年${r.city} · 实际完成（据${r.report.year}年报告）`,
    table: {
      columns: ['指标', '类别', '数值', '编号'],
      rows: r.figures.map((f) => [f.indicator ?? f.label, MEASURE_NAMES[f.measure], f.shown, f.source]),
    },
    footer: `共 ${r.figures.length} 项；数值均摘自${r.report.title}的回顾部分，用 /quote 编号 查看原句。`,
    shareable: true,
  };
}

export function factsReply(r: FactsResult): Reply {
  const scope = [r.year ? `${r.year}年` : '', r.indicator ?? '', r.stance ?? ''].filter(Boolean).join(' · ');
  if (r.facts.length === 0) {
    return {
      tone: 'empty',
      title: `${r.city}${scope ? ` · ${scope}` : ''}`,
      intro: '报告中没有符合条件的数据。',
      shareable: false,
    };
  }
  return {
    tone: 'result',
    title: `${r.city}${scope ? ` · ${scope}` : ''} · 共 ${r.facts.length} 条数据`,
    table: {
      columns: ['年份', '性质', '指标', '数值', '编号'],
      rows: r.facts.map((f) => [String(f.year), STANCE_LABELS[f.stance], f.indicator ?? f.label, f.shown, f.source]),
    },
    shareable: true,
  };
}

const STANCE_LABELS = { result: '实际', target: '目标', plan: '规划', forecast: '预计' } as const;
