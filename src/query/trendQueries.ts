import { UserError } from '../corpus/errors.js';
import { resolveCity } from '../corpus/resolve.js';
import type { Report } from '../corpus/types.js';
import { describeTarget } from '../facts/describe.js';
import { type ReviewHeadline, reviewHeadlines } from '../facts/headlines.js';
import { INDICATORS, resolveIndicator } from '../facts/indicators.js';
import { reaches } from '../facts/reaches.js';
import type { Target } from '../facts/types.js';
import { clip } from '../text/clip.js';
import { factsOf, type Library, placeSuggester } from './library.js';

export type TrendStatus = 'met' | 'missed' | 'unknown';

export interface TrendYear {
  year: number;
  target: {
    value: string;
    shown: string;
    number: number | null;
    range: [number, number] | null;
    qualifier: string | null;
    text: string;
    source: string;
  } | null;
  achieved: { value: string; number: number | null; sentence: string; source: string; reportedIn: number } | null;
  status: TrendStatus;
  /** Why the status is what it is, in Chinese. */
  reason: string;
}

export interface TrendResult {
  city: string;
  citySlug: string;
  indicator: string;
  unit: string | null;
  years: TrendYear[];
}

/** What a year's result is compared on: its growth in %, its amount (or rate) in its unit. */
export interface ReviewedNumbers {
  growth: number | null;
  amount: number | null;
  amountUnit: string | null;
}

function numbersOf(h: ReviewHeadline): ReviewedNumbers {
  return { growth: h.growth?.number ?? null, amount: h.amount?.number ?? null, amountUnit: h.amount?.unit ?? null };
}

/** Met or missed by the shared rule (facts/reaches); anything else (text targets, no result in the corpus) is unknown. */
export function judge(
  target: Target | null,
  achieved: ReviewedNumbers | null,
): { status: TrendStatus; reason: string } {
  if (!target) return { status: 'unknown', reason: '该年报告没有此项目标' };
  if (!achieved) return { status: 'unknown', reason: '语料中没有下一年的报告，缺少实际完成数据' };
  if (target.number === null) return { status: 'unknown', reason: '目标没有可比的数值' };
  const growthTarget = target.relation === 'growth' && target.unit === '%';
  const actual = growthTarget ? achieved.growth : achieved.amountUnit === target.unit ? achieved.amount : null;
  if (actual === null) return { status: 'unknown', reason: '实际数据与目标口径不同，无法比较' };
  const { met, bound, upper } = reaches({ ...target, number: target.number }, actual);
  return {
    status: met ? 'met' : 'missed',
    reason: `${met ? '达到' : '未达到'}目标（${upper ? '上限' : '下限'} ${bound}${target.unit ?? ''}，实际 ${actual}${growthTarget ? '%' : (target.unit ?? '')}）`,
  };
}

/** The figures a report's review gives for an indicator: its headline facts. */
function achievedIn(library: Library, report: Report, indicator: string): ReviewHeadline | null {
  return reviewHeadlines(report, factsOf(library, report).facts).find((h) => h.indicator === indicator) ?? null;
}

/** The reviewed figure a trend row shows: the growth for a growth target (or no target), else the amount. */
function shownAchieved(achieved: ReviewHeadline, growth: boolean, year: number): NonNullable<TrendYear['achieved']> {
  const fact = (growth ? achieved.growth : achieved.amount) ?? achieved.amount ?? achieved.growth!;
  const falls = fact.number !== null && fact.number < 0;
  return {
    value: fact.measure === 'growth' ? `${falls ? '下降' : '增长'} ${fact.value}` : fact.value,
    number: fact.number,
    sentence: fact.sentence,
    source: fact.paragraphId,
    reportedIn: year + 1,
  };
}

export function trend(
  library: Library,
  cityInput: string | undefined,
  indicatorInput: string | undefined,
): TrendResult {
  const { corpus } = library;
  const city = resolveCity(corpus, cityInput, placeSuggester(library));
  const indicator = resolveIndicator(indicatorInput ?? '');
  if (!indicator)
    throw new UserError(
      `不认识指标“${clip(indicatorInput ?? '', 20)}”。可用的指标：${INDICATORS.slice(0, 12)
        .map((i) => i.name)
        .join('、')}等。`,
      INDICATORS.map((i) => i.name),
    );
  const reports = corpus.reportsOf(city);
  const years = new Set<number>();
  // Each report's reviewed figure of the indicator, read once.
  // (the first report of a year, as reports.find gives it)
  const achievedBy = new Map<number, ReviewHeadline | null>();
  for (const r of reports) if (!achievedBy.has(r.year)) achievedBy.set(r.year, achievedIn(library, r, indicator.name));
  for (const r of reports) {
    years.add(r.year);
    if (achievedBy.get(r.year)) years.add(r.year - 1);
  }
  let unit: string | null = null;
  const rows = [...years]
    .sort((a, b) => a - b)
    .map((year): TrendYear => {
      const report = reports.find((r) => r.year === year);
      const target = report
        ? (factsOf(library, report).targets.find((t) => t.indicator === indicator.name) ?? null)
        : null;
      const achieved = achievedBy.get(year + 1) ?? null;
      unit ??= target?.unit ?? null;
      const judged = judge(target, achieved ? numbersOf(achieved) : null);
      const { status, reason } = report
        ? judged
        : { status: 'unknown' as const, reason: `语料中没有${year}年的报告，只有${year + 1}年报告回顾的实际数据` };
      const growth = target ? target.relation === 'growth' : true;
      return {
        year,
        target: target
          ? {
              value: target.value,
              shown: describeTarget(target, { gap: ' ' }),
              number: target.number,
              range: target.range,
              qualifier: target.qualifier,
              text: target.text,
              source: target.paragraphId,
            }
          : null,
        achieved: achieved ? shownAchieved(achieved, growth, year) : null,
        status,
        reason,
      };
    });
  return { city: city.city, citySlug: city.slug, indicator: indicator.name, unit, years: rows };
}
