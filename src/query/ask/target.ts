import { describeTarget } from '../../facts/describe.js';
import type { Fact } from '../../facts/fact.js';
import { relatedIndicators } from '../../facts/indicators.js';
import { foldWidth } from '../../text/normalize.js';
import { factsOf, type Library } from '../library.js';
import { notFound, reportAsked, sourceOf } from './answers.js';
import { describeFact } from './figure.js';
import { reportRef } from './said.js';
import type { AskResult, PlaceQuestion } from './types.js';

/** "温州今年GDP增长目标是多少": the target the year's report sets. */
export function answerTarget(
  library: Library,
  parsed: PlaceQuestion,
  base: AskResult,
  options: { withAlongside?: boolean; fits?: (f: Fact) => boolean } = {},
): AskResult {
  const { city, indicator } = parsed;
  const asked = reportAsked(library, parsed, city, base);
  if ('missing' in asked) return asked.missing;
  const { report, year } = asked;
  const t = factsOf(library, report);
  const direct = t.targets.filter((x) => x.indicator === indicator.name);
  const related = relatedIndicators(indicator.name);
  // 温州 sets urban and rural income targets, not one for all residents: those answer "居民收入".
  const matches =
    direct.length > 0 ? direct : t.targets.filter((x) => x.indicator !== null && related.includes(x.indicator));
  const main = matches[0];
  if (!main) {
    return notFound(
      library,
      parsed,
      { ...base, year },
      t.passage
        ? { say: 'not-in-target-list', report: reportRef(report), indicator: indicator.name }
        : { say: 'no-target-list', report: reportRef(report) },
    );
  }
  const value =
    direct.length > 0
      ? matches.map((m) => describeTarget(m, { wholeClause: true, asWritten: true })).join('；')
      : matches.map((m) => `${m.indicator}${describeTarget(m, { wholeClause: true, asWritten: true })}`).join('；');
  // The list's targets as the facts they are (the same values, tagged headline when the facts were read).
  const listed = matches.flatMap((m) => {
    const own = t.facts.filter(
      (f) =>
        f.paragraphId === m.paragraphId && f.stance !== 'result' && foldWidth(m.value).includes(foldWidth(f.value)),
    );
    // The fact read in the target's own clause, when the same value closes two clauses.
    return (
      own.find((f) => foldWidth(m.text).includes(foldWidth(f.value)) && f.indicator === m.indicator) ?? own.slice(0, 1)
    );
  });
  // …and every other figure of the indicator the sentence of the list's clause states (地区生产总值达到240亿元，
  // 同比增长21%).
  const clauses = matches.map((m) => foldWidth(m.text));
  const alongside = t.facts.filter(
    (f) =>
      f.stance === 'target' &&
      f.indicator === (matches[0]?.indicator ?? null) &&
      (listed.length === 0 || listed.some((l) => l.label === f.label)) &&
      matches.some((m) => m.paragraphId === f.paragraphId) &&
      clauses.some((c) => foldWidth(f.sentence).includes(c)) &&
      !listed.includes(f),
  );
  // The kind asked is the list item's other figure, not its own (增长目标 of 地区生产总值达到240亿元，同比增长21%):
  // that figure answers, from the list's sentence.
  const fitting = options.fits && listed.length > 0 && !listed.some(options.fits) ? alongside.filter(options.fits) : [];
  const figures = fitting.length > 0 ? [...fitting, ...listed] : [...listed, ...alongside];
  // No kind of figure asked: the list item's other figures stand beside it (地区生产总值达到240亿元，同比增长21%).
  const beside =
    options.withAlongside && direct.length > 0
      ? alongside.filter((f) => !value.includes(f.value)).map((f) => describeFact(f))
      : [];
  const shown = fitting.length > 0 ? fitting.map((f) => describeFact(f)).join('、') : [value, ...beside].join('、');
  return {
    ...base,
    year,
    found: true,
    figures,
    value: fitting.length > 0 ? fitting.map((f) => f.value).join('；') : matches.map((m) => m.value).join('；'),
    answer: {
      say: 'headline-target',
      report: reportRef(report),
      indicator: indicator.name,
      value: shown,
      direct: direct.length > 0,
    },
    source: sourceOf(library, main.paragraphId, main.text),
  };
}
