import { describeTarget } from '../../facts/describe.js';
import type { Indicator } from '../../facts/indicators.js';
import type { Library } from '../library.js';
import { compare } from '../targetsQueries.js';
import { notFound, sourceOf } from './answers.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { AskResult } from './types.js';

/** "哪些城市GDP目标最高": every city's target for the indicator, ranked. */
export function answerRanking(
  library: Library,
  parsed: ParsedQuestion,
  indicator: Indicator,
  base: AskResult,
): AskResult {
  const r = compare(library, indicator.name, parsed.year ?? undefined);
  const lowest = /最低/u.test(parsed.text);
  const order = lowest ? [...r.ranked].reverse() : r.ranked;
  const top = order[0];
  if (!top) {
    return notFound(
      library,
      parsed,
      base,
      `报告中没有可比较的${r.indicator}数值目标${parsed.year ? `（${parsed.year}年）` : ''}。`,
    );
  }
  return {
    ...base,
    found: true,
    kind: 'compare',
    value: top.value,
    city: top.city,
    year: parsed.year,
    answer: `${parsed.year ? `${parsed.year}年` : ''}${r.indicator}目标${lowest ? '最低' : '最高'}的是${top.city}（${top.year}年，${describeTarget(top, { wholeClause: true })}）；共 ${r.ranked.length} 个数值目标。`,
    ranking: order.map((e) => ({ city: e.city, year: e.year, value: e.value, source: e.source })),
    source: sourceOf(library, top.source, top.text),
  };
}
