import type { City } from '../../corpus/corpus.js';
import type { Library } from '../library.js';
import { answerFigure, answerFits, namesOnlyIndicator } from './figure.js';
import { plansNextYear } from './lateReport.js';
import { answerTarget } from './target.js';
import type { AskResult } from './types.js';
import type { Understood } from './understand.js';

/**
 * A place's figure for a year, as a target or as a result. A target: the 主要预期目标 list first (its
 * indicator is read by the list's own rules), then the year's other targets and work plan. A result: the
 * next report's review.
 */
export function figureFor(
  library: Library,
  { parsed, figure: intent }: Pick<Understood, 'parsed' | 'figure'>,
  city: City,
  stance: 'target' | 'result',
  year: number,
  base: AskResult,
): AskResult {
  // The list answers only with a figure of the kind asked: 新入库多少家规上工业企业 is no 规上工业增加值
  // growth, and 多少亿元 no growth target.
  // (a report named beside another data year — 2003年报告里2007年… — sets that year no list: its list is its own year's)
  const listYear = parsed.reportYear === null || parsed.year === null || parsed.year === parsed.reportYear;
  if (stance === 'target' && parsed.indicator && namesOnlyIndicator(intent.topic) && listYear) {
    const headline = answerTarget(library, { ...parsed, city, indicator: parsed.indicator, year }, base, {
      fits: (f) => answerFits({ ...base, figures: [f] }, intent),
      anyKind: intent.measure === null && intent.unit === null && !intent.countAsked,
    });
    if (headline.found && answerFits(headline, intent)) return headline;
    const other = answerFigure(library, parsed, intent, { city, year, stance }, base);
    if (other.found) return other;
    // The list sets another kind of figure for it (a growth where an amount was asked): say so, as related.
    if (headline.found)
      return {
        ...other,
        reason: { say: 'list-gives-other-kind', missing: other.reason, value: headline.value ?? '' },
      };
    return { ...headline, reason: { say: 'not-in-work-plan-either', missing: headline.reason } };
  }
  // No data year named ("现在…", "看2026年的报告"): the state the review ends with answers, five-year figures too.
  const current = stance === 'result' && parsed.year === null && parsed.fiveYears === null && parsed.yearWords === null;
  // A report named beside the data year ("1980年那份报告里，81年…计划"): that report, whatever the year implies.
  if (parsed.reportYear !== null && parsed.year !== null)
    return answerFigure(library, parsed, intent, { city, year, stance, current, report: parsed.reportYear }, base);
  // (…and a year planned by the report of the year before, given late in it — 国务院 1980 set 1981's plan — is
  // looked for there first, then in the year's own)
  const planner = stance === 'target' ? library.corpus.report(city, year - 1) : undefined;
  if (planner && plansNextYear(library, planner)) {
    const planned = answerFigure(library, parsed, intent, { city, year, stance, current, report: year - 1 }, base);
    if (planned.found) return planned;
  }
  return answerFigure(library, parsed, intent, { city, year, stance, current }, base);
}
