import type { Indicator } from '../../facts/indicators.js';
import { nfkc } from '../../text/normalize.js';
import { factsOf, type Library } from '../library.js';
import { trend } from '../trendQueries.js';
import { notFound, sourceOf } from './answers.js';
import { describeFact } from './figure.js';
import type { AskResult, PlaceQuestion } from './types.js';

const FELL_SHORT =
  /未能(?:完成|达到|实现)|未(?:完成|达到|实现)(?:年初|全年|预期)?(?:计划|目标)?|没有(?:完成|达到)|低于(?:年初|全年)?(?:计划|预期|目标)/u;
const BEAT =
  /超额完成|全面完成|圆满完成|达到(?:年初|全年)?(?:预期)?(?:目标|计划)|好于预期|高于(?:年初|全年)?(?:计划|预期|目标)/u;

/**
 * "生产总值…增幅虽居省市前列,但低于全年计划": a report saying in so many words that an indicator fell short
 * of (or beat) its plan. Read in the next year's review, whose sentence is the answer's source.
 */
function statedOutcome(library: Library, parsed: PlaceQuestion, indicator: Indicator, year: number) {
  const report = library.corpus.report(parsed.city, year + 1);
  if (!report) return null;
  const aliases = indicator.aliases.map((a) => nfkc(a).toLowerCase());
  for (const paragraph of report.paragraphs) {
    for (const sentence of paragraph.text.split(/(?<=[。；])/u)) {
      const norm = nfkc(sentence).toLowerCase();
      if (!aliases.some((a) => norm.includes(a))) continue;
      const missed = FELL_SHORT.test(sentence);
      if (missed || BEAT.test(sentence))
        return { report, paragraphId: paragraph.id, sentence: sentence.trim(), met: !missed };
    }
  }
  return null;
}

/** "<place>Y年GDP目标完成了吗": the year's target beside the result the next report states. */
export function answerMet(library: Library, parsed: PlaceQuestion, base: AskResult): AskResult {
  const t = trend(library, parsed.city.city, parsed.indicator.name);
  const withTarget = t.years.filter((y) => y.target);
  const row =
    parsed.year !== null
      ? t.years.find((y) => y.year === parsed.year)
      : ([...withTarget].reverse().find((y) => y.achieved) ?? withTarget.at(-1));
  const year = row?.year ?? parsed.year ?? (parsed.city.years.at(-1) ?? 0) - 1;
  if (!row?.target || row.status === 'unknown' || !row.achieved) {
    // No comparable pair of figures: the next report may still say whether the plan was met.
    const stated = statedOutcome(library, parsed, parsed.indicator, year);
    if (stated) {
      const verdict = stated.met ? '已达成' : '未达成';
      // The figures on both sides, where the reports give them: the year's target, and the result the
      // sentence that says 完成 or 未完成 states.
      const result = factsOf(library, stated.report).facts.find(
        (f) =>
          f.paragraphId === stated.paragraphId &&
          f.indicator === parsed.indicator.name &&
          f.stance === 'result' &&
          stated.sentence.includes(f.value),
      );
      const figures = [row?.target ? `目标${row.target.shown}` : '', result ? `实际${describeFact(result)}` : '']
        .filter(Boolean)
        .join('，');
      return {
        ...base,
        year,
        found: true,
        kind: 'met',
        value: figures ? `${verdict}（${figures}）` : verdict,
        answer: `据${stated.report.year}年政府工作报告，${t.city}${year}年${t.indicator}${figures ? `${figures}，` : ''}${verdict}（报告原话见引文）。`,
        source: sourceOf(library, stated.paragraphId, stated.sentence),
      };
    }
  }
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
    // The figures go with the verdict wherever it is shown (the English answer shows the value).
    value: `${verdict}（目标${row.target.shown}，实际${row.achieved.value}）`,
    answer: `${t.city}${row.year}年${t.indicator}目标${row.target.shown}，实际${row.achieved.value}（据${row.achieved.reportedIn}年报告）：${verdict}。`,
    source: sourceOf(library, row.achieved.source, row.achieved.sentence),
  };
}
