import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ChartCache } from '../src/reply/charts/cache.js';
import { compareChart, trendChart } from '../src/reply/charts/charts.js';
import { compareChartData, trendChartData } from '../src/reply/charts/data.js';
import { drawCompareChart, STATIC_TEXTS } from '../src/reply/charts/draw.js';
import { ensureGlyphs, FONT_FAMILY } from '../src/reply/charts/fonts.js';
import { library } from './helpers/library.js';

const cache = new ChartCache();

import { compare } from '../src/query/targetsQueries.js';
import { judge, trend } from '../src/query/trendQueries.js';

const GOLDEN = path.join(import.meta.dirname, 'fixtures/golden/compare-gdp-2023.png');

async function pixels(png: Buffer) {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: g.getImageData(0, 0, img.width, img.height).data };
}

/** A character drawn in our family, compared with a code point no font has: equal pixels mean a tofu box. */
function drawsAsTofu(ch: string): boolean {
  ensureGlyphs([ch]);
  const draw = (s: string) => {
    const c = createCanvas(40, 40);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 40, 40);
    g.fillStyle = '#000';
    g.font = `28px "${FONT_FAMILY}"`;
    g.fillText(s, 4, 30);
    return Buffer.from(g.getImageData(0, 0, 40, 40).data);
  };
  return draw(ch).equals(draw('\u{10FFFD}'));
}

describe('comparison chart data', () => {
  it('sorts 2023 GDP targets highest first with their values and qualifiers', () => {
    const d = compareChartData(compare(library, 'GDP', 2023));
    expect(d.title).toBe('2023年地区生产总值目标（%）');
    expect(d.bars[0]).toMatchObject({ label: '资兴', lo: 8, hi: 8, qualifier: '左右', valueLabel: '增长 8%左右' });
    const his = d.bars.map((b) => b.hi);
    expect(his).toEqual([...his].sort((a, b) => b - a));
    expect(d.bars.find((b) => b.label === '梅州')).toMatchObject({ qualifier: '力争' });
    expect(d.notes).toEqual(['泸州：地区生产总值增速力争高于全省1个百分点']);
  });

  it('draws a range as a span and labels bars by year across years', () => {
    const d = compareChartData(compare(library, 'GDP'));
    expect(d.bars.find((b) => b.label === '嘉兴 2016')).toMatchObject({
      lo: 7,
      hi: 7.5,
      qualifier: 'range',
      valueLabel: '增长 7%-7.5%',
    });
  });
});

describe('trend: targets beside the next report’s results', () => {
  it('pairs 嘉兴 targets with the results of the same year, reported a year later', () => {
    const t = trend(library, '嘉兴', 'GDP');
    const y = (year: number) => t.years.find((r) => r.year === year)!;
    expect(y(2014)).toMatchObject({
      target: { value: '8.5%' },
      achieved: { value: '增长 7.5%', reportedIn: 2015 },
      status: 'missed',
    });
    expect(y(2015)).toMatchObject({
      target: { value: '7.5%左右' },
      achieved: { value: '增长 7%', reportedIn: 2016 },
      status: 'missed',
    });
    expect(y(2016)).toMatchObject({ status: 'unknown', achieved: null });
    expect(y(2013)).toMatchObject({ target: null, achieved: { reportedIn: 2014 }, status: 'unknown' });
    expect(y(2014).achieved!.sentence).toContain('3352.8亿元');
  });

  it('judges upper bounds and lower bounds the right way round', () => {
    const t = (value: number, qualifier: string | null, range: [number, number] | null = null) => ({
      indicator: 'x',
      label: 'x',
      value: '',
      number: value,
      range,
      unit: '%',
      qualifier,
      relation: 'growth' as const,
      text: '',
      paragraphId: 'p',
      factId: null,
    });
    const a = (growth: number) => ({ growth, amount: null, amountUnit: null });
    expect(judge(t(6, '左右'), a(6.3)).status).toBe('met');
    expect(judge(t(6, '左右'), a(5.9)).status).toBe('missed');
    expect(judge(t(3, '以内'), a(2.1)).status).toBe('met');
    expect(judge(t(3, '以内'), a(3.4)).status).toBe('missed');
    expect(judge(t(7, 'range', [7, 7.5]), a(7.2)).status).toBe('met');
    expect(judge(t(7, null), null).status).toBe('unknown');
  });

  it('chart data keeps the years and the marks', () => {
    const d = trendChartData(trend(library, '嘉兴', 'GDP'));
    expect(d.years.map((y) => [y.year, y.status])).toEqual([
      [2013, 'unknown'],
      [2014, 'missed'],
      [2015, 'missed'],
      [2016, 'unknown'],
      [2023, 'unknown'],
      [2024, 'unknown'],
    ]);
    expect(d.years.find((y) => y.year === 2016)!.target).toEqual({ lo: 7, hi: 7.5, label: '7%-7.5%' });
  });
});

describe('PNG charts', () => {
  it('renders a non-blank PNG of the expected size', async () => {
    const chart = compareChart(compare(library, 'GDP', 2023), cache)!;
    expect(chart.data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const { width, height, data } = await pixels(chart.data);
    expect(width).toBe(1000);
    expect(height).toBeGreaterThan(700);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink += 1;
    expect(ink / (width * height)).toBeGreaterThan(0.05);
  });

  it('matches the golden image of the 2023 GDP comparison within a tolerance', async () => {
    const png = drawCompareChart(compareChartData(compare(library, 'GDP', 2023)));
    // A missing golden fails: writing it here would compare the chart with itself. UPDATE_GOLDEN=1 rewrites it.
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, png);
    expect(existsSync(GOLDEN), `no golden image at ${GOLDEN}; run with UPDATE_GOLDEN=1 to make it`).toBe(true);
    const a = await pixels(png);
    const b = await pixels(readFileSync(GOLDEN));
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    let differing = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      if (
        Math.max(
          Math.abs(a.data[i]! - b.data[i]!),
          Math.abs(a.data[i + 1]! - b.data[i + 1]!),
          Math.abs(a.data[i + 2]! - b.data[i + 2]!),
        ) > 48
      )
        differing += 1;
    }
    expect(differing / (a.width * a.height)).toBeLessThan(0.005);
  });

  it('has a real glyph, not a tofu box, for every character a chart of any report can draw', () => {
    const texts = [...STATIC_TEXTS];
    for (const indicator of ['地区生产总值', '居民消费价格', '城镇新增就业', '一般公共预算收入']) {
      const d = compareChartData(compare(library, indicator));
      texts.push(d.title, ...d.bars.flatMap((b) => [b.label, b.valueLabel]), ...d.notes);
    }
    for (const r of library.facts.values()) texts.push(r.report.city, r.report.short);
    // The detector itself: a private-use character has no glyph, a common one has.
    expect(drawsAsTofu('\u{E123}')).toBe(true);
    expect(drawsAsTofu('嘉')).toBe(false);
    const chars = [...new Set(texts.join('').replace(/\s/gu, ''))];
    expect(ensureGlyphs(chars)).toEqual([]);
    const tofu = chars.filter(drawsAsTofu);
    expect(tofu).toEqual([]);
  });

  it('caches a chart by its inputs', () => {
    const r = compare(library, '固定资产投资', 2023);
    const first = compareChart(r, cache)!;
    const size = cache.size;
    const second = compareChart(r, cache)!;
    expect(second.data).toBe(first.data);
    expect(cache.size).toBe(size);
  });

  it('draws a trend chart and none when there is nothing to draw', () => {
    expect(trendChart(trend(library, '温州', 'GDP'), cache)!.data.length).toBeGreaterThan(1000);
    expect(compareChart(compare(library, '粮食产量', 2016), cache)).toBeNull();
  });
});
