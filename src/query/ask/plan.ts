import type { City } from '../../corpus/corpus.js';
import type { Library } from '../library.js';
import { notFound } from './answers.js';
import { answerFigure } from './figure.js';
import type { AskResult } from './types.js';
import type { Understood } from './understand.js';

/**
 * "南湖十四五期间研发投入目标", "黑龙江十五五期间研发经费投入年均增长目标": a five-year plan's goal, from the facts a
 * report states for the plan's years — the report that opens the plan named, else the latest report that
 * states one — found the way any figure is (a growth asked is answered by a growth goal only).
 */
export function answerPlan(library: Library, understood: Understood, city: City, base: AskResult): AskResult {
  const { parsed, figure } = understood;
  const named = parsed.fiveYears;
  // (a report the question names, 1988年政府工作报告提出，今后五年…, is the one asked)
  const reports = [...library.corpus.reportsOf(city)]
    .filter((r) =>
      parsed.reportYear !== null
        ? r.year === parsed.reportYear
        : !named || (r.year >= named.from - 1 && r.year <= named.to),
    )
    .reverse();
  // (a year asked past the plan's end, 十一五规划报告里…2020年…目标, is where the goal is to arrive: a long-term one)
  const ends = named && parsed.year !== null && parsed.year > named.to ? parsed.year : named?.to;
  let last: AskResult | null = null;
  for (const report of reports) {
    const answer = answerFigure(
      library,
      parsed,
      figure,
      {
        city,
        year: report.year,
        stance: 'target',
        plan: true,
        ...(ends !== undefined ? { planEnds: ends } : {}),
        // (a part of the plan's years asked, 1955年到1957年 of 1953–1957: that span's goals only)
        ...(named && named.to - named.from < 4 ? { spanFrom: named.from } : {}),
      },
      base,
    );
    if (answer.found) return { ...answer, kind: 'plan' };
    // (not stated: said of the report that opens the plan named, else the latest tried)
    if (last === null || report.year === named?.from) last = answer;
  }
  const subject = parsed.indicator?.name ?? figure.topic;
  return last
    ? { ...last, kind: 'plan' }
    : notFound(library, parsed, base, { say: 'no-plan-goal', place: city.short, subject });
}
