import type { CompareResult } from '../query/targetsQueries.js';
import type { TrendResult } from '../query/trendQueries.js';
import type { Attachment } from '../reply/model.js';
import { ChartCache } from './cache.js';
import { compareChartData, trendChartData } from './data.js';
import { drawCompareChart, drawTrendChart } from './draw.js';

export const chartCache = new ChartCache();

function fileSlug(text: string): string {
  return text.replace(/[^\p{Script=Han}\w-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'chart';
}

/** The bar chart of a comparison, or null when there is nothing numeric to draw. */
export function compareChart(r: CompareResult): Attachment | null {
  const data = compareChartData(r);
  if (data.bars.length === 0) return null;
  const png = chartCache.get(`compare:${JSON.stringify(data)}`, () => drawCompareChart(data));
  return { name: `compare-${fileSlug(`${r.indicator}-${r.year ?? 'all'}`)}.png`, data: png, description: `${data.title}：${data.bars.map((b) => `${b.label} ${b.valueLabel}`).join('，')}` };
}

export function trendChart(t: TrendResult): Attachment | null {
  const data = trendChartData(t);
  if (!data.years.some((y) => y.target || y.achieved)) return null;
  const png = chartCache.get(`trend:${JSON.stringify(data)}`, () => drawTrendChart(data));
  return { name: `trend-${fileSlug(`${t.city}-${t.indicator}`)}.png`, data: png, description: data.title };
}
