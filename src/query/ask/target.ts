import { describeTarget } from '../../facts/describe.js';
import type { Fact } from '../../facts/fact.js';
import { relatedIndicators } from '../../facts/indicators.js';
import type { Target } from '../../facts/types.js';
import { lexiconPattern } from '../../lexicon/lexicon.js';
import { factsOf, type Library } from '../library.js';
import { notFound, reportAsked, sourceOf } from './answers.js';
import { describeFact, relatedFigure } from './figure.js';
import { type RelatedFigure, reportRef } from './said.js';
import type { AskResult, PlaceQuestion } from './types.js';

/** A question asking the specific figure (具体目标是多少): the lexicon's ask.specificFigure. */
const FIGURE_ASKED = lexiconPattern('ask.specificFigure');

/** "温州今年GDP增长目标是多少": the target the year's report sets. */
export function answerTarget(
  library: Library,
  parsed: PlaceQuestion,
  base: AskResult,
  options: { fits?: (f: Fact) => boolean; anyKind?: boolean } = {},
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
  // Only the parts of what was asked answer for it together (urban and rural income for all residents'): one
  // related target alone (城镇固定资产投资 asked 固定资产投资) is not what was asked — said so, shown as related.
  const lone = direct.length === 0 && new Set(matches.map((m) => m.indicator)).size < 2;
  const loneFact = lone && main ? t.facts.find((f) => f.id === main.factId) : undefined;
  // No target of what was asked: said so, with what the report does state shown as related.
  const notGiven = (shown: RelatedFigure) =>
    notFound(
      library,
      parsed,
      { ...base, year },
      {
        say: 'not-given-related',
        report: reportRef(report),
        years: { from: year, to: year },
        subject: `${indicator.name}目标`,
        related: shown,
      },
    );
  if (loneFact) return notGiven(relatedFigure(loneFact));
  if (!main || lone) {
    return notFound(
      library,
      parsed,
      { ...base, year },
      t.passage
        ? { say: 'not-in-target-list', report: reportRef(report), indicator: indicator.name }
        : { say: 'no-target-list', report: reportRef(report) },
    );
  }
  // Each row's figure is the fact it is; asked one kind of figure, the rows of that kind answer when there are
  // any (增长目标 of 地区生产总值达到240亿元，同比增长21%: the growth, never the amount).
  const factOf = (m: Target) => t.facts.find((f) => f.id === m.factId);
  const fitted = options.fits
    ? matches.filter((m) => {
        const f = factOf(m);
        return f !== undefined && options.fits!(f);
      })
    : [];
  const chosen = fitted.length > 0 ? fitted : matches;
  // The specific figure asked (具体目标是多少) where the list sets the target in words only (单位GDP能耗下降率完成省定
  // 目标): no figure is given — said so, the words shown as what the report does state.
  const inWords = chosen[0];
  if (inWords && FIGURE_ASKED.test(parsed.text) && chosen.every((m) => m.number === null))
    return notGiven({
      // (the clause as written, when it names the subject itself)
      label: inWords.value.includes(inWords.label) ? '' : inWords.label,
      value: inWords.value,
      measure: 'level',
      paragraphId: inWords.paragraphId,
      sentence: inWords.text,
    });
  const figures = chosen.flatMap((m) => factOf(m) ?? []);
  // Figures of one sentence read as the sentence writes them (达到240亿元、同比增长21%); of several, apart.
  const oneSentence = new Set(chosen.map((m) => factOf(m)?.sentence ?? m.text)).size === 1;
  const shown = chosen
    .map((m) => `${direct.length > 0 ? '' : m.indicator}${describeTarget(m, { wholeClause: true, asWritten: true })}`)
    .join(oneSentence ? '、' : '；');
  // Asked no kind of figure, the work plan's own target of the indicator in an amount (实际利用外资力争完成38亿美元
  // 以上) answers too, beside the list's growth (实际利用外资增长5%): both are the year's targets for it.
  const listed = new Set(chosen.map((m) => m.factId));
  const measures = new Set(figures.map((f) => f.measure));
  const planned = !options.anyKind
    ? undefined
    : t.facts.find(
        (f) =>
          direct.length > 0 &&
          f.indicator === indicator.name &&
          f.stance === 'target' &&
          f.period.kind === 'year-plan' &&
          f.period.to === year &&
          !listed.has(f.id) &&
          (f.measure === 'level' || f.measure === 'count') &&
          // (…or the list's own figure restated with the bound the list leaves out: 新增城镇就业人员5万人 in the
          // list, 确保城镇新增就业5万人以上 in the work plan)
          (!measures.has(f.measure) ||
            (f.qualifier !== null && figures.some((g) => g.number === f.number && g.unit === f.unit && !g.qualifier))),
      );
  return {
    ...base,
    year,
    found: true,
    figures: planned ? [...figures, planned] : figures,
    value: chosen.map((m) => m.value).join('；'),
    answer: {
      say: 'headline-target',
      report: reportRef(report),
      indicator: indicator.name,
      value: shown,
      direct: direct.length > 0,
      ...(planned ? { alsoPlanned: { label: planned.label, value: describeFact(planned) } } : {}),
    },
    source: sourceOf(library, main.paragraphId, main.text),
    // (the work plan's figure is quoted from its own sentence)
    ...(planned
      ? {
          sources: [
            sourceOf(library, main.paragraphId, main.text),
            sourceOf(library, planned.paragraphId, planned.sentence),
          ],
        }
      : {}),
  };
}
