import { LEXICON } from '../lexicon/lexicon.js';
import { nfkc } from './normalize.js';

export interface ParsedValue {
  /** The numeric expression as written in the clause, e.g. "6.5—7%" or "3%左右". */
  written: string;
  number: number;
  range: [number, number] | null;
  unit: string | null;
  qualifier: string | null;
  /** Offset of `written` in the clause. */
  at: number;
}

/**
 * The lexicon's units, longest first, and what a target may write after a figure that is no unit of a
 * statistic: a bare multiplier (1.3万亿, 5万), an age (65岁), a count of years (3年).
 */
const UNIT = `(?:${[...LEXICON.units.map((u) => u.unit), '万亿', '万', '岁', '年']
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'))
  .join('|')})`;
const NUMERIC = new RegExp(
  // (a space may stand before a percent sign: "经济增长速度8 ％", as old typesetting has it)
  `(\\d+(?:\\.\\d+)?)(?: (?=%))?(${UNIT})?(?:\\s*[-—–~～至到]\\s*(\\d+(?:\\.\\d+)?)(?: (?=%))?(${UNIT})?)?(左右|以上|以内|以下)?`,
  'gu',
);

/** Every number in a text with its unit, range and qualifier; "7%和8%左右" gives both 左右. */
export function numericValues(text: string): ParsedValue[] {
  const out: ParsedValue[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const lo = Number(m[1]);
    const hi = m[3] !== undefined ? Number(m[3]) : null;
    const unit = m[4] ?? m[2] ?? null;
    out.push({
      written: m[0],
      number: lo,
      range: hi !== null ? [lo, hi] : null,
      unit,
      qualifier: m[5] ?? (hi !== null ? 'range' : null),
      at: m.index ?? 0,
    });
  }
  // 7%和8%左右: a qualifier written once after the last value belongs to all of them.
  const last = out.at(-1)?.qualifier;
  if (last && last !== 'range' && out.length > 1) for (const v of out) v.qualifier ??= last;
  return out;
}

/** A prefix qualifier such as 力争 stands before the verb, not next to the number. */
export function prefixQualifier(text: string): string | null {
  return /力争/u.test(nfkc(text)) ? '力争' : null;
}
