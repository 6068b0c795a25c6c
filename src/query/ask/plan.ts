import { factsOf, type Library } from '../library.js';
import { notFound, sourceOf } from './answers.js';
import { figureIntent } from './intent.js';
import type { AskResult, PlaceQuestion } from './types.js';

/** "南湖十四五期间研发投入目标": the five-year-plan goals stated in a report, the latest report first. */
export function answerPlan(library: Library, parsed: PlaceQuestion, base: AskResult): AskResult {
  const { city, indicator } = parsed;
  // A growth asked is answered by a growth target only (南湖十四五GDP年均增长目标 is not "950亿元以上").
  const growth =
    figureIntent(parsed.text, parsed.subject).measure === 'growth' || /增长|增速|增幅/u.test(parsed.subject);
  for (const report of [...library.corpus.reportsOf(city)].reverse()) {
    const plan = factsOf(library, report).plan.filter(
      (p) => p.indicator === indicator.name && (!growth || p.relation === 'growth'),
    );
    const first = plan[0];
    if (!first) continue;
    return {
      ...base,
      year: report.year,
      found: true,
      kind: 'plan',
      value: plan.map((p) => p.value).join('；'),
      answer: `${report.city}${report.year}年政府工作报告中的五年规划目标：${plan.map((p) => p.text).join('；')}。`,
      source: sourceOf(library, first.paragraphId, first.text),
    };
  }
  return notFound(
    library,
    parsed,
    base,
    `${city.city}的报告中没有${indicator.name}的五年规划${growth ? '增长' : ''}目标。`,
  );
}
