import type { Period } from '../corpus/period.js';

/**
 * What a figure measures: an amount, a growth, a change in percentage points, a share or rate, a count, a rank,
 * or how many years running something held (闽宁协作考核连续7年为“好”).
 */
/** The unit a count in ten thousands written with no unit of its own is given (减少1000万以上, 人口150万左右). */
export const TEN_THOUSANDS = '万';

export type Measure =
  | 'level'
  | 'growth'
  | 'change'
  | 'share'
  | 'rate'
  | 'count'
  | 'rank'
  | 'streak'
  | 'duration'
  | 'edition';

/** How replies name each measure. */
export const MEASURE_NAMES: Readonly<Record<Measure, string>> = {
  level: '总量',
  growth: '增速',
  change: '变化',
  share: '占比',
  rate: '比率',
  count: '数量',
  rank: '排名',
  streak: '连续年数',
  duration: '所需年数',
  edition: '届次',
};

/**
 * How the report holds the figure: achieved (回顾), aimed for this year (目标, the work plan), planned for
 * a five-year period, or estimated (预计).
 */
export type Stance = 'result' | 'target' | 'plan' | 'forecast';

/** One quantitative statement of a report, typed and cited. Every fact's sentence contains its value verbatim. */
export interface Fact {
  /** `<paragraph id>@<offset of the value in the paragraph>`: stable while the corpus is. */
  id: string;
  report: string;
  place: string;
  /** The dictionary indicator (地区生产总值…) when the subject is one, else null. */
  indicator: string | null;
  /** The subject as written: 旅游收入, 新增高新技术企业, 生猪存栏. */
  label: string;
  measure: Measure;
  /** The value as written: "115.5亿元", "14.6%", "第4位", "6%左右". */
  value: string;
  /** Signed: a fall (下降2.5%) is −2.5. Null for a rank written in Chinese numerals that did not parse. */
  number: number | null;
  range: [number, number] | null;
  unit: string | null;
  /** 左右 / 以上 / 以内 / 以下 / 超 / 近 / 约 / 多 / 余 / 力争 / range, as written. */
  qualifier: string | null;
  /** The verb that carries it: 增长, 下降, 达到… */
  verb: string | null;
  stance: Stance;
  period: Period;
  /** 城镇 / 农村 / 城乡 / 全市 / 规上 … when the subject names one. */
  scope: string | null;
  paragraphId: string;
  /** The sentence, verbatim. */
  sentence: string;
  /** For a rank: it ranks the growth stated right before it (增长6.8%、排咸阳第一), not the amount. */
  ranks?: 'growth';
  /** From the report's 主要预期目标 list (its parser's), or the review's headline figure of an indicator (facts/headlines). */
  headline: boolean;
}

/** Where a fact's value stands in its paragraph: the offset its id names (`…@123`, `…@123#1` for a shared value). */
export function valueOffset(f: Pick<Fact, 'id'>): number {
  return Number(f.id.slice(f.id.lastIndexOf('@') + 1).split('#')[0]);
}
