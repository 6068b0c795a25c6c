import type { Library } from '../library.js';
import { trend } from '../trendQueries.js';
import { notFound, sourceOf } from './answers.js';
import type { AskResult, PlaceQuestion } from './types.js';

/** "嘉兴2014年GDP目标完成了吗": the year's target beside the result the next report states. */
export function answerMet(library: Library, parsed: PlaceQuestion, base: AskResult): AskResult {
  const t = trend(library, parsed.city.city, parsed.indicator.name);
  const withTarget = t.years.filter((y) => y.target);
  const row =
    parsed.year !== null
      ? t.years.find((y) => y.year === parsed.year)
      : ([...withTarget].reverse().find((y) => y.achieved) ?? withTarget.at(-1));
  if (!row?.target) {
    return notFound(
      library,
      parsed,
      base,
      `${t.city}${parsed.year ?? ''}${parsed.year ? '年' : ''}的报告中没有${t.indicator}目标。`,
    );
  }
  if (row.status === 'unknown' || !row.achieved) {
    return notFound(
      library,
      parsed,
      { ...base, year: row.year },
      `${t.city}${row.year}年${t.indicator}目标为${row.target.shown}，但${row.reason}，无法判断是否达成。`,
    );
  }
  const verdict = row.status === 'met' ? '已达成' : '未达成';
  return {
    ...base,
    year: row.year,
    found: true,
    kind: 'met',
    value: verdict,
    answer: `${t.city}${row.year}年${t.indicator}目标${row.target.shown}，实际${row.achieved.value}（据${row.achieved.reportedIn}年报告）：${verdict}。`,
    source: sourceOf(library, row.achieved.source, row.achieved.sentence),
  };
}
