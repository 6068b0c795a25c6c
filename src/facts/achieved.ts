import type { Paragraph, Report } from '../corpus/types.js';
import { nfkc } from '../text/normalize.js';
import { findIndicator, INDICATORS } from './indicators.js';
import type { AchievedFigure } from './types.js';

/** The review part ends where the report turns to this year's work. */
const PLAN_HEADING =
  /工作安排|目标任务|工作任务|重点工作|今后五年|规划纲要|工作思路|总体要求|做好\S*工作|主要工作安排/u;
/** Partial-year, multi-year and cumulative figures are not the year's result. */
const NOT_ANNUAL = /前三季度|上半年|前\d+个?月|1[-—～]\d+月|年均|累计|五年|十[一二三四]五|比20\d\d年/u;
const AMOUNT = /^(?:总量|总额|总值)?(?:达到|实现|完成|为)?(\d+(?:\.\d+)?)(亿元|万元|元|万人|万吨|亿美元|万标箱)/u;
/**
 * Only connective words may stand between a figure's subject and its growth: "…8.49亿元,扣除留抵退税因素后增长7.56%"
 * is one figure; "规上工业增加值262.59亿元,铜箔产业增加值同比增长26.2%" or "…282.3亿元,分别增长9.7%和9.5%" are not.
 */
const GROWTH =
  /^(?:居[^，,。；]{1,12}?第\d+位[、,，])?(?:扣除[^，,。；]{0,10}?后|同口径|同比|比上年|可比|名义|实际|预计)*(增长|下降|上涨)(\d+(?:\.\d+)?)%/u;
/** Rates are figures in %, not growths: "城镇登记失业率为2.9%". A bound ("控制在5.5%以内") is not the rate. */
const RATE = /^(?:为|是|降至|保持在|仅)?(\d+(?:\.\d+)?)%(?!以内|以下|左右)/u;
const RATE_INDICATORS = new Set(['城镇调查失业率', '城镇登记失业率']);
/** A share or spending growth is not the indicator itself: R&D spending growth is not R&D intensity. */
const NO_ACHIEVED_GROWTH = new Set(['研发投入强度']);

export function reviewParagraphs(report: Report): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of report.paragraphs) {
    if (p.kind === 'heading' && p.level === 1 && PLAN_HEADING.test(p.text)) break;
    if (p.kind === 'paragraph' && p.section[0] && PLAN_HEADING.test(p.section[0])) break;
    if (p.kind === 'paragraph') out.push(p);
  }
  return out;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。；;])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const ALIASES = INDICATORS.flatMap((ind) =>
  ind.aliases.map((alias) => ({ name: ind.name, alias: nfkc(alias).toLowerCase() })),
).sort((a, b) => b.alias.length - a.alias.length);

/**
 * An alias counts only where nothing qualifies it: "低收入农户人均可支配收入" or "单位规上工业增加值能耗"
 * are other statistics. Before it may stand punctuation or one of these words.
 */
const FREE_PREFIX = /(?:^|[^\p{Script=Han}]|全市|全区|全县|全年|实现|完成|其中|我市|我区|今年|去年|一年来|分别)$/u;

/** Every alias occurrence in a sentence, longest alias winning where two overlap. */
function aliasHits(norm: string): { name: string; alias: string; at: number }[] {
  const taken = new Array<boolean>(norm.length).fill(false);
  const hits: { name: string; alias: string; at: number }[] = [];
  for (const a of ALIASES) {
    for (let at = norm.indexOf(a.alias); at >= 0; at = norm.indexOf(a.alias, at + 1)) {
      if (taken.slice(at, at + a.alias.length).some(Boolean)) continue;
      if (!FREE_PREFIX.test(norm.slice(Math.max(0, at - 3), at))) continue;
      for (let k = at; k < at + a.alias.length; k += 1) taken[k] = true;
      hits.push({ ...a, at });
    }
  }
  return hits.sort((x, y) => x.at - y.at);
}

/** "城乡居民人均可支配收入分别达到73326元、38482元,分别增长5.2%、7.4%" (or "…37533元、15221元,分别增长…") → urban and rural figures. */
function pairedIncome(sentence: string, year: number, paragraphId: string): AchievedFigure[] {
  const m =
    /城乡居民人均可支配收入(?:分别)?(?:达到)?(?:(\d+(?:\.\d+)?)(元|万元)[、和](\d+(?:\.\d+)?)(元|万元)[,，]?)?(?:分别)?(?:名义)?增长(\d+(?:\.\d+)?)%[、和](\d+(?:\.\d+)?)%/u.exec(
      nfkc(sentence),
    );
  if (!m) return [];
  const fig = (
    indicator: string,
    amount: string | undefined,
    unit: string | undefined,
    growth: string,
  ): AchievedFigure => ({
    indicator,
    year,
    amount: amount ? `${amount}${unit}` : null,
    amountNumber: amount ? Number(amount) : null,
    amountUnit: amount ? unit! : null,
    growth: `${growth}%`,
    growthNumber: Number(growth),
    sentence,
    paragraphId,
  });
  return [fig('城镇居民人均可支配收入', m[1], m[2], m[5]!), fig('农村居民人均可支配收入', m[3], m[4], m[6]!)];
}

const VALUE = '(\\d+(?:\\.\\d+)?)(亿元|万元|元|万人|万吨|亿美元|%)';
const LISTED = new RegExp(
  `((?:[\\p{Script=Han}]{2,16}[、和]){1,4}[\\p{Script=Han}]{2,16})(?:分别)?(达到|实现|为|增长|下降)${VALUE}((?:[、和]${VALUE}){1,4})`,
  'u',
);

/** "城镇、农村居民人均可支配收入" and "城镇居民、农村居民人均可支配收入" name two indicators: complete the short one. */
function completeNames(names: string[]): string[] {
  return names.map((name, i) => {
    const next = names[i + 1];
    const short = /^(城镇|农村)(居民)?$/u.exec(name);
    const full = next ? /^(?:城镇|农村)(?:居民)?(.+)$/u.exec(next) : null;
    return short && full ? `${short[1]}居民${full[1]}` : name;
  });
}

/** "财政总收入、一般公共预算收入分别达到1102.6亿元和632亿元": one figure per listed indicator, in order. */
function listedFigures(sentence: string, year: number, paragraphId: string): AchievedFigure[] {
  const m = LISTED.exec(nfkc(sentence));
  if (!m) return [];
  const names = completeNames(m[1]!.split(/[、和]/u));
  const values = [`${m[3]}${m[4]}`, ...[...m[5]!.matchAll(new RegExp(VALUE, 'gu'))].map((v) => v[0])];
  if (names.length !== values.length) return [];
  const growth = m[2] === '增长' || m[2] === '下降';
  const sign = m[2] === '下降' ? -1 : 1;
  // "…分别为39087元和20556元,增长9.5%和10.3%": growths in the same order, when there are as many.
  const trailing = growth
    ? null
    : /^[,，](?:分别)?(?:同比)?增长(\d+(?:\.\d+)?)%?((?:[、和]\d+(?:\.\d+)?%?){1,4})/u.exec(
        nfkc(sentence).slice((m.index ?? 0) + m[0].length),
      );
  const growths = trailing ? [trailing[1]!, ...[...trailing[2]!.matchAll(/\d+(?:\.\d+)?/gu)].map((g) => g[0])] : [];
  const pairedGrowths = growths.length === names.length ? growths : [];
  return names.flatMap((name, i) => {
    const indicator = findIndicator(name);
    // Each listed name must be the indicator itself, not a qualified part of it.
    if (!indicator || name.length - indicator.alias.length > 2) return [];
    const v = /^(\d+(?:\.\d+)?)(.*)$/u.exec(values[i]!)!;
    const unit = v[2] || (growth ? '%' : '');
    return [
      {
        indicator: indicator.indicator.name,
        year,
        amount: growth ? null : `${v[1]}${unit}`,
        amountNumber: growth ? null : Number(v[1]),
        amountUnit: growth ? null : unit,
        growth: growth ? `${sign < 0 ? '-' : ''}${v[1]}%` : pairedGrowths[i] ? `${pairedGrowths[i]}%` : null,
        growthNumber: growth ? sign * Number(v[1]) : pairedGrowths[i] ? Number(pairedGrowths[i]) : null,
        sentence,
        paragraphId,
      },
    ];
  });
}

/** The previous year's results for the main indicators, first mention in the review section wins. */
export function achievedFigures(report: Report): AchievedFigure[] {
  const year = report.year - 1;
  const found = new Map<string, AchievedFigure>();
  for (const p of reviewParagraphs(report)) {
    for (const sentence of sentencesOf(p.text)) {
      if (NOT_ANNUAL.test(sentence)) continue;
      for (const f of [...pairedIncome(sentence, year, p.id), ...listedFigures(sentence, year, p.id)])
        if (!found.has(f.indicator)) found.set(f.indicator, f);
      const norm = nfkc(sentence).toLowerCase();
      for (const hit of aliasHits(norm)) {
        if (found.has(hit.name) || hit.name === '节能减排') continue;
        const after = norm.slice(hit.at + hit.alias.length);
        // "城乡居民人均可支配收入分别增长…" is a list: read above, or not at all.
        if (after.startsWith('分别')) continue;
        if (RATE_INDICATORS.has(hit.name)) {
          const rate = RATE.exec(after);
          if (rate) {
            found.set(hit.name, {
              indicator: hit.name,
              year,
              amount: `${rate[1]}%`,
              amountNumber: Number(rate[1]),
              amountUnit: '%',
              growth: null,
              growthNumber: null,
              sentence,
              paragraphId: p.id,
            });
          }
          continue;
        }
        const amount = AMOUNT.exec(after);
        // "财政总收入、一般公共预算收入达到638.8亿元和350.4亿元": a list, read by listedFigures, not here.
        if (amount && /^[和、]\d/u.test(after.slice(amount[0].length))) continue;
        const rest = amount ? after.slice(amount[0].length).replace(/^[、,，]/u, '') : after;
        const growth = NO_ACHIEVED_GROWTH.has(hit.name) ? null : GROWTH.exec(rest);
        if (!amount && !growth) continue;
        // "…增长6.3%，增速高于…" is fine, but a growth clause that names another indicator first is not ours.
        if (growth && !amount && findIndicator(rest.slice(0, growth.index + growth[0].length - growth[2]!.length - 2)))
          continue;
        if (!amount && !growth) continue;
        found.set(hit.name, {
          indicator: hit.name,
          year,
          amount: amount ? `${amount[1]}${amount[2]}` : null,
          amountNumber: amount ? Number(amount[1]) : null,
          amountUnit: amount ? amount[2]! : null,
          growth: growth ? `${growth[1] === '下降' ? '-' : ''}${growth[2]}%` : null,
          growthNumber: growth ? Number(growth[2]) * (growth[1] === '下降' ? -1 : 1) : null,
          sentence,
          paragraphId: p.id,
        });
      }
    }
  }
  return [...found.values()];
}
