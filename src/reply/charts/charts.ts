import { resolveIndicator } from '../../facts/indicators.js';
import type { CompareResult } from '../../query/targetsQueries.js';
import type { TrendResult } from '../../query/trendQueries.js';
import type { Attachment } from '../model.js';
import type { ChartCache } from './cache.js';
import { compareChartData, trendChartData } from './data.js';
import { drawCompareChart, drawTrendChart } from './draw.js';

/** ASCII file names: an attachment:// URL with Chinese in it is not reliably resolved by Discord clients. */
function indicatorKey(name: string): string {
  return resolveIndicator(name)?.key ?? 'indicator';
}

/** The bar chart of a comparison, or null when there is nothing numeric to draw. */
export function compareChart(r: CompareResult, cache: ChartCache): Attachment | null {
  const data = compareChartData(r);
  if (data.bars.length === 0) return null;
  const png = cache.get(`compare:${JSON.stringify(data)}`, () => drawCompareChart(data));
  return {
    name: `compare-${indicatorKey(r.indicator)}-${r.year ?? 'all'}${r.province ? `-${r.ranked[0]?.report.replace(/-\d{4}(?:[a-z]|-plan)?$/u, '') ?? 'p'}` : ''}.png`,
    data: png,
    description: `${data.title}：${data.bars.map((b) => `${b.label} ${b.valueLabel}`).join('，')}`,
  };
}

export function trendChart(t: TrendResult, cache: ChartCache): Attachment | null {
  const data = trendChartData(t);
  if (!data.years.some((y) => y.target || y.achieved)) return null;
  const png = cache.get(`trend:${JSON.stringify(data)}`, () => drawTrendChart(data));
  return { name: `trend-${t.citySlug}-${indicatorKey(t.indicator)}.png`, data: png, description: data.title };
}
