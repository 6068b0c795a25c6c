import { isUserError } from '../../corpus/errors.js';
import { describeTarget } from '../../facts/describe.js';
import type { Indicator } from '../../facts/indicators.js';
import type { Library } from '../library.js';
import { type CompareResult, compare } from '../targetsQueries.js';
import { notFound, sourceOf } from './answers.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { AskResult } from './types.js';

/** "哪些城市GDP目标最高", "浙江省2023年各市GDP目标排名": every place's target for the indicator, ranked; ties all named. */
export function answerRanking(
  library: Library,
  parsed: ParsedQuestion,
  indicator: Indicator,
  province: string | null,
  base: AskResult,
): AskResult {
  let r: CompareResult;
  try {
    r = compare(library, indicator.name, parsed.year ?? undefined, province);
  } catch (e) {
    // A year or province the corpus does not have: say so, as /compare does.
    if (!isUserError(e)) throw e;
    return notFound(library, parsed, base, e.message);
  }
  const lowest = /最低/u.test(parsed.text);
  const order = lowest ? [...r.ranked].reverse() : r.ranked;
  const top = order[0];
  const scope = `${parsed.year ? `${parsed.year}年` : ''}${province ?? ''}`;
  if (!top)
    return notFound(library, parsed, base, `报告中没有可比较的${r.indicator}数值目标${scope ? `（${scope}）` : ''}。`);
  const same = (e: (typeof order)[number]) =>
    e.number === top.number && (e.range?.[1] ?? null) === (top.range?.[1] ?? null) && e.qualifier === top.qualifier;
  const tied = order.filter(same);
  const names = tied.map((e) => `${e.city}（${e.year}年，${describeTarget(e, { wholeClause: true })}）`).join('、');
  return {
    ...base,
    found: true,
    kind: 'compare',
    value: top.value,
    city: tied.length === 1 ? top.city : null,
    year: parsed.year,
    answer: `${scope}${r.indicator}目标${lowest ? '最低' : '最高'}的是${names}；共 ${r.ranked.length} 个数值目标。`,
    ranking: order.map((e) => ({ city: e.city, year: e.year, value: e.value, source: e.source })),
    source: sourceOf(library, top.source, top.text),
  };
}
