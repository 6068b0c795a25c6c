import { UserError } from '../corpus/errors.js';
import { resolveCity } from '../corpus/resolve.js';
import type { Report } from '../corpus/types.js';
import { describeTarget } from '../facts/describe.js';
import { INDICATORS, resolveIndicator } from '../facts/indicators.js';
import { reaches } from '../facts/reaches.js';
import type { AchievedFigure, Target } from '../facts/types.js';
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

/** Met or missed by the shared rule (facts/reaches); anything else (text targets, no result in the corpus) is unknown. */
export function judge(target: Target | null, achieved: AchievedFigure | null): { status: TrendStatus; reason: string } {
  if (!target) return { status: 'unknown', reason: '该年报告没有此项目标' };
  if (!achieved) return { status: 'unknown', reason: '语料中没有下一年的报告，缺少实际完成数据' };
  if (target.number === null) return { status: 'unknown', reason: '目标没有可比的数值' };
  const growthTarget = target.relation === 'growth' && target.unit === '%';
  const actual = growthTarget
    ? achieved.growthNumber
    : achieved.amountUnit === target.unit
      ? achieved.amountNumber
      : null;
  if (actual === null) return { status: 'unknown', reason: '实际数据与目标口径不同，无法比较' };
  const { met, bound, upper } = reaches({ ...target, number: target.number }, actual);
  return {
    status: met ? 'met' : 'missed',
    reason: `${met ? '达到' : '未达到'}目标（${upper ? '上限' : '下限'} ${bound}${target.unit ?? ''}，实际 ${actual}${growthTarget ? '%' : (target.unit ?? '')}）`,
  };
}

/**
 * The figure a report's review gives for an indicator: the audited headline parser's, else one built
 * from the facts (its growth and amount stated for that year), so every indicator can be tracked.
 */
function achievedIn(library: Library, report: Report, indicator: string): AchievedFigure | null {
  const audited = factsOf(library, report).achieved.find((a) => a.indicator === indicator);
  const reviewed = factsOf(library, report).facts.filter(
    (f) =>
      f.stance === 'result' &&
      f.period.kind === 'review' &&
      f.period.from === report.year - 1 &&
      f.indicator === indicator,
  );
  const growth = reviewed.find((f) => f.measure === 'growth');
  // "…其中公共财政预算收入282.3亿元,分别增长9.7%和9.5%": the facts pair the growth the audited parser left out.
  if (audited && !audited.growth && growth && growth.paragraphId === audited.paragraphId) {
    return { ...audited, growth: `${(growth.number ?? 0) < 0 ? '-' : ''}${growth.value}`, growthNumber: growth.number };
  }
  if (audited) return audited;
  const amount = reviewed.find((f) => f.measure === 'level' && (!growth || f.sentence === growth.sentence));
  const first = growth ?? amount;
  if (!first) return null;
  return {
    indicator,
    year: report.year - 1,
    amount: amount?.value ?? null,
    amountNumber: amount?.number ?? null,
    amountUnit: amount?.unit ?? null,
    growth: growth ? `${(growth.number ?? 0) < 0 ? '-' : ''}${growth.value}` : null,
    growthNumber: growth?.number ?? null,
    sentence: first.sentence,
    paragraphId: first.paragraphId,
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
  for (const r of reports) {
    years.add(r.year);
    if (achievedIn(library, r, indicator.name)) years.add(r.year - 1);
  }
  let unit: string | null = null;
  const rows = [...years]
    .sort((a, b) => a - b)
    .map((year): TrendYear => {
      const report = reports.find((r) => r.year === year);
      const target = report
        ? (factsOf(library, report).targets.find((t) => t.indicator === indicator.name) ?? null)
        : null;
      const next = reports.find((r) => r.year === year + 1);
      const achieved = next ? achievedIn(library, next, indicator.name) : null;
      unit ??= target?.unit ?? null;
      const judged = judge(target, achieved);
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
        achieved: achieved
          ? {
              value: growth && achieved.growth ? `增长 ${achieved.growth}` : (achieved.amount ?? achieved.growth ?? ''),
              number: growth ? achieved.growthNumber : achieved.amountNumber,
              sentence: achieved.sentence,
              source: achieved.paragraphId,
              reportedIn: year + 1,
            }
          : null,
        status,
        reason,
      };
    });
  return { city: city.city, citySlug: city.slug, indicator: indicator.name, unit, years: rows };
}
