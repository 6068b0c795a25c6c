import { describeTarget } from '../../facts/describe.js';
import type { CompareResult } from '../../query/targetsQueries.js';
import type { TrendResult } from '../../query/trendQueries.js';

/** One bar of a comparison chart. A range is drawn as a span from `lo` to `hi`. */
export interface Bar {
  label: string;
  lo: number;
  hi: number;
  /** 左右 / 以上 / 以内 / range, shown as ≈ / ≥ / ≤ / a span. */
  qualifier: string | null;
  valueLabel: string;
}

export interface CompareChartData {
  title: string;
  unit: string;
  bars: Bar[];
  /** Lines under the chart: targets without a comparable number, other units. */
  notes: string[];
}

const MAX_BARS = 40;

/** The chart of /compare: the ranked targets of the most common unit, highest first. */
export function compareChartData(r: CompareResult): CompareChartData {
  const units = new Map<string, number>();
  for (const e of r.ranked) units.set(e.unit ?? '', (units.get(e.unit ?? '') ?? 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const main = r.ranked.filter((e) => (e.unit ?? '') === unit);
  const label = (e: { short: string; year: number }) => (r.year ? e.short : `${e.short} ${e.year}`);
  const bars = main.slice(0, MAX_BARS).map(
    (e): Bar => ({
      label: label(e),
      lo: e.range ? e.range[0] : e.number!,
      hi: e.range ? e.range[1] : e.number!,
      qualifier: e.qualifier,
      valueLabel: describeTarget(e, { gap: ' ' }),
    }),
  );
  const notes = [
    ...(main.length > MAX_BARS ? [`另有 ${main.length - MAX_BARS} 项未画出`] : []),
    ...r.ranked.filter((e) => (e.unit ?? '') !== unit).map((e) => `${label(e)}：${describeTarget(e, { gap: ' ' })}`),
    ...r.unranked.map((e) => `${label(e)}：${e.text}`),
  ];
  const scope = [r.year ? `${r.year}年` : '', r.province ?? ''].join('');
  return { title: `${scope}${r.indicator}目标${unit ? `（${unit}）` : ''}`, unit, bars, notes };
}

export interface TrendChartData {
  title: string;
  unit: string;
  years: {
    year: number;
    target: { lo: number; hi: number; label: string } | null;
    achieved: { value: number; label: string } | null;
    status: string;
  }[];
}

export function trendChartData(t: TrendResult): TrendChartData {
  return {
    title: `${t.city} · ${t.indicator}：目标与实际`,
    unit: t.unit ?? '',
    years: t.years.map((y) => ({
      year: y.year,
      // The title says what is measured, so labels carry only the value as written ("7.5%左右").
      target:
        y.target && y.target.number !== null
          ? {
              lo: y.target.range?.[0] ?? y.target.number,
              hi: y.target.range?.[1] ?? y.target.number,
              label: y.target.value,
            }
          : null,
      achieved:
        y.achieved && y.achieved.number !== null
          ? { value: y.achieved.number, label: y.achieved.value.replace(/^增长 /u, '') }
          : null,
      status: y.status,
    })),
  };
}
