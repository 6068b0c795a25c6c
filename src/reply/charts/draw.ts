import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { CompareChartData, TrendChartData } from './data.js';
import { ensureGlyphs, FONT_FAMILY } from './fonts.js';

const COLOURS = {
  background: '#ffffff',
  text: '#1f2933',
  muted: '#6b7785',
  grid: '#e4e8ec',
  target: '#2f6f9f',
  targetSpan: '#9cc3e0',
  achieved: '#d9822b',
  met: '#2e8540',
  missed: '#c0392b',
  unknown: '#8a8f98',
};
const QUALIFIER_MARK: Record<string, string> = { 左右: '≈', 以上: '≥', 以内: '≤', 以下: '≤' };
const TEXT = {
  notesHeader: '无可比数值或单位不同的目标：',
  compareSource: '数据来源：各地政府工作报告 · govreport',
  trendSource: '数据来源：各地政府工作报告 · govreport；实际数据取自次年报告的回顾部分',
  target: '目标',
  achieved: '实际',
};
/** Fixed words drawn on the charts (besides the data's own labels), for the glyph test. */
export const STATIC_TEXTS: readonly string[] = [
  ...Object.values(TEXT),
  ...Object.values(QUALIFIER_MARK),
  '达成',
  '未达成',
  '未知',
  '0123456789.%-',
];
const WIDTH = 1000;

/**
 * Every string is drawn and measured through these two, which register the font subsets for its
 * characters first: a string that skipped registration would show tofu boxes (seen once: 回顾).
 */
function put(g: SKRSContext2D, text: string, x: number, y: number): void {
  ensureGlyphs([text]);
  g.fillText(text, x, y);
}

function measure(g: SKRSContext2D, text: string): { width: number } {
  ensureGlyphs([text]);
  return g.measureText(text);
}

function font(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px "${FONT_FAMILY}"`;
}

/** Breaks text into lines no wider than `max` pixels (CJK text has no spaces to break at). */
function wrap(g: SKRSContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (measure(g, line + ch).width > max && line) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** A white page of the chart's height with its title. */
function page(height: number, title: string) {
  const canvas = createCanvas(WIDTH, height);
  const g = canvas.getContext('2d');
  g.fillStyle = COLOURS.background;
  g.fillRect(0, 0, WIDTH, height);
  g.fillStyle = COLOURS.text;
  g.font = font(22, true);
  put(g, title, 30, 40);
  return { canvas, g };
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const n = v / p;
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => n <= s)!;
  return step * p;
}

export function drawCompareChart(d: CompareChartData): Buffer {
  const rowH = 30;
  const top = 70;
  const left = 150;
  const right = 230;
  const plotW = WIDTH - left - right;
  const probe = createCanvas(10, 10).getContext('2d');
  probe.font = font(14);
  const noteLines = d.notes.length ? [TEXT.notesHeader, ...d.notes].flatMap((n) => wrap(probe, n, WIDTH - 60)) : [];
  const height = top + Math.max(1, d.bars.length) * rowH + 50 + noteLines.length * 20 + 30;
  const { canvas, g } = page(height, d.title);
  const max = niceMax(Math.max(...d.bars.map((b) => b.hi), 0) * 1.05);
  const x = (v: number) => left + (Math.max(0, v) / max) * plotW;
  g.strokeStyle = COLOURS.grid;
  g.lineWidth = 1;
  g.font = font(12);
  g.fillStyle = COLOURS.muted;
  for (let i = 0; i <= 5; i += 1) {
    const v = (max / 5) * i;
    g.beginPath();
    g.moveTo(x(v), top - 8);
    g.lineTo(x(v), top + d.bars.length * rowH);
    g.stroke();
    put(g, `${+v.toFixed(2)}${d.unit}`, x(v) - 10, top + d.bars.length * rowH + 18);
  }
  d.bars.forEach((b, i) => {
    const y = top + i * rowH;
    g.fillStyle = COLOURS.text;
    g.font = font(15);
    const w = measure(g, b.label).width;
    put(g, b.label, left - 10 - w, y + 20);
    g.fillStyle = COLOURS.target;
    g.fillRect(left, y + 6, x(b.lo) - left, rowH - 12);
    if (b.hi > b.lo) {
      // A range: solid to its lower end, a lighter span to the upper end.
      g.fillStyle = COLOURS.targetSpan;
      g.fillRect(x(b.lo), y + 6, x(b.hi) - x(b.lo), rowH - 12);
    }
    g.fillStyle = COLOURS.text;
    g.font = font(14);
    const mark = b.qualifier ? (QUALIFIER_MARK[b.qualifier] ?? '') : '';
    put(g, `${mark ? `${mark} ` : ''}${b.valueLabel}`, x(b.hi) + 8, y + 20);
  });
  let y = top + d.bars.length * rowH + 50;
  g.font = font(14);
  g.fillStyle = COLOURS.muted;
  for (const line of noteLines) {
    put(g, line, 30, y);
    y += 20;
  }
  g.font = font(12);
  put(g, TEXT.compareSource, 30, height - 12);
  return canvas.toBuffer('image/png');
}

const STATUS_TEXT: Record<string, [string, string]> = {
  met: ['达成', COLOURS.met],
  missed: ['未达成', COLOURS.missed],
  unknown: ['未知', COLOURS.unknown],
};

export function drawTrendChart(d: TrendChartData): Buffer {
  const height = 520;
  const top = 90;
  const bottom = 110;
  const left = 70;
  const plotW = WIDTH - left - 40;
  const plotH = height - top - bottom;
  const { canvas, g } = page(height, d.title);
  // Legend.
  g.font = font(14);
  g.fillStyle = COLOURS.target;
  g.fillRect(30, 55, 14, 14);
  g.fillStyle = COLOURS.text;
  put(g, TEXT.target, 50, 67);
  g.fillStyle = COLOURS.achieved;
  g.fillRect(100, 55, 14, 14);
  g.fillStyle = COLOURS.text;
  put(g, TEXT.achieved, 120, 67);
  const values = d.years.flatMap((y) => [y.target?.hi ?? 0, y.achieved?.value ?? 0]);
  const max = niceMax(Math.max(...values, 0) * 1.1);
  const yOf = (v: number) => top + plotH - (Math.max(0, v) / max) * plotH;
  g.strokeStyle = COLOURS.grid;
  g.font = font(12);
  for (let i = 0; i <= 5; i += 1) {
    const v = (max / 5) * i;
    g.beginPath();
    g.moveTo(left, yOf(v));
    g.lineTo(left + plotW, yOf(v));
    g.stroke();
    g.fillStyle = COLOURS.muted;
    put(g, `${+v.toFixed(2)}${d.unit}`, 20, yOf(v) + 4);
  }
  const slot = plotW / Math.max(1, d.years.length);
  const barW = Math.min(50, slot / 3);
  d.years.forEach((yr, i) => {
    const cx = left + slot * i + slot / 2;
    if (yr.target) {
      g.fillStyle = COLOURS.target;
      g.fillRect(cx - barW - 2, yOf(yr.target.lo), barW, yOf(0) - yOf(yr.target.lo));
      if (yr.target.hi > yr.target.lo) {
        g.fillStyle = COLOURS.targetSpan;
        g.fillRect(cx - barW - 2, yOf(yr.target.hi), barW, yOf(yr.target.lo) - yOf(yr.target.hi));
      }
      g.fillStyle = COLOURS.text;
      g.font = font(12);
      const w = measure(g, yr.target.label).width;
      put(g, yr.target.label, cx - barW / 2 - 2 - w / 2, yOf(yr.target.hi) - 6);
    }
    if (yr.achieved) {
      g.fillStyle = COLOURS.achieved;
      g.fillRect(cx + 2, yOf(yr.achieved.value), barW, yOf(0) - yOf(yr.achieved.value));
      g.fillStyle = COLOURS.text;
      g.font = font(12);
      const w = measure(g, yr.achieved.label).width;
      put(
        g,
        yr.achieved.label,
        cx + 2 + barW / 2 - w / 2,
        yOf(yr.achieved.value) - 6 - (yr.target && Math.abs(yOf(yr.target.hi) - yOf(yr.achieved.value)) < 16 ? 16 : 0),
      );
    }
    g.fillStyle = COLOURS.text;
    g.font = font(15, true);
    const label = String(yr.year);
    put(g, label, cx - measure(g, label).width / 2, top + plotH + 24);
    const [text, colour] = STATUS_TEXT[yr.status]!;
    g.fillStyle = colour;
    g.font = font(14);
    put(g, text, cx - measure(g, text).width / 2, top + plotH + 46);
  });
  g.fillStyle = COLOURS.muted;
  g.font = font(12);
  put(g, TEXT.trendSource, 30, height - 14);
  return canvas.toBuffer('image/png');
}
