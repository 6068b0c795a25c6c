import type { TrendResult } from '../query/trendQueries.js';
import type { Attachment, Reply } from './model.js';
import { plain } from './model.js';

const STATUS = { met: '达成', missed: '未达成', unknown: '未知' } as const;

export function trendReply(t: TrendResult, chart: Attachment | null): Reply {
  const rows = t.years.map((y) => [
    String(y.year),
    y.target?.shown ?? '—',
    y.achieved ? `${y.achieved.value}（${y.achieved.reportedIn}年报告）` : '—',
    STATUS[y.status],
  ]);
  const quotes = t.years.flatMap((y) => [
    ...(y.target
      ? [
          {
            text: plain(y.target.text),
            citation: `${t.city} ${y.year}年目标〔${y.target.source}〕`,
            id: y.target.source,
          },
        ]
      : []),
    ...(y.achieved
      ? [
          {
            text: plain(y.achieved.sentence),
            citation: `${t.city} ${y.year}年实际，见${y.achieved.reportedIn}年报告〔${y.achieved.source}〕`,
            id: y.achieved.source,
          },
        ]
      : []),
  ]);
  if (t.years.every((y) => !y.target && !y.achieved)) {
    return {
      tone: 'empty',
      title: `${t.city} · ${t.indicator}`,
      intro: `报告中没有${t.city}${t.indicator}的目标或实际数据。`,
      shareable: false,
    };
  }
  return {
    tone: 'result',
    title: `${t.city} · ${t.indicator}：目标与实际`,
    table: { columns: ['年份', '目标', '实际', '结果'], rows },
    quotes,
    notes: t.years.map((y) => `${y.year}：${y.reason}`),
    footer: '实际数据取自次年报告的回顾部分；达到或超过目标数值为达成（“左右”不设容差，“以内”为上限）。',
    attachments: chart ? [chart] : [],
    shareable: true,
  };
}
