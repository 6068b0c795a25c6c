import { isUserError } from '../../corpus/errors.js';
import { describeTarget } from '../../facts/describe.js';
import type { Indicator } from '../../facts/indicators.js';
import { lexiconPattern } from '../../lexicon/lexicon.js';
import type { Library } from '../library.js';
import { type CompareResult, compare } from '../targetsQueries.js';
import { notFound, sourceOf } from './answers.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { AskResult } from './types.js';

/** 最低 asks the lowest (the lexicon's ask.lowest). */
const LOWEST = lexiconPattern('ask.lowest');

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
    return notFound(library, parsed, base, { say: 'user-error', message: e.message });
  }
  const lowest = LOWEST.test(parsed.text);
  const order = lowest ? [...r.ranked].reverse() : r.ranked;
  const top = order[0];
  if (!top)
    return notFound(library, parsed, base, {
      say: 'no-ranked-targets',
      indicator: r.indicator,
      year: parsed.year,
      province,
    });
  const same = (e: (typeof order)[number]) =>
    e.number === top.number && (e.range?.[1] ?? null) === (top.range?.[1] ?? null) && e.qualifier === top.qualifier;
  const tied = order.filter(same);
  return {
    ...base,
    found: true,
    kind: 'compare',
    value: top.value,
    city: tied.length === 1 ? top.city : null,
    year: parsed.year,
    answer: {
      say: 'target-ranking',
      year: parsed.year,
      province,
      indicator: r.indicator,
      lowest,
      top: tied.map((e) => ({
        city: e.city,
        year: e.year,
        value: describeTarget(e, { wholeClause: true, asWritten: true }),
      })),
      count: r.ranked.length,
    },
    ranking: order.map((e) => ({ city: e.city, year: e.year, value: e.value, source: e.source })),
    source: sourceOf(library, top.source, top.text),
  };
}
