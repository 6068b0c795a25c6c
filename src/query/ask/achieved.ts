import { relatedIndicators } from '../../facts/indicators.js';
import type { AchievedFigure } from '../../facts/types.js';
import { factsOf, type Library } from '../library.js';
import { notFound, sourceOf } from './answers.js';
import type { AskResult, PlaceQuestion } from './types.js';

function describeFigure(f: AchievedFigure): string {
  const growth = f.growth ? (f.growth.startsWith('-') ? `下降${f.growth.slice(1)}` : `增长${f.growth}`) : null;
  return [f.amount, growth].filter(Boolean).join('、');
}

/** "温州去年GDP增长了多少": a year's result, stated in the review of the next year's report. */
export function answerAchieved(library: Library, parsed: PlaceQuestion, base: AskResult): AskResult {
  const { city, indicator } = parsed;
  const latest = city.years.at(-1);
  const year = parsed.year ?? (latest === undefined ? null : latest - 1);
  const report = year === null ? undefined : library.corpus.report(city, year + 1);
  if (!report || year === null) {
    return notFound(
      library,
      parsed,
      { ...base, year },
      `${city.short}${year}年的实际完成情况应在${(year ?? 0) + 1}年的报告中，语料中没有该报告（现有：${city.years.join('、')}年）。`,
    );
  }
  const achieved = factsOf(library, report).achieved;
  const direct = achieved.filter((x) => x.indicator === indicator.name);
  const figures =
    direct.length > 0 ? direct : achieved.filter((x) => relatedIndicators(indicator.name).includes(x.indicator));
  const f = figures[0];
  if (!f) {
    return notFound(
      library,
      parsed,
      { ...base, year },
      `${report.year}年${report.city}政府工作报告的回顾部分没有给出${year}年${indicator.name}的数据。`,
    );
  }
  const value = figures
    .map((x) => (figures.length > 1 || direct.length === 0 ? `${x.indicator}${describeFigure(x)}` : describeFigure(x)))
    .join('；');
  return {
    ...base,
    year,
    found: true,
    value,
    kind: 'achieved',
    answer: `${report.city}${year}年${direct.length > 0 ? `${indicator.name}：` : ''}${value}（据${report.year}年政府工作报告）。`,
    source: sourceOf(library, f.paragraphId, f.sentence),
  };
}
