import { asMeant, LEXICON, lexiconPattern } from '../lexicon/lexicon.js';
import { nfkc } from '../text/normalize.js';

/**
 * The canonical indicators of the targets tables, with the aliases the reports use, read from the
 * lexicon; order matters only for equal-length aliases.
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

/** The indicators of the lexicon (src/lexicon/lexicon.json), in its order. */
export const INDICATORS: readonly Indicator[] = LEXICON.indicators.map(({ name, key, group, aliases }) => ({
  name,
  key,
  group,
  aliases,
}));

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
/**
 * Between two aliases of one length, the first in the text — unless they touch: a compound's head comes last
 * (外贸出口 is 出口, exports, not 外贸, the whole trade).
 */
function before(at: number, best: IndicatorMatch): boolean {
  const touches = at > best.at && at <= best.at + best.alias.length;
  return touches || (at < best.at && at + best.alias.length < best.at);
}

export function findIndicator(text: string): IndicatorMatch | null {
  const norm = asMeant(nfkc(text).toLowerCase());
  let best: IndicatorMatch | null = null;
  for (const a of ALIASES) {
    const at = norm.indexOf(a.key);
    if (at < 0) continue;
    if (!best || a.key.length > best.alias.length || (a.key.length === best.alias.length && before(at, best))) {
      best = { indicator: a.ind, alias: a.key, at };
    }
  }
  return best;
}

/** The indicator a word names whole (城镇登记失业率, GDP), or null for a word that is only part of one (收入). */
export function indicatorNamed(word: string): string | null {
  const match = findIndicator(word);
  return match !== null && match.alias.length === asMeant(nfkc(word).toLowerCase()).length
    ? match.indicator.name
    : null;
}

/** Whether a word is an indicator's name or alias, whole. */
export function isIndicatorName(word: string): boolean {
  return indicatorNamed(word) !== null;
}

/**
 * Where a report has no target for the indicator asked, these may answer instead: income is often set
 * for urban and rural residents separately, unemployment as surveyed or registered (the lexicon's `related`).
 */
const RELATED: Readonly<Record<string, string[]>> = Object.fromEntries(
  LEXICON.indicators.filter((i) => i.related).map((i) => [i.name, i.related!]),
);

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

/** The word for a growth ending a subject (涨幅, 增速: the lexicon's fact.growthNamed). */
const GROWTH_NAMED_END = new RegExp(`(?:${LEXICON.patterns['fact.growthNamed']})$`, 'u');

/** Words that may stand before an alias without making it another statistic (the lexicon's). */
const FREE_LEAD = lexiconPattern('indicator.freeLead');

/** Indicators that are one kind of figure only (the lexicon's `measures`): R&D spending in 亿元 is not R&D intensity. */
const MEASURES_OF: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  LEXICON.indicators.filter((i) => i.measures).map((i) => [i.name, i.measures!]),
);

/**
 * The dictionary indicator a fact's subject is, or null: the subject must be an alias, with at most
 * free words before it (全市, 地方…). "低收入农户人均可支配收入" and "单位规上工业增加值能耗" are other
 * statistics and keep their own label.
 */
export function strictIndicator(label: string, measure: string): string | null {
  const bare = asMeant(nfkc(label).toLowerCase()).replace(/[“”"\s]/gu, '');
  // A growth's subject with its verb taken off (去年经济增长8.8% → 经济) is named with it: 经济增长 is GDP's;
  // one ending in the word for its growth (居民消费价格上涨幅度) is the indicator's.
  // (…and so is one whose growth is named, 经济增长预期目标 → 经济 → 经济增长)
  const growthOf = (subject: string) =>
    measure === 'growth' && ALIASES.some((a) => a.key === `${subject}增长`) ? `${subject}增长` : subject;
  const named =
    measure === 'growth' && ALIASES.some((a) => a.key === `${bare}增长`)
      ? [`${bare}增长`]
      : [
          bare,
          ...(measure === 'growth' && GROWTH_NAMED_END.test(bare)
            ? [growthOf(bare.replace(GROWTH_NAMED_END, ''))]
            : []),
        ];
  for (const norm of named) {
    const alias = ALIASES.find((a) => norm.endsWith(a.key));
    if (!alias || !FREE_LEAD.test(norm.slice(0, norm.length - alias.key.length))) continue;
    const allowed = MEASURES_OF[alias.ind.name];
    return !allowed || allowed.includes(measure) ? alias.ind.name : null;
  }
  return null;
}
