import type { City } from '../../corpus/corpus.js';
import type { Report } from '../../corpus/types.js';
import { type Fact, TEN_THOUSANDS } from '../../facts/fact.js';
import { reaches } from '../../facts/reaches.js';
import { inBaseUnit, LEXICON, lexiconPattern } from '../../lexicon/lexicon.js';
import { nfkc } from '../../text/normalize.js';
import { factsOf, type Library } from '../library.js';
import { sourceOf } from './answers.js';
import { answerFigure, describeFact } from './figure.js';
import { figureFor } from './figureFor.js';
import { deliveredLate, plansNextYear } from './lateReport.js';
import type { Said } from './said.js';
import type { AskResult } from './types.js';
import type { Understood } from './understand.js';

/** A review's own words that the plan was missed, or met (the lexicon's verdict patterns). */
const FELL_SHORT = lexiconPattern('verdict.fellShort');
const BEAT = lexiconPattern('verdict.met');
/** The target a verdict names right after its words (没有完成12.5%的预期目标): the lexicon's verdict.targetNamed. */
const TARGET_NAMED = lexiconPattern('verdict.targetNamed');
/** What makes a name before it a per-unit statistic (单位GDP能耗, 万元GDP能耗): the lexicon's verdict.perUnitBefore. */
const PER_UNIT_BEFORE = lexiconPattern('verdict.perUnitBefore');

/** Indicators whose target is a ceiling (the lexicon's `ceiling`): a lower result meets it. */
const CEILINGS = new Set(LEXICON.indicators.filter((i) => i.ceiling).map((i) => i.name));

/**
 * "生产总值…增幅虽居省市前列,但低于全年计划", "略低于8％的预定目标": the next report saying in so many words
 * that the subject fell short of (or beat) its plan — a sentence naming the subject (an alias of its
 * indicator, or the result's own words) and the verdict.
 */
function statedOutcome(library: Library, report: Report, names: readonly string[]) {
  const wanted = names.map((a) => nfkc(a).toLowerCase()).filter((a) => a.length >= 2);
  // Only the review speaks of last year's plan: the work plan's "完成或超额完成…目标任务" is this year's.
  const periods = factsOf(library, report).periods;
  for (const paragraph of report.paragraphs) {
    if (paragraph.kind !== 'paragraph' || periods.get(paragraph.id)?.kind !== 'review') continue;
    for (const sentence of paragraph.text.split(/(?<=[。；])/u)) {
      const norm = nfkc(sentence).toLowerCase();
      if (!wanted.some((a) => norm.includes(a))) continue;
      const words = FELL_SHORT.exec(sentence) ?? BEAT.exec(sentence);
      // The verdict must be the subject's: said soon after it (生产总值…增幅虽居省市前列,但低于全年计划), not after
      // a longer subject holding it (单位生产总值能耗…, 万元GDP能耗…圆满完成省定减排目标) or far along the sentence (…淘汰落后产能任务超额完成).
      const verdictAt = words ? nfkc(sentence.slice(0, words.index)).length : -1;
      const near = (alias: string) => {
        for (let at = norm.indexOf(alias); at >= 0; at = norm.indexOf(alias, at + 1))
          if (!PER_UNIT_BEFORE.test(norm.slice(0, at)) && verdictAt - at >= 0 && verdictAt - at <= 40) return true;
        return false;
      };
      if (words && wanted.some(near))
        return {
          paragraphId: paragraph.id,
          sentence: sentence.trim(),
          met: !FELL_SHORT.test(sentence),
          words: words[0],
          // (…and the target it names, 没有完成12.5%的预期目标: the plan's figure, as the review writes it)
          target: TARGET_NAMED.exec(sentence.slice((words.index ?? 0) + words[0].length))?.[1] ?? null,
        };
    }
  }
  return null;
}

/**
 * Whether a result meets a target, from the two facts: the same kind of figure in the same unit, a
 * target's lower end reached — or, for a ceiling (以内/以下, a fall, an indicator like CPI), not
 * exceeded. 左右 has no tolerance. Null when the two cannot be compared.
 */
/** A growth or a change: judged against its own kind only. */
const growthLike = (f: Fact) => f.measure === 'growth' || f.measure === 'change';

export function judgeFacts(target: Fact, result: Fact): boolean | null {
  if (target.number === null || result.number === null) return null;
  if (growthLike(target) !== growthLike(result)) return null;
  const pair = inOneUnit(target, result);
  if (!pair) return null;
  const ceiling = target.number < 0 || (target.indicator !== null && CEILINGS.has(target.indicator));
  return reaches({ ...target, number: pair[0] }, pair[1], ceiling).met;
}

/**
 * The two figures in one unit: as written when the units are the same; a count in ten thousands written with no
 * unit (减少1000万以上, read as 10,000,000) beside one in 万人 or 万户 (减少800万人) in their base unit; null when
 * they cannot be compared.
 */
function inOneUnit(target: Fact, result: Fact): [number, number] | null {
  if ((target.unit ?? '') === (result.unit ?? '')) return [target.number!, result.number!];
  const base = (f: Fact) => (f.unit === TEN_THOUSANDS ? f.number : inBaseUnit(f.number!, f.unit)?.value);
  const counts = (f: Fact) => f.unit === TEN_THOUSANDS || f.unit?.startsWith(TEN_THOUSANDS);
  const [t, r] = [base(target), base(result)];
  return counts(target) && counts(result) && t != null && r != null ? [t, r] : null;
}

/**
 * A target as the plan sets it: a growth the list states with no verb of its own (经济增长速度8 ％) in the list's
 * words, subject and all; any other as the figure is described.
 */
function asSet(f: Fact): string {
  return f.measure === 'growth' && !f.verb && f.sentence.includes(`${f.label}${f.value}`)
    ? `${f.label}${f.value}`
    : describeFact(f);
}

/**
 * The report that states how the year's target went: the one after the report that set it. A report named (国务院
 * 1980年报告给1981年定的…目标), or one given late in the year before that planned this one, set the target: the
 * next report — the data year's own — states how it went.
 */
function resultReportYear(library: Library, city: City, { parsed }: Understood, year: number): number {
  if (parsed.reportYear !== null && parsed.reportYear < year) return parsed.reportYear + 1;
  // (…and so is one the year before planned, given late in it, when none is named: 国务院 1980 set 1981's plan)
  const planner = library.corpus.report(city, year - 1);
  return planner && plansNextYear(library, planner) ? year : year + 1;
}

/**
 * The year's result as the report after the target's states it. The data year's own report, given late in that year
 * (国务院 1981, 11月30日), states it as an estimate (工农业生产总值…将比上年增长３％以上); the next year's review answers
 * where that one is silent, or when the report is no late one.
 */
function resultAfter(library: Library, understood: Understood, city: City, year: number, base: AskResult): AskResult {
  const reportYear = resultReportYear(library, city, understood, year);
  const own = reportYear === year ? library.corpus.report(city, year) : undefined;
  const unnamed = { ...understood, parsed: { ...understood.parsed, reportYear: null } };
  if (own && deliveredLate(library, own)) {
    const estimate = answerFigure(
      library,
      understood.parsed,
      understood.figure,
      { city, year, stance: 'result', report: year, ownYearEstimates: true, late: true },
      base,
    );
    // (an estimate, whatever words it was said with: 将 in a report of late November is no target)
    if (estimate.found)
      return { ...estimate, figures: estimate.figures?.map((f) => ({ ...f, stance: 'forecast' as const })) };
  }
  return figureFor(library, unnamed, city, 'result', year, base);
}

/**
 * "<place>Y年<subject>目标完成了吗", "…目标增长多少？实际完成多少？": the year's target (its own report)
 * beside the result (the next report's review), each found the way a figure is, and the verdict: the
 * report's own words where it says so, else the two figures compared. Either side missing is said.
 */
export function answerMet(library: Library, understood: Understood, city: City, base: AskResult): AskResult {
  const { parsed } = understood;
  // A report named (那份2010年的报告说…要增长多少) sets that year's targets; no year: the year the newest report reviews.
  const year = parsed.year ?? parsed.reportYear ?? (city.years.at(-1) ?? 0) - 1;
  const target = figureFor(library, understood, city, 'target', year, base);
  // The result as the review states it (an amount with its growth), whatever kind the target is: the
  // pair of one kind is chosen below.
  const asStated = { ...understood, figure: { ...understood.figure, measure: null, unit: null } };
  const stated = resultAfter(library, asStated, city, year, base);
  // …and where that gives nothing of the target's kind, the result of that kind (增长14% in another sentence).
  // (a growth asked — 增长计划完成了吗 — is judged on the growth, when the plan sets one beside its amount)
  const growthAsked = understood.figure.measure === 'growth';
  const targetGrowth = target.figures?.find(growthLike);
  const kind = target.found ? (growthAsked && targetGrowth ? targetGrowth : target.figures?.[0])?.measure : undefined;
  const ofKind =
    kind &&
    !(stated.figures ?? []).some((f) => target.figures?.some((t) => t.measure === kind && judgeFacts(t, f) !== null))
      ? resultAfter(
          library,
          { ...understood, figure: { ...understood.figure, measure: kind === 'change' ? 'growth' : kind, unit: null } },
          city,
          year,
          base,
        )
      : null;
  const result = ofKind?.found ? ofKind : stated;
  // Of the target's and the result's figures (an amount and its growth), the first pair of one kind.
  const targets = target.found ? (target.figures ?? []) : [];
  const results = result.found ? (result.figures ?? []) : [];
  const pairs = targets
    .flatMap((tf) => results.map((rf) => [tf, rf] as const))
    .filter(([tf, rf]) => judgeFacts(tf, rf) !== null);
  const pair = (growthAsked ? pairs.find(([tf]) => growthLike(tf)) : undefined) ?? pairs[0];
  const t = pair?.[0] ?? targets[0];
  const r = pair?.[1] ?? results[0];
  const next = library.corpus.report(city, resultReportYear(library, city, understood, year));
  const names = [...(parsed.indicator?.aliases ?? []), r?.label ?? '', understood.figure.topic];
  const said = next ? statedOutcome(library, next, names) : null;
  const judged = t && r ? judgeFacts(t, r) : null;
  const met = said ? said.met : judged;
  const subject = parsed.indicator?.name ?? r?.label ?? t?.label ?? understood.figure.topic;
  // Each side as the reports state it: the target's figures (or the list's value), the result's value.
  const targetSaid = target.found
    ? targets.length > 0
      ? targets.map(asSet).join('、')
      : target.value
    : (said?.target ?? null);
  const resultSaid = result.found ? result.value : null;
  const withYear = { ...base, city: city.city, year, kind: 'met' as const };
  if (met === null) {
    const missing: Said[] = [
      target.found ? null : (target.reason ?? { say: 'no-target' as const, year, subject }),
      result.found ? null : (result.reason ?? { say: 'no-result' as const, year: year + 1, subject }),
    ].filter((m): m is Said => m !== null);
    return {
      ...withYear,
      found: false,
      answer: null,
      reason: {
        say: 'met-unknown',
        place: city.short,
        year,
        subject,
        missing,
        target: targetSaid,
        result: resultSaid,
        forecast: r?.stance === 'forecast',
      },
    };
  }
  const source = result.source ?? (said ? sourceOf(library, said.paragraphId, said.sentence) : target.source);
  const statedSource = said ? sourceOf(library, said.paragraphId, said.sentence) : null;
  return {
    ...withYear,
    found: true,
    met,
    // The figures compared, as the reports write them.
    value: [targetSaid, resultSaid].filter(Boolean).join('；') || null,
    answer: {
      say: 'met',
      place: city.short,
      year,
      subject,
      target: targetSaid,
      result: resultSaid,
      forecast: r?.stance === 'forecast',
      met,
      words: said?.words ?? null,
    },
    source: statedSource ?? source,
    figures: [t, r].filter((f): f is Fact => f !== undefined),
  };
}
