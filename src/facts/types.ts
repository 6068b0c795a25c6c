/** How a target's value is stated. */
export type Relation = 'growth' | 'level' | 'relative' | 'text';

export interface Target {
  /** Canonical indicator name, or null for a clause about nothing in the dictionary (e.g. "农村快于城镇"). */
  indicator: string | null;
  /** The subject as written: "规上工业增加值". */
  label: string;
  /** The value as written: "6%左右", "7%-7.5%", "与经济增长基本同步". */
  value: string;
  /** The number (the lower end of a range), null for text targets. */
  number: number | null;
  range: [number, number] | null;
  unit: string | null;
  /** 左右 / 以上 / 以内 / 力争 / range, or null. */
  qualifier: string | null;
  relation: Relation;
  /** The whole clause verbatim, as it stands in the report. */
  text: string;
  paragraphId: string;
  /** The fact the row's figure is, or null for a target in words. */
  factId: string | null;
}
