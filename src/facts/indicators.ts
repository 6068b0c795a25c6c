import { nfkc } from '../text/normalize.js';

/**
 * The canonical indicators of the targets tables, with the aliases the reports use.
 * Grown from the corpus's 主要预期目标 passages; order matters only for equal-length aliases.
 */
export interface Indicator {
  name: string;
  aliases: string[];
  /** Short English handle for CLI and autocomplete users. */
  key: string;
  /** Section of the targets table: 经济, 投资消费, 财政, 民生, 开放, 创新, 绿色. */
  group: string;
}

export const GROUP_ORDER = ['经济', '投资消费', '财政', '开放', '民生', '创新', '绿色', '其他'];

export function groupOf(name: string | null): string {
  return INDICATORS.find((i) => i.name === name)?.group ?? '其他';
}

export const INDICATORS: readonly Indicator[] = [
  {
    name: '地区生产总值',
    key: 'gdp',
    group: '经济',
    aliases: [
      '地区生产总值',
      '国内生产总值',
      '全省生产总值',
      '全市生产总值',
      '全区生产总值',
      '全县生产总值',
      '生产总值',
      'GDP',
      '经济增长',
      '经济增速',
    ],
  },
  {
    name: '规模以上工业增加值',
    key: 'industry',
    group: '经济',
    aliases: ['规模以上工业增加值', '规上工业增加值', '规工', '规上工业'],
  },
  // All industry, not only firms above the size threshold: a different statistic (泉州 2023).
  { name: '工业增加值', key: 'industry-all', group: '经济', aliases: ['工业增加值'] },
  { name: '服务业增加值', key: 'services', group: '经济', aliases: ['服务业增加值', '第三产业增加值'] },
  { name: '农林牧渔业增加值', key: 'agriculture', group: '经济', aliases: ['农林牧渔业增加值'] },
  { name: '农林牧渔业总产值', key: 'agriculture-output', group: '经济', aliases: ['农林牧渔业总产值'] },
  { name: '建筑业总产值', key: 'construction', group: '经济', aliases: ['建筑业总产值'] },
  {
    name: '固定资产投资',
    key: 'investment',
    group: '投资消费',
    aliases: ['固定资产投资', '全社会固定资产投资', '500万元以上固定资产投资', '固定资产投资总额', '固投'],
  },
  { name: '工业投资', key: 'industrial-investment', group: '投资消费', aliases: ['工业投资'] },
  { name: '社会消费品零售总额', key: 'retail', group: '投资消费', aliases: ['社会消费品零售总额', '社零'] },
  {
    name: '一般公共预算收入',
    key: 'revenue',
    group: '财政',
    // 地方财政一般预算收入 is its name before the 2015 budget law.
    aliases: [
      '一般公共预算收入',
      '地方一般公共预算收入',
      '地方财政收入',
      '公共财政预算收入',
      '地方财政一般预算收入',
      '财政一般预算收入',
    ],
  },
  // Includes the share passed up to higher levels of government: not the same as 一般公共预算收入.
  {
    name: '一般公共预算总收入',
    key: 'revenue-total',
    group: '财政',
    aliases: ['一般公共预算总收入', '财政总收入', '全部财政收入'],
  },
  { name: '一般公共预算支出', key: 'expenditure', group: '财政', aliases: ['一般公共预算支出'] },
  {
    name: '城镇居民人均可支配收入',
    key: 'urban-income',
    group: '民生',
    aliases: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城镇居民收入'],
  },
  {
    name: '农村居民人均可支配收入',
    key: 'rural-income',
    group: '民生',
    aliases: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农村居民人均纯收入', '农村居民收入'],
  },
  {
    name: '居民人均可支配收入',
    key: 'income',
    group: '民生',
    aliases: [
      '全体居民人均可支配收入',
      '居民人均可支配收入',
      '城乡居民人均可支配收入',
      '城乡常住居民人均可支配收入',
      '城乡居民收入',
      '居民收入',
      '人均可支配收入',
      '城镇和农村居民可支配收入',
      '居民可支配收入',
    ],
  },
  {
    name: '居民消费价格',
    key: 'cpi',
    group: '民生',
    aliases: ['居民消费价格指数', '居民消费价格总水平', '居民消费价格', '居民消费指数', 'CPI', '物价'],
  },
  {
    name: '城镇调查失业率',
    key: 'surveyed-unemployment',
    group: '民生',
    aliases: ['城镇调查失业率', '调查失业率', '失业率'],
  },
  { name: '城镇登记失业率', key: 'registered-unemployment', group: '民生', aliases: ['城镇登记失业率', '登记失业率'] },
  {
    name: '城镇新增就业',
    key: 'new-jobs',
    group: '民生',
    aliases: ['城镇新增就业人数', '城镇新增就业', '新增城镇就业', '新增就业'],
  },
  {
    name: '进出口总额',
    key: 'trade',
    group: '开放',
    aliases: ['外贸进出口总额', '外贸自营进出口总额', '进出口总额', '进出口总值', '外贸进出口', '进出口', '外贸'],
  },
  { name: '出口总额', key: 'exports', group: '开放', aliases: ['出口总额', '出口总值', '出口'] },
  {
    name: '实际使用外资',
    key: 'fdi',
    group: '开放',
    aliases: ['实际使用外商直接投资额', '实际使用外资', '实际利用外资', '利用外资', '外资'],
  },
  { name: '实际利用省外项目资金', key: 'domestic-investment', group: '开放', aliases: ['实际利用省外项目资金'] },
  {
    name: '研发投入强度',
    key: 'rd-intensity',
    group: '创新',
    aliases: [
      '研发投入强度',
      'R&D经费支出占生产总值比重',
      '研究与试验发展经费支出占生产总值比重',
      'R&D经费支出',
      'R&D投入',
      'R&D经费',
      '研发投入',
      '研发经费',
      '研发强度',
    ],
  },
  {
    name: '单位地区生产总值能耗',
    key: 'energy-intensity',
    group: '绿色',
    aliases: ['单位国内生产总值能耗', '单位生产总值能耗', '单位地区生产总值能耗', '单位GDP能耗', '能耗强度'],
  },
  {
    name: '节能减排',
    key: 'emissions',
    group: '绿色',
    aliases: ['节能减排降碳', '节能减排', '主要污染物排放量', '主要污染物排放', '能源和环境指标', '能耗强度控制'],
  },
  { name: '粮食产量', key: 'grain', group: '民生', aliases: ['粮食产量', '粮食总产量'] },
];

const ALIASES = INDICATORS.flatMap((ind) =>
  ind.aliases.map((alias) => ({ ind, alias, key: nfkc(alias).toLowerCase() })),
).sort((a, b) => b.key.length - a.key.length);

export interface IndicatorMatch {
  indicator: Indicator;
  alias: string;
  /** Offset of the alias in the searched text (NFKC, lower case). */
  at: number;
}

/** The longest alias found in a text, earliest first among equals: "500万元以上固定资产投资" → 固定资产投资. */
export function findIndicator(text: string): IndicatorMatch | null {
  const norm = nfkc(text).toLowerCase();
  let best: IndicatorMatch | null = null;
  for (const a of ALIASES) {
    const at = norm.indexOf(a.key);
    if (at < 0) continue;
    if (!best || a.key.length > best.alias.length || (a.key.length === best.alias.length && at < best.at)) {
      best = { indicator: a.ind, alias: a.key, at };
    }
  }
  return best;
}

/**
 * Where a report has no target for the indicator asked, these may answer instead: income is often set
 * for urban and rural residents separately, unemployment as surveyed or registered.
 */
const RELATED: Record<string, string[]> = {
  居民人均可支配收入: ['城镇居民人均可支配收入', '农村居民人均可支配收入'],
  城镇居民人均可支配收入: ['居民人均可支配收入'],
  农村居民人均可支配收入: ['居民人均可支配收入'],
  城镇调查失业率: ['城镇登记失业率'],
  城镇登记失业率: ['城镇调查失业率'],
  规模以上工业增加值: ['工业增加值'],
  一般公共预算收入: ['一般公共预算总收入'],
};

export function relatedIndicators(name: string): string[] {
  return RELATED[name] ?? [];
}

/** Resolves what a user typed for an indicator: a name, an alias, or the English key. */
export function resolveIndicator(input: string): Indicator | undefined {
  const norm = nfkc(input).trim().toLowerCase();
  if (!norm) return undefined;
  return (
    INDICATORS.find(
      (i) => i.key === norm || i.name === norm || i.aliases.some((a) => nfkc(a).toLowerCase() === norm),
    ) ?? findIndicator(norm)?.indicator
  );
}

/** Words that may stand before an alias without making it another statistic. */
const FREE_LEAD = /^(?:全市|全区|全县|全省|全年|全体|地方|同口径|市本级|全口径|我市|其中)*$/u;

/** Indicators that are one kind of figure only: R&D spending in 亿元 is not R&D intensity. */
const MEASURES_OF: Record<string, readonly string[]> = {
  研发投入强度: ['share', 'rate', 'change'],
  城镇调查失业率: ['rate', 'share', 'change'],
  城镇登记失业率: ['rate', 'share', 'change'],
  居民消费价格: ['growth', 'rate', 'share'],
  单位地区生产总值能耗: ['growth', 'change', 'share'],
};

/**
 * The dictionary indicator a fact's subject is, or null: the subject must be an alias, with at most
 * free words before it (全市, 地方…). "低收入农户人均可支配收入" and "单位规上工业增加值能耗" are other
 * statistics and keep their own label.
 */
export function strictIndicator(label: string, measure: string): string | null {
  const norm = nfkc(label)
    .toLowerCase()
    .replace(/[“”"\s]/gu, '');
  for (const a of ALIASES) {
    if (!norm.endsWith(a.key)) continue;
    if (!FREE_LEAD.test(norm.slice(0, norm.length - a.key.length))) return null;
    const allowed = MEASURES_OF[a.ind.name];
    return !allowed || allowed.includes(measure) ? a.ind.name : null;
  }
  return null;
}
