import { type Period, periodOfSentence, presentedPlan } from '../corpus/period.js';
import type { Paragraph, Report } from '../corpus/types.js';
import { alternatives, BOUNDS_BEFORE, LEXICON, lexiconPattern } from '../lexicon/lexicon.js';
import { chineseNumberToInt, foldWidth } from '../text/normalize.js';
import { segmenter } from '../text/segment.js';
import { simplifiedReading } from '../text/simplified.js';
import { YEAR_OF_FIGURE, yearInNumerals, yearsInFigures } from '../text/years.js';
import { type Fact, type Measure, type Stance, TEN_THOUSANDS } from './fact.js';
import { strictIndicator } from './indicators.js';

/** Units of the reports (the lexicon's), longest first so 万人次 wins over 万人 and 亿元 over 元. */
const UNIT_LIST = [...new Set(LEXICON.units.map((u) => u.unit))].sort((a, b) => b.length - a.length);
const PERCENT = new Set(LEXICON.units.filter((u) => u.kind === 'percent' || u.kind === 'permille').map((u) => u.unit));
const POINTS = new Set(LEXICON.units.filter((u) => u.kind === 'points').map((u) => u.unit));
/** Classifiers that count things (个, 家, 所…), not amounts. */
const COUNTING_UNITS = new Set(LEXICON.units.filter((u) => u.counts).map((u) => u.unit));
/** Units of an amount or a measured quantity, not a count of things (the lexicon's quantityKinds). */
const QUANTITY_KINDS = new Set(LEXICON.quantityKinds.kinds);
const QUANTITY_UNITS = new Set(LEXICON.units.filter((u) => QUANTITY_KINDS.has(u.kind)).map((u) => u.unit));
/** Units a class of things is sized by (万人社区, 5000人社区), besides amounts. */
const SIZE_UNITS = new Set(LEXICON.units.filter((u) => u.kind === 'people').map((u) => u.unit));

/** The words of approximation written inside a figure (50多个, 9亿多元): the lexicon's qualifiers.approximate. */
const APPROXIMATE = alternatives(LEXICON.qualifiers.approximate);

/** 多 or 余 after a figure's unit, ending its clause (增长两倍多，): part of the figure as written. */
const APPROXIMATE_AFTER = `(?:${APPROXIMATE})(?=[，,；;。、）)]|$)`;

/**
 * The lexicon's qualifiers after a figure, each also as a collector's line break letter-spaced it (6.94‰以 内, 增长9%以
 * 上): read as the qualifier, the figure still shown as written.
 */
const LETTER_SPACED_AFTER = alternatives(LEXICON.qualifiers.after)
  .split('|')
  .map((q) => q.replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, ' ?'))
  .join('|');

/**
 * A figure: the lexicon's qualifier before it (突破, 近, 不低于…), range, 多/余, unit — another in brackets after it,
 * 1万台（套）以上 — and the qualifier after it.
 */
const VALUE = new RegExp(
  // A space may stand before a percent sign ("经济增长速度8 ％", as old typesetting has it).
  // …and a figure letter-spaced by a collector (7 4 7 7 2 亿元, 8 ．8 ％ in the 1998 report) is one figure.
  `(${alternatives(LEXICON.qualifiers.before)})?(\\d(?:(?: \\d)+(?: ?\\. ?\\d(?: \\d)*)?| \\. ?\\d(?: \\d)*|\\. \\d(?: \\d)*)(?!\\d)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?:\\s*[-—–~～至到]\\s*|%\\s*[-—–~～]\\s*)(\\d+(?:\\.\\d+)?))?(${APPROXIMATE})?(?: (?=[%\\p{Script=Han}]))?(${alternatives(
    UNIT_LIST,
  )})(?:[（(]\\p{Script=Han}[）)])?(${LETTER_SPACED_AFTER}|${APPROXIMATE_AFTER})?`,
  'gu',
);
/**
 * A percentage or a per-mille in Chinese numerals, as the State Council's older reports write them: "百分之十三点四",
 * "百分之零点二",
 * "百分之八左右", "控制在百分之十以内", "人口增长率降到千分之十左右".
 */
const CHINESE_PERCENT = new RegExp(
  `(${alternatives(LEXICON.qualifiers.before)})?([百千])分之([一二三四五六七八九][百千][零一二三四五六七八九十]{0,4}|[一二三四五六七八九十]{1,3}|零(?=点))(?:点([零〇一二三四五六七八九]{1,3}))?(${alternatives(
    LEXICON.qualifiers.after,
  )})?`,
  'gu',
);
const DECIMAL_DIGITS = '零一二三四五六七八九';

/**
 * A count in ten thousands with no unit, ending its clause (力争今年农村贫困人口再减少1000万以上，) or before the
 * people it counts (解决了378万农村人口的饮水安全问题: the lexicon's fact.peopleCounted): 万 is no unit of its own —
 * 1.6万余人次 and 21万类 go on to theirs — so only where nothing follows it but a qualifier or those people.
 */
const BARE_TEN_THOUSANDS = new RegExp(
  `(${alternatives(LEXICON.qualifiers.before)})?(?<![\\d.])(\\d+(?:\\.\\d+)?)万(${alternatives(LEXICON.qualifiers.after)}|${APPROXIMATE})?(?=[，,；;。）)]|$|(?:${LEXICON.patterns['fact.ageBound']})?(?:${LEXICON.patterns['fact.peopleCounted']}))`,
  'gu',
);

/**
 * A unit in ten thousands or hundreds of millions with 多 or 余 between its scale and its base unit, as the
 * reports write an approximate amount (节省采购费用9亿多元, 支出农村救济费２亿余元, 培训1.6万余人次): the
 * written form, its unit (亿元) and the word of approximation.
 */
const APPROXIMATE_SCALED: ReadonlyMap<string, { unit: string; qualifier: string }> = new Map(
  LEXICON.units.flatMap((u) => {
    const base = LEXICON.units.find(
      (b) => b.scale === undefined && b.kind === u.kind && b.unit.length < u.unit.length && u.unit.endsWith(b.unit),
    );
    if (u.scale === undefined || !base) return [];
    const scale = u.unit.slice(0, -base.unit.length);
    return LEXICON.qualifiers.approximate.map(
      (q) => [`${scale}${q}${base.unit}`, { unit: u.unit, qualifier: q }] as const,
    );
  }),
);
const APPROXIMATE_SCALED_VALUE = new RegExp(
  `(${alternatives(LEXICON.qualifiers.before)})?(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(${alternatives([...APPROXIMATE_SCALED.keys()])})`,
  'gu',
);

/**
 * A multiple in Chinese numerals right after a verb of growth (学科数量增长两倍, 提高了三倍, 增长一点二倍): the growth as
 * the report writes it, in the lexicon's unit of multiples (倍), with the qualifier after it (增加一倍以上).
 */
const CHINESE_MULTIPLE = new RegExp(
  `(?<=(?:${LEXICON.patterns['fact.growthVerb'].replace(/\$$/u, '')})了?)(${alternatives(LEXICON.qualifiers.before)})?([一二两三四五六七八九十]{1,3}(?:点[零〇一二三四五六七八九]{1,2})?)(${alternatives(LEXICON.units.filter((u) => u.kind === 'times').map((u) => u.unit))})(${APPROXIMATE_AFTER}|${alternatives(LEXICON.qualifiers.after)})?`,
  'gu',
);

/**
 * An amount written in Chinese numerals after a verb of reaching or a bound: "整车出口突破百万辆",
 * "达到千亿元" (only a round 百/千/万/亿 figure; "两个千亿台阶" names no unit and is no figure).
 */
const CHINESE_AMOUNT = new RegExp(
  `(${alternatives(BOUNDS_BEFORE)}|达到|达)([一二两三四五六七八九十]?[十百千万]+)(${alternatives(UNIT_LIST)})`,
  'gu',
);
const CHINESE_PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Units an amount in words is read with: any but percentages (四十五个县, 二百二十四亿五千万度). */
const MEASURE_UNITS = UNIT_LIST.filter((u) => !PERCENT.has(u) && !POINTS.has(u));

/**
 * An amount written out in Chinese numerals with a unit of measure, as the older reports write them:
 * "发电量拟定为二百二十四亿五千万度", "采煤一千四百八十九万吨", with 多 or 余 before the unit too ("减少一百多亿元") and the
 * qualifier after it (四百九十八亿元左右).
 * Two numerals or more, one of them a place (十百千万亿), so 一五 or 十三五 is never a figure.
 */
/**
 * A bound only a round figure takes (营收过百亿元), never the 过 of a verb — 不过 (合计不过二十一万多人: only so many),
 * 经过, 通过… (the lexicon's fact.roundBoundNotAfter).
 */
const ROUND_ONLY_BOUND = `(?<!${LEXICON.patterns['fact.roundBoundNotAfter']})(?:${alternatives(LEXICON.qualifiers.roundBefore)})(?=[一二两三四五六七八九]?[十百千万亿]+(?![零〇一二两三四五六七八九十百千万亿]))`;
const CHINESE_FULL_AMOUNT = new RegExp(
  `(${alternatives(LEXICON.qualifiers.before)}|${ROUND_ONLY_BOUND})?([零〇一二两三四五六七八九十百千万亿]{2,})(${APPROXIMATE})?(${alternatives(MEASURE_UNITS)})(${alternatives(LEXICON.qualifiers.after)}|${APPROXIMATE_AFTER})?`,
  'gu',
);

/** 二百二十四亿五千万 → 22,450,000,000; null when it is not one number (两个, 十三五). */
function chineseAmount(text: string): number | null {
  if (!/[十百千万亿]/u.test(text)) return null;
  const at = (big: string, scale: number): number | null => {
    const i = text.lastIndexOf(big);
    if (i < 0) return null;
    const high = i === 0 ? 1 : chineseAmountOf(text.slice(0, i));
    const low = i === text.length - 1 ? 0 : chineseAmountOf(text.slice(i + 1));
    return high === null || low === null ? null : high * scale + low;
  };
  return at('亿', 1e8) ?? at('万', 1e4) ?? chineseUnder10000(text);
}

function chineseAmountOf(text: string): number | null {
  return /[万亿]/u.test(text) ? chineseAmount(text) : chineseUnder10000(text);
}

/** 二千三百零五 → 2305; null for anything else. */
function chineseUnder10000(text: string): number | null {
  const digits = '零一二三四五六七八九';
  let total = 0;
  let digit = 0;
  for (const ch of text.replace(/〇/gu, '零').replace(/两/gu, '二')) {
    const d = digits.indexOf(ch);
    if (d >= 0) {
      digit = d;
      continue;
    }
    const place = CHINESE_PLACES[ch];
    if (!place || place > 1000) return null;
    total += (digit || 1) * place;
    digit = 0;
  }
  return total + digit;
}

/** 百万 → 1,000,000; 两千 → 2000; null when it is no plain round figure. */
function chineseRound(text: string): number | null {
  const digit = '一二三四五六七八九'.indexOf(text[0] ?? '') + 1 || ('两' === text[0] ? 2 : 0);
  let value = digit || 1;
  for (const ch of digit ? text.slice(1) : text) {
    const place = CHINESE_PLACES[ch];
    if (!place) return null;
    value *= place;
  }
  return value;
}

/** "十三" and "四" → 13.4; null when the whole part is no number chineseNumberToInt reads. */
function chinesePercent(whole: string, decimals: string | undefined): number | null {
  const int = chineseNumberToInt(whole);
  if (int === null) return null;
  if (!decimals) return int;
  return Number(`${int}.${[...decimals].map((d) => DECIMAL_DIGITS.indexOf(d === '〇' ? '零' : d)).join('')}`);
}

/** "居全省第4位", "排咸阳第一", "列宜春第2": a rank and where it ranks (longest verbs first, in the lexicon). */
const RANK = lexiconPattern('fact.rank', 'g');

/**
 * "限上消费品零售总额增长15.9%、全省第四": a rank with no verb, right after a figure and 、, after the growth or
 * total it ranks (增速全省第一), or after a streak (连续8年全国第一) — ending its clause, so 全国第一批/第一个 (the
 * first of something) is none.
 */
const LISTED_RANK = new RegExp(
  `(?<=[、，,]|${LEXICON.patterns['fact.rankedMeasure']}|${LEXICON.patterns['fact.streak']})(全国|全省|全市|全区)第([一二三四五六七八九十\\d]{1,3})(位|名)?(?=[，,。；;、）)]|$)`,
  'gu',
);

/** "12345热线办件满意率赣州第一": a rank with no verb right after a rate's name (the lexicon's fact.rankAfterRate). */
const RANK_AFTER_RATE = lexiconPattern('fact.rankAfterRate', 'g');

/** A rank written without 第 after a ranking verb: "排名西部百强县79位" (but "前10位" is a top ten, not a rank). */
const BARE_RANK = lexiconPattern('fact.bareRank', 'g');

/** "在“世界500强”排名由369位上升到235位": the rank reached, where it ranks written before 排名. */
const MOVED_RANK = lexiconPattern('fact.movedRank', 'g');
/** 分别: a list of subjects paired with a list of values one to one (the lexicon's fact.respectively). */
const RESPECTIVELY = lexiconPattern('fact.respectively');
/** What a sentence opens by saying it is about (在工业农业总产值方面：): the lexicon's fact.headingFrame. */
const HEADING_FRAME = lexiconPattern('fact.headingFrame');
/** 而且, 并且 opening a clause: it says more of the subject before (the lexicon's fact.addsToBefore). */
const ADDS_TO_BEFORE = lexiconPattern('fact.addsToBefore');
/** A clause opening with the verb of a share (占本年支出的…): the lexicon's fact.shareOpens. */
const SHARE_OPENS = lexiconPattern('fact.shareOpens');

/**
 * The clause before the one a value stands in, when it names a quantity (…的支出, …投资) and states no figure of its
 * own: what a share opening with 占 is of. None otherwise.
 */
function shareHolder(sentence: string, at: number, values: readonly RawValue[]): string {
  const marks = (upTo: number) => Math.max(...[...'，,；;：:'].map((c) => sentence.lastIndexOf(c, upTo - 1)));
  const clauseStart = marks(at);
  if (clauseStart < 0) return '';
  const from = marks(clauseStart) + 1;
  // (its year is when, no part of what it is: １９５５年国家决算用于…的支出)
  const before = sentence
    .slice(from, clauseStart)
    .replace(new RegExp(`^\\s*${YEAR_OF_FIGURE}`, 'u'), '')
    .trim();
  const statesFigure = values.some((v) => v.start >= from && v.start < clauseStart);
  return !statesFigure && LEXICON.quantityNouns.words.some((w) => before.endsWith(w)) ? before : '';
}

/** 而 bringing in another subject between two figures (the lexicon's fact.contrastOpens). */
const CONTRAST_OPENS = lexiconPattern('fact.contrastOpens');
/** A modal right after a year compared with (比1956年将增长), no subject: the lexicon's fact.modalAfterComparison. */
const MODAL_AFTER_COMPARISON = lexiconPattern('fact.modalAfterComparison');

/** Words that only say which measure is ranked (增速, 总量和增速均为): no subject of their own. */
const MEASURE_WORDS_ONLY = new RegExp(
  `^(?:${LEXICON.patterns['fact.rankedMeasure']}|${LEXICON.patterns['fact.rankedMeasureJoiner']})+$`,
  'u',
);

/** "连续8年": how many years running, written before a rank. */
const STREAK = new RegExp(`${LEXICON.patterns['fact.streak']}$`, 'u');

/** "从全国第15位升至第5位": the rank reached, from the rank before; where it ranks written after 从. */
const FROM_RANK = lexiconPattern('fact.fromRank', 'g');

const DELIMITER = /[，,；;：:、（(）)]/u;
const FILLER_START = lexiconPattern('fact.fillerStart');
/** How a figure was adjusted (扣除留抵退税因素后), opening or ending a clause: no part of its subject. */
const ADJUSTED = lexiconPattern('fact.adjustment').source;
const ADJUSTMENT = new RegExp(`^(?:${ADJUSTED})|(?:${ADJUSTED})$`, 'gu');
/** A clause that is only how its figure was adjusted (考虑价格下降因素): no subject of its own. */
const ADJUSTMENT_ONLY = new RegExp(`^(?:${ADJUSTED})$`, 'u');
/** The verbs (and the adverbs before them) between a subject and its value: no part of the subject (the lexicon's). */
const TRAILING_VERB = new RegExp(`(?:${LEXICON.patterns['fact.trailingVerb']})+了?$`, 'u');
/** A clause restating the one before (，即平均每年递增…): the lexicon's fact.restatement. */
const RESTATEMENT = lexiconPattern('fact.restatement');
/** The word opening a restatement (即, 也就是说), what follows it being the verb's: the lexicon's fact.restatementWord. */
const RESTATEMENT_WORD = lexiconPattern('fact.restatementWord');
/** A subject only saying what a figure is per (平均每人): the lexicon's fact.perOnly. */
const PER_ONLY = lexiconPattern('fact.perOnly');
/** A modal between a subject and its verb (周转量将达到): the lexicon's fact.modalEnd. */
const MODAL_END = lexiconPattern('fact.modalEnd');
const GROWTH_VERB = lexiconPattern('fact.growthVerb');
/** The year a figure is compared with, at the end of a clause (比上年, 比１９５４年, 将比一九五七年): the lexicon's. */
const COMPARED_THEN_MODAL = new RegExp(`(${LEXICON.patterns['fact.comparedWith']})(?:将|要|可|也)$`, 'u');
const COMPARED_AT_END = new RegExp(`${LEXICON.patterns['fact.comparedWith']}$`, 'u');
/** A comparison that continues the subject of the clause before (the lexicon's fact.comparisonContinues). */
const COMPARISON_CONTINUES = lexiconPattern('fact.comparisonContinues');
/** A comparison with the year before (比上一年, 较去年同期): the lexicon's fact.comparedWithYearBefore. */
const COMPARED_WITH_YEAR_BEFORE = lexiconPattern('fact.comparedWithYearBefore');
const FALL_VERB = new RegExp(`${LEXICON.patterns['fact.fallVerb']}|降幅`, 'u');
const SCOPE = lexiconPattern('fact.scope');
const FORECAST = lexiconPattern('fact.forecast');

function sentencesOf(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if ('。；;！？!?'.includes(text[i] ?? '') || i === text.length - 1) {
      const raw = text.slice(start, i + 1);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) out.push({ text: raw.trim(), at: start + lead });
      start = i + 1;
    }
  }
  return out;
}

/** The words a sentence says what will be with (要, 将, 力争, 争取): the lexicon's period.futureModal. */
const FUTURE_WORDS = lexiconPattern('period.futureModal');

/** The value's own clause opens with the words of a plan (要把…控制在, 计划…, 目标是…). */
const PLAN_CLAUSE = lexiconPattern('fact.planClause');

/** A subject ending in a relative clause's 的 (向全市人民承诺的15件实事): the count counts the noun after it. */
const RELATIVE_END = new RegExp(`(?:${LEXICON.patterns['fact.relativeMarker']})$`, 'u');

/** "继续重点支持100家民营企业": a subject ending in a verb counts the noun after the number. */
function endsInVerb(core: string): boolean {
  return /^v/u.test(segmenter().tag(core).at(-1)?.tag ?? '');
}

/** A sentence opening with a part of the year (前三季度, 上半年, 1-9月, 一季度). */
const PART_OF_YEAR = new RegExp(
  // The lexicon's parts of a year, and months counted from January (前9个月, 1-9月).
  `^\\s*(?:${alternatives(LEXICON.periodOpenings.partOfYear)}|${LEXICON.patterns['period.monthsOfYear']})`,
  'u',
);

/** What follows a year's 年 when the words are not that year's (以来, 上半年, 代): the lexicon's period.afterYearNotIt. */
const AFTER_YEAR_NOT_IT = LEXICON.patterns['period.afterYearNotIt'];
const THIS_YEAR_OPENING = new RegExp(`^\\s*今年(?!${AFTER_YEAR_NOT_IT})`, 'u');

/** The words of a value's own clause before it: back to the last comma, semicolon or colon. */
function ownClauseBefore(sentence: string, valueStart: number): string {
  const before = sentence.slice(0, valueStart);
  return before.slice(Math.max(...[...'，,；;：:'].map((c) => before.lastIndexOf(c))) + 1);
}

/**
 * The value's own clause opens with 今年 (not 今年以来, 今年上半年): it speaks of this year's plan. So does a
 * sentence opening with the report's own year that says what it will be (国务院 1957: "1957年的工业总产值比
 * 1956年将增长百分之四点五，达到六百零三亿元").
 */
function opensWithThisYear(sentence: string, valueStart: number, reportYear: number): boolean {
  const before = sentence.slice(0, valueStart);
  const clause = ownClauseBefore(sentence, valueStart);
  if (THIS_YEAR_OPENING.test(clause)) return true;
  const own = new RegExp(`^\\s*(?:${reportYear}|${yearInNumerals(reportYear)})年(?!${AFTER_YEAR_NOT_IT})`, 'u');
  return own.test(sentence) && /将|要|拟|计划/u.test(before);
}

/**
 * A value's own clause dates it by the year the report reviews (农业总产值一九八一年比一九八○年增长百分之五点七 in the
 * 1982 report), with no word of a plan or an estimate in it: that year's result, whatever a later clause of the
 * sentence estimates (，一九八二年预计…) or the paragraph plans.
 */
function datedByYearReviewed(sentence: string, valueStart: number, reportYear: number): boolean {
  const clause = ownClauseBefore(sentence, valueStart).replace(COMPARED_ANYWHERE, '');
  const year = new RegExp(`(?:${reportYear - 1}|${yearInNumerals(reportYear - 1)})年(?!${AFTER_YEAR_NOT_IT})`, 'u');
  return (
    year.test(foldWidth(clause)) && !FORECAST.test(clause) && !FUTURE_WORDS.test(clause) && !PLAN_CLAUSE.test(clause)
  );
}

/**
 * A value's own clause compares the year the report reviews with the year before it (一九七八年又比一九七七年增长…
 * in a review of 1977 and 1978): the figure is that one year's change, not the years'.
 */
function comparedWithYearBefore(sentence: string, valueStart: number, reportYear: number): boolean {
  const clause = ownClauseBefore(sentence, valueStart);
  const compared = [...foldWidth(yearsInFigures(clause)).matchAll(COMPARED_ANYWHERE)].at(-1)?.[0];
  return compared?.includes(`${reportYear - 2}年`) ?? false;
}

/**
 * A plan's figure compared with a year inside the plan (工业总产值要在一九五四年的基数上增长百分之二十九 in the plan for
 * 1953–1957): a growth over the years after it, to the plan's end — the year compared with is the value's own clause's.
 */
function yearsAfterBase(sentence: string, valueStart: number, period: Period): Period | null {
  if (period.kind !== 'multi-year-plan') return null;
  const clause = ownClauseBefore(sentence, valueStart);
  const compared = [...clause.matchAll(COMPARED_ANYWHERE)].at(-1)?.[0];
  const base = compared ? /((?:19|20)\d{2})年/u.exec(yearsInFigures(foldWidth(compared)))?.[1] : undefined;
  const year = base === undefined ? null : Number(base);
  return year !== null && year >= period.from && year < period.to ? { ...period, from: year + 1 } : null;
}

/**
 * In a review of several years, a figure reached in the last of them, its year written between the verb of the change
 * and it (…即从一九五五年的三千四百九十六亿斤，增加到了一九五九年的五千四百零一亿斤): that year's level too.
 */
function reachedInLastYear(sentence: string, valueStart: number, period: Period): boolean {
  if (period.kind !== 'multi-year-review') return false;
  const reached = REACHED_IN_YEAR.exec(sentence.slice(Math.max(0, valueStart - 16), valueStart));
  return reached !== null && yearsInFigures(foldWidth(reached[1]!)).startsWith(`${period.to}年`);
}
const REACHED_IN_YEAR = new RegExp(`(?:${LEXICON.patterns['fact.changeTo']})了?\\s*(${YEAR_OF_FIGURE})的\\s*$`, 'u');

/** The words after which a five-year review's figures are the five years' (比, 年均, 累计: the lexicon's). */
const SPAN_WORDS = lexiconPattern('fact.spanWords');

/**
 * In a five-year review, a sentence opening with the last year ("2015年城镇常住居民人均可支配收入完成30788元，比
 * 2010年增加13480元，年均递增12.2%"): an amount before any comparison or yearly average is that year's level;
 * what follows the comparison is the five years'.
 */
function opensWithLastYearsLevel(sentence: string, valueStart: number, period: Period, reportYear: number): boolean {
  if (period.kind !== 'multi-year-review' || period.to !== reportYear - 1) return false;
  const before = foldWidth(sentence.slice(0, valueStart));
  return before.startsWith(`${reportYear - 1}年`) && !SPAN_WORDS.test(before);
}

function restatesPlan(sentence: string, valueStart: number): boolean {
  // (a figure inside brackets explains the clause they open in: 目标统筹建设2000万平方米(新建1000万平方米,改扩建、
  // 提升1000万平方米) — every figure in them restates that goal)
  const before = sentence.slice(0, valueStart);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const inBrackets = open > Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  return PLAN_CLAUSE.test(before) || (inBrackets && PLAN_CLAUSE.test(sentence.slice(0, open)));
}

/** The comparison base anywhere in a sentence (比一九五七年的预计数): its 预计 makes no forecast of the figure. */
const COMPARED_ANYWHERE = new RegExp(LEXICON.patterns['fact.comparedWith'], 'gu');

/** Where a change started, with when (由今年预计的３％…): its 预计 makes no forecast of the figure either. */
const STARTED_WHEN_OPENING = new RegExp(
  `(?:${LEXICON.patterns['fact.startedFrom']})(?:${LEXICON.patterns['fact.startedWhen']})的?`,
  'gu',
);

function stanceOf(period: Period, sentence: string): Stance | null {
  if (FORECAST.test(sentence.replace(COMPARED_ANYWHERE, '').replace(STARTED_WHEN_OPENING, ''))) return 'forecast';
  if (period.kind === 'review' || period.kind === 'multi-year-review') return 'result';
  if (period.kind === 'year-plan') return 'target';
  if (period.kind === 'multi-year-plan') return 'plan';
  return null;
}

interface Segment {
  /** The subject as written before the value, fillers and verbs taken off; '' when the clause has none. */
  core: string;
  /** The verb right before the value. */
  verb: string;
  respectively: boolean;
  /** 均 before the verb: the one value is each listed subject's (A、B均增长8%). */
  each: boolean;
  /**
   * Words that name nothing, taken off as a subject — a clause only saying where a change started (由３５个增加到), a
   * modal left alone (将) — kept as written: the label when nothing else names the figure.
   */
  fallback?: string;
}

const LIST_DELIMITER = /[，,；;：:（(）)]/u;

/**
 * The clause text before a value: back to a delimiter or to the end of the value before it. A 分别
 * clause reaches back over 、, which joins its subjects: "财政总收入、一般公共预算收入分别达到…".
 */
/** A Latin abbreviation in brackets right before a value ("外商直接投资(FDI)4439万美元"): the subject stands before it. */
const ABBREVIATION_BEFORE = /[(（][A-Za-z][A-Za-z0-9&.\s-]{0,11}[)）]\s*$/u;

/** When a starting figure was, written before it (上年, 现在: the lexicon's fact.startedWhen). */
const STARTED_WHEN = LEXICON.patterns['fact.startedWhen'];
/** 由, 从: where a change started (the lexicon's fact.startedFrom). */
const STARTED_FROM = LEXICON.patterns['fact.startedFrom'];
const STARTED_FROM_AT_END = new RegExp(`(?:${STARTED_FROM})$`, 'u');
/** 从/由 opening a starting figure, in figures or numerals, or its year (由一九五七年的五百三十五万吨), a bound before it too (从不足60%). */
const STARTING_FIGURE = new RegExp(
  `^(.*?)(?:${STARTED_FROM})\\s*(?:(?:${STARTED_WHEN})的?)?(?:${LEXICON.patterns['fact.turnedState']})?(?:${alternatives(LEXICON.qualifiers.before)})?(?:[\\d０-９]|[零〇○一二两三四五六七八九十百千万亿]{2,}(?:年|${alternatives(UNIT_LIST)}))`,
  'u',
);
/** The adverbs a verb is read without (分别, 同比, 力争…; not 年均 or 累计, which say what the figure is) and its 了. */
const VERB_NOISE = new RegExp(`^(?:${LEXICON.patterns['fact.verbNoise']})+|了$`, 'gu');
/** A yearly average opening a verb (年均增长, 平均每年增长): the lexicon's fact.yearlyAverage. */
const YEARLY_AVERAGE_OPENING = new RegExp(`^(?:${LEXICON.patterns['fact.yearlyAverage']})`, 'u');
/** 均 ending a subject (not 人均, 户均, 年均, 日均: averages): the lexicon's fact.eachAtEnd. */
const EACH_AT_END = lexiconPattern('fact.eachAtEnd');
/** An adverb ending a subject before a bound (总量首次突破): the lexicon's fact.adverbAtEnd. */
const ADVERB_AT_END = lexiconPattern('fact.adverbAtEnd');
/** Everything up to a main-target list's intro (the lexicon's targets.intro). */
const AFTER_TARGETS_INTRO = new RegExp(`^.*(?:${LEXICON.patterns['targets.intro']})`, 'u');
/** A year a clause dates its figure by: 在一九五二年, 到1958年就, 2023年底. */
const TIME_PHRASE = new RegExp(LEXICON.patterns['fact.datedBy'], 'gu');

/** A colon between two figures (22.2：46.4) is a ratio's, no clause's end. */
function inRatio(sentence: string, at: number): boolean {
  return (
    /[:：∶]/u.test(sentence[at] ?? '') &&
    /\d\s*$/u.test(sentence.slice(0, at)) &&
    /^\s*\d/u.test(sentence.slice(at + 1))
  );
}

/** A comma grouping a number's thousands (９，０００万元, 9,000万元): part of the figure, no clause mark. */
function inNumber(sentence: string, at: number): boolean {
  return (
    /[，,]/u.test(sentence[at] ?? '') &&
    /[\d０-９]$/u.test(sentence.slice(0, at)) &&
    /^[\d０-９]{3}(?![\d０-９])/u.test(sentence.slice(at + 1))
  );
}

/** A mark that is no clause mark where it stands: a ratio's colon, a number's thousands comma. */
function insideFigure(sentence: string, at: number): boolean {
  return inRatio(sentence, at) || inNumber(sentence, at);
}

function segmentBefore(sentence: string, at: number, floor: number, list = false): Segment {
  const abbreviation = ABBREVIATION_BEFORE.exec(sentence.slice(floor, at));
  const end = abbreviation ? floor + abbreviation.index : at;
  let start = end;
  // A gloss in brackets right before the value (新增国家级生态镇(街道)34个) is part of what it names: the subject
  // is read from before the bracket.
  if (/[)）]/u.test(sentence[end - 1] ?? '')) {
    const open = Math.max(sentence.lastIndexOf('(', end - 1), sentence.lastIndexOf('（', end - 1));
    if (open > floor) start = open;
  }
  while (start > floor && !(DELIMITER.test(sentence[start - 1] ?? '') && !insideFigure(sentence, start - 1)))
    start -= 1;
  if (list || RESPECTIVELY.test(sentence.slice(start, end))) {
    while (start > floor && !(LIST_DELIMITER.test(sentence[start - 1] ?? '') && !insideFigure(sentence, start - 1)))
      start -= 1;
  }
  // "招生人数由一九八二年的三十一万五千人，增加到一九八七年的…": a clause that is only the change to, and when, names
  // nothing: its subject stands before the starting figure, in the clause before.
  if (start - 1 > floor && CHANGE_TO.test(sentence.slice(start, end).trim())) {
    let before = start - 1;
    // (…a list of subjects and all: 粮、经、饲比例由上年的76.7：22.0：1.3，调整为…)
    while (before > floor && !(LIST_DELIMITER.test(sentence[before - 1] ?? '') && !insideFigure(sentence, before - 1)))
      before -= 1;
    if (STARTING_FIGURE.test(sentence.slice(before, start - 1))) start = before;
  }
  const raw = sentence.slice(start, end).trim();
  const respectively = RESPECTIVELY.test(raw);
  const verbMatch = TRAILING_VERB.exec(raw);
  let each = verbMatch?.[0].startsWith('均') ?? false;
  let verb = verbMatch ? verbMatch[0].replace(VERB_NOISE, '') : '';
  // "地区生产总值从2315.5亿元增加到3517.1亿元": 从/由 opens the range, it is not part of the subject.
  let core = (verbMatch ? raw.slice(0, verbMatch.index) : raw).replace(STARTED_FROM_AT_END, '');
  // (…a modal before the verb is no part of it either, when a subject stands before it)
  // (three characters at least: 而且将 keeps its modal, which says what the clause before it is)
  if (verbMatch && /\p{Script=Han}{3}$/u.test(core.replace(MODAL_END, ''))) core = core.replace(MODAL_END, '');
  // "…生产总值由420.51亿元增加到637.80亿元": the starting value (left out) stands between subject and verb.
  // (…but a state turned from, 由上年亏损9，000万元转为盈利, is read below: the state it turned into names it)
  const opened = TURNED_FROM_CLAUSE.test(core) ? null : STARTING_FIGURE.exec(core);
  // (a clause opening on the start, 机制纸：从三十七万吨增加到…, names nothing: its subject is found as a missing one is)
  const started = opened && !opened[1] ? core : undefined;
  if (opened) core = opened[1]!;
  // "由上年亏损9，000万元转为盈利3亿多元": a clause opening on the state turned from names the figure by the state
  // it turned into (盈利); its subject stands in the clause before.
  const turned = TURNED_FROM_CLAUSE.exec(core);
  if (turned) core = turned[1]!;

  // "非化石能源发电量、用电量占比均超过30%", "…均居全省第一": 均 right before a bound or a rank's verb.
  core = core.replace(ADVERB_AT_END, '');
  const eachAtEnd = EACH_AT_END.exec(core);
  if (eachAtEnd) {
    core = core.slice(0, eachAtEnd.index);
    each = true;
  }
  // "…103条政策措施和66条接续政策": a clause ending in 和 belongs to the value before; this one's noun follows.
  // (…not a verb ending in 及 after its subject: 育儿补贴惠及60万人 is the subsidy's; 惠及 alone names none)
  const lastWord = /[和及与]$/u.test(core) ? segmenter().tag(core).at(-1) : undefined;
  if (lastWord && (lastWord.word.length === 1 || lastWord.tag === 'c' || lastWord.word === core)) core = '';
  // "邮电业务总量比１９５４年增长了１３％": the year compared with is no part of the subject. A clause that is only
  // the comparison keeps it ("…，比上年降低了100万吨": its subject is not the one before), except one with a
  // year in numerals ("将比一九五七年增长百分之十八"), which continues the subject of the clause before.
  // (a modal after the year compared with is the comparison's too: 比1956年将增长.)
  core = core.replace(COMPARED_THEN_MODAL, '$1');
  const compared = core.replace(COMPARED_AT_END, '').trim();
  // (…and so does one compared with the year before — 为三千九百二十亿斤，比上一年增加二百二十亿斤 — where no 而
  // brings in another subject; a year further back, 比2000年增加290亿元, is no change of the year and stays)
  if (COMPARED_WITH_YEAR_BEFORE.test(core)) core = '';
  // (…and a modal before the comparison is no part of the subject either: 工业总产值要在一九五四年的基数上增长…)
  else if (compared && !MODAL_AFTER_COMPARISON.test(compared))
    core =
      compared !== core && /\p{Script=Han}{3}$/u.test(compared.replace(MODAL_END, ''))
        ? compared.replace(MODAL_END, '')
        : compared;
  // (…and so does one compared with a plan's last year: 2010年全市生产总值完成2050.3亿元，比"十五"末增长74%)
  else if (COMPARISON_CONTINUES.test(core)) core = '';
  // (…and one only restating the clause before: ，即平均每年递增百分之十四点七 — a yearly average after its 即, 即每年,
  // is the verb's: 每年递增)
  if (RESTATEMENT.test(core)) {
    verb = `${core.replace(RESTATEMENT_WORD, '')}${verb}`;
    core = '';
  }
  // "钢产量在一九五二年是…，到一九五八年就增加到…": when a figure is for is no part of what it is of (a year
  // compared with, 比１９５４年, is read above).
  core = core
    // (the intro of a list of targets is no part of its first subject: …主要预期目标是国内生产总值增长10%)
    .replace(AFTER_TARGETS_INTRO, '')
    .replace(TIME_PHRASE, '')
    .replace(ADJUSTMENT, '')
    .replace(FILLER_START, '')
    .replace(/[“”"‘’]/gu, '')
    .trim();
  // (…nor does one only saying what it is per, 农民的纯收入，全国平均每人达到三百五十五元: the clause before names it)
  if (PER_ONLY.test(core)) core = '';
  // (a modal left alone after 而且, 而且将比上年增长３％以上 → 将, names nothing: the clause before it, which it adds to, does)
  const modal = MODAL_AFTER_COMPARISON.test(core) && ADDS_TO_BEFORE.test(raw) ? core : undefined;
  if (modal) core = '';
  const fallback = started ?? modal;
  return { core, verb, respectively, each, ...(fallback ? { fallback } : {}) };
}

/**
 * The segment before a value whose clause opens right after an aside holding a figure of its own
 * ("116个市级重点项目(含17个省郴重点项目)完成年度投资额131.53亿元"): read as if the aside were not there, back to the
 * value before it — the subject stands before the aside, not inside it.
 */
function segmentPastAside(sentence: string, values: readonly RawValue[], v: RawValue, floor: number): Segment {
  const close = /^[^（(）)]*[)）]/u.exec(sentence.slice(floor, v.start));
  const open = close ? Math.max(sentence.lastIndexOf('(', floor), sentence.lastIndexOf('（', floor)) : -1;
  if (!close || open < 0) return segmentBefore(sentence, v.start, floor);
  const end = floor + close[0].length;
  const stitched = sentence.slice(0, open) + sentence.slice(end);
  const before = values.filter((x) => x.end <= open).at(-1)?.end ?? 0;
  return segmentBefore(stitched, v.start - (end - open), before);
}

/** The people a count in ten thousands with no unit counts, right after it: the lexicon's fact.peopleCounted. */
const PEOPLE_COUNTED_AFTER = new RegExp(
  `^(?:${LEXICON.patterns['fact.ageBound']})?(?:${LEXICON.patterns['fact.peopleCounted']})`,
  'u',
);

/** A noun right after a count: "新建6个乡村振兴示范点" counts 乡村振兴示范点; a code inside it (5G工厂) is part of it. */
/**
 * Where a noun after a count ends: a mark, the lexicon's joiners of a list (、和与及), the 等 closing a list of
 * examples, or a relative marker (的).
 */
const NOUN_END = `[，,。；;）)]|$|${LEXICON.patterns['fact.listJoiner']}|${LEXICON.patterns['fact.listOfExamples'].replace(/\$$/u, '')}|${LEXICON.patterns['fact.relativeMarker']}`;
// (digits before Latin letters, 5G, or a ranking list's, 中国企业500强, are part of the noun: the lexicon's fact.digitsInName)
// (an age bound opening it, 65岁以上老年人, is part of it: the lexicon's fact.ageBound)
const NOUN_AFTER = new RegExp(
  `^(?:${LEXICON.patterns['fact.ageBound']})?(?:[\\p{Script=Han}“”A-Za-z+]|\\d(?=[A-Za-z])|${LEXICON.patterns['fact.digitsInName']}){2,24}?(?=${NOUN_END})`,
  'u',
);

/**
 * A noun of one or two characters with a gloss in brackets right after a count (18个县(市)推行了…, 乡（镇）): the noun as
 * written (a longer one, 有条件的县（市）, is read as any other).
 */
export const GLOSSED_NOUN = /^\p{Script=Han}{1,2}[（(]\p{Script=Han}{1,4}[）)]/u;

/**
 * The noun a count at `values[k]` counts ("新建6个乡村振兴示范点"). In a list of counts that share what
 * follows the last ("年内9家钢铁企业、3家焦化企业成功创A"), an item cut short by 、 takes that shared
 * predicate from its neighbour after the head noun they both have: 钢铁企业成功创A, as 焦化企业成功创A.
 */
function countedNoun(sentence: string, values: readonly RawValue[], k: number): string {
  const v = values[k];
  const m = v ? (GLOSSED_NOUN.exec(sentence.slice(v.end)) ?? NOUN_AFTER.exec(sentence.slice(v.end))) : null;
  if (v && !m) return COUNTING_UNITS.has(v.unit ?? '') ? nounBeforeVerb(sentence.slice(v.end)) : '';
  if (!v || !m) return '';
  const end = v.end + m[0].length;
  const described = COUNTING_UNITS.has(v.unit ?? '') ? withHeadAfterRelative(m[0], sentence.slice(end)) : m[0];
  const noun = described.replace(/[“”]/gu, '');
  const next = values[k + 1];
  if (!next || next.rank || next.unit !== v.unit || sentence.slice(end, next.start) !== '、') return noun;
  const last = countedNoun(sentence, values, k + 1);
  const shared = withSharedTail(noun, last);
  return shared !== noun ? shared : withTailAfterSameKind(noun, last);
}

/**
 * "12所小学、8所初中国家义务教育质量监测工作": a counted noun of one word beside the next item's, which opens on a word
 * of the same kind (小学, 初中), shares all that follows that word (小学国家义务教育质量监测工作).
 */
function withTailAfterSameKind(noun: string, last: string): string {
  const own = segmenter().tag(noun);
  const [first, ...rest] = segmenter().tag(last);
  // (jieba may tag the second a place word, 初中 'f': a noun or one of those, as long as the first)
  const alike =
    first !== undefined &&
    own.length === 1 &&
    /^n/u.test(own[0]!.tag) &&
    (first.tag === own[0]!.tag || (/^[nf]/u.test(first.tag) && first.word.length === noun.length));
  if (!alike || first.word === noun) return noun;
  const tail = rest.map((w) => w.word).join('');
  return /\p{Script=Han}{2}/u.test(tail) ? `${noun}${tail}` : noun;
}

/** The head noun right after a relative marker (县 of 有条件的县（市）), up to what ends a noun after a count. */
const HEAD_AFTER_MARKER = new RegExp(
  `^(?:${LEXICON.patterns['fact.relativeMarker']})(\\p{Script=Han}{1,8}?)(?=[（(]|${NOUN_END})`,
  'u',
);

/**
 * "支持巩义、永城、林州等10个有条件的县（市）发展成为中等城市": words after a count that end in a relative marker
 * and are no noun themselves (有条件) only describe what is counted, the noun after the marker (有条件的县); a
 * noun there (5个县的粮食产量) is itself what is counted.
 */
function withHeadAfterRelative(words: string, rest: string): string {
  const head = HEAD_AFTER_MARKER.exec(rest)?.[1];
  if (!head) return words;
  // (what describes: a verb, an adjective or a bound ending the words — 单独统筹, 超百亿元, 投资亿元以上 — or 有 and
  // what is had, 有条件; the head a thing, not what is done to it: 电气化村的建设任务 counts 村, 背街巷道的综合改造 巷道)
  const tagged = segmenter().tag(words);
  const last = tagged.at(-1);
  const describes =
    (last !== undefined && /^(?:v|a|d|f|m)$/u.test(last.tag)) ||
    (tagged.length === 2 && tagged[0]!.tag === 'v' && tagged[0]!.word.length === 1);
  const headTags = segmenter().tag(head);
  if (!describes || headTags.some((t) => /^(?:v|m|q)/u.test(t.tag))) return words;
  return `${words}${rest.slice(0, rest.indexOf(head) + head.length)}`;
}

/**
 * "完成1.8万户、189万平方米棚改任务": figures in other units listed with 、 share the noun after the last of them —
 * what each of them measures. Empty when the list ends in no noun.
 */
function listTailNoun(sentence: string, values: readonly RawValue[], k: number): string {
  let last = k;
  while (
    values[last + 1] &&
    !values[last + 1]!.rank &&
    sentence.slice(values[last]!.end, values[last + 1]!.start) === '、'
  )
    last += 1;
  if (last === k) return '';
  return (NOUN_AFTER.exec(sentence.slice(values[last]!.end))?.[0] ?? '').replace(/[“”]/gu, '');
}

/**
 * "107个重点项目完成投资110.7亿元": the nouns right after a count, up to the verb they are the subject of, when
 * the clause goes on to a figure of their own, are what it counts — three characters at least, or the verb may
 * have cut a name (产业集聚区入住…). Anything else (6项环境空气质量监测指标达到…) is left unread.
 */
function nounBeforeVerb(after: string): string {
  // (an aside in brackets — 含17个省郴重点项目 — is no part of the clause)
  const clause = after.replace(/[（(][^（(）)]*[）)]/gu, '').split(/[，,。；;、（(）)]/u)[0] ?? '';
  if (!/\d/u.test(clause)) return '';
  let noun = '';
  for (const { word, tag } of segmenter().tag(clause)) {
    // (a verbal noun is a noun here: 企业工程技术研究中心)
    if ((tag.startsWith('n') || tag === 'vn') && /^\p{Script=Han}+$/u.test(word)) noun += word;
    else return tag === 'v' && noun.length >= 3 ? noun : '';
  }
  return '';
}

/**
 * "全年实施招商引资项目124个，总投资404亿元": a quantity named alone (总投资) right after a count of things in the
 * same sentence is those things' (招商引资项目总投资).
 */
function ofThingsCounted(label: string, previous: Fact | undefined, sentence: string): string {
  if (!previous || simplifiedReading(previous.sentence) !== sentence || previous.measure !== 'count') return label;
  if (!QUANTITY_NOUN_ONLY.test(label) || label.length > 3 || previous.label.endsWith(label)) return label;
  // (…without the increment the count was of: 新增省级现代农业产业园5个,总量达19个 — the total is of all of them)
  const things = TOTAL_NOUN.test(label) ? previous.label.replace(INCREMENT_OPENING, '') : previous.label;
  return `${things}${label}`;
}

/** A quantity named as all there is (总量, 总数): the lexicon's ask.totalAsked. */
const TOTAL_NOUN = lexiconPattern('ask.totalAsked');

/** The words naming money spent on what follows a figure and its 的 (投资3800万元的…): the lexicon's fact.moneyFor. */
const MONEY_FOR = lexiconPattern('fact.moneyFor', 'g');
/** 等 and what follows it, after a thing's name: the lexicon's fact.examplesFrom. */
const EXAMPLES_FROM = lexiconPattern('fact.examplesFrom');
/** What is said of a thing after its name (基本完工, 全面完成, 进展顺利): the lexicon's fact.saidOfThing. */
const SAID_OF_THING = new RegExp(`(?:${LEXICON.patterns['fact.saidOfThing']})\\p{Script=Han}*$`, 'u');
/** What a figure is of, written after it and its 的: up to a clause's mark, or the 、 before a next figure. */
const OF_WHAT_FOLLOWS = new RegExp(
  `^(?:${LEXICON.patterns['fact.relativeMarker']})((?:[^，,；;。、\\d０-９]|、(?![\\d０-９]))+)`,
  'u',
);

/**
 * "投资3500万元的二三级供水管网改造、3800万元的背街巷道改造…": an amount of money written before 的 and what it was
 * spent on is that thing's money (背街巷道改造投资), named by the clause's word for it.
 */
function ofWhatFollows(label: string, sentence: string, v: RawValue): string {
  if (!MONEY_UNITS.has(v.unit ?? '')) return label;
  // (…without what is said of it after: 等项目全面完成, 基本完工, 进展顺利)
  const written = OF_WHAT_FOLLOWS.exec(sentence.slice(v.end))?.[1]?.trim() ?? '';
  const thing = written.replace(EXAMPLES_FROM, '').replace(SAID_OF_THING, '');
  if (!/^\p{Script=Han}{2}/u.test(thing)) return label;
  const clause =
    sentence
      .slice(0, v.start)
      .split(/[，,；;。]/u)
      .at(-1) ?? '';
  const money = [...clause.matchAll(MONEY_FOR)].at(-1);
  // (…but not money saying which things a count counts: 引进1个投资超10亿元的工业项目 counts projects of that size)
  const counted = money !== undefined && COUNT_BEFORE.test(clause.slice(0, money.index));
  return money && !counted ? `${thing}${money[0]}` : label;
}

/**
 * "全年施工的更新改造项目七万四千个，全部建成的三万九千个": a count whose subject is only a clause ending in 的 counts
 * what the count before it in the sentence counts, its head noun after that one's 的 (全部建成的更新改造项目).
 */
/** A label that is only a clause ending in the lexicon's fact.relativeMarker (全部建成的), and the head after one. */
const RELATIVE_MARKER = LEXICON.patterns['fact.relativeMarker'];
const RELATIVE_CLAUSE_ONLY = new RegExp(`^\\p{Script=Han}{2,8}(?:${RELATIVE_MARKER})$`, 'u');
const HEAD_AFTER_RELATIVE = new RegExp(`(?:${RELATIVE_MARKER})(\\p{Script=Han}{2,12})$`, 'u');

function withElidedHead(label: string, previous: Fact | undefined, sentence: string, unit: string | null): string {
  if (
    !previous ||
    simplifiedReading(previous.sentence) !== sentence ||
    previous.unit !== unit ||
    !COUNTING_UNITS.has(unit ?? '')
  )
    return label;
  if (!RELATIVE_CLAUSE_ONLY.test(label)) return label;
  const after = HEAD_AFTER_RELATIVE.exec(previous.label)?.[1] ?? '';
  // (its noun without a verb or adverb that ends it: 限额以上建设单位共有 → 限额以上建设单位)
  const words = segmenter().tag(after);
  while (words.length > 0 && /^(?:v|d)/u.test(words.at(-1)!.tag) && words.at(-1)!.tag !== 'vn') words.pop();
  const head = words.map((w) => w.word).join('');
  return head.length >= 2 ? `${label}${head}` : label;
}

/**
 * "招商引资签约项目数与合同额": a last item that is only a quantity noun (合同额) is a quantity of what the first
 * item names before its own quantity noun (招商引资签约合同额).
 */
function withSharedLead(item: string, first: string): string {
  if (item === first || !QUANTITY_NOUN_ONLY.test(item)) return item;
  const words = segmenter().cut(first);
  const lead = words.slice(0, -1).join('');
  return lead.length >= 2 ? `${lead}${item}` : item;
}
const QUANTITY_NOUN_ONLY = new RegExp(`^\\p{Script=Han}{0,2}(?:${LEXICON.quantityNouns.words.join('|')})$`, 'u');

/**
 * An item of a list given the words its last item carries after the head noun both end on: 钢铁企业 with
 * 焦化企业成功创A → 钢铁企业成功创A; 基本养老保险 with 基本医疗保险户籍人员参保率 → 基本养老保险户籍人员参保率.
 * An item whose head the last one lacks keeps its own words (工业 beside 服务业增加值).
 */
function withSharedTail(item: string, last: string): string {
  const head = item.slice(-2);
  const at = head.length === 2 ? last.indexOf(head) : -1;
  // What 分别 introduces belongs to the values, not to the subjects (企业数、中小企业数分别是2015年的4.2倍).
  const shared = at >= 0 ? (last.slice(at + head.length).split(RESPECTIVELY)[0] ?? '') : '';
  return shared && !item.endsWith(shared) ? `${item}${shared}` : item;
}

/**
 * "对东盟、欧盟进出口": an item that is one name of the same kind as the last item's first word (东盟 and 欧盟,
 * 美国 and 日本: jieba tags them alike) shares what follows that word (对东盟进出口). A preposition before the
 * item (对, 向) is no part of the comparison.
 */
function withTailOfSameKind(item: string, last: string): string {
  const words = segmenter().tag(item);
  const name = words.at(-1);
  const lead = words.slice(0, -1);
  if (!name || lead.some((w) => w.tag !== 'p') || /^[vpdcu]/u.test(name.tag)) return item;
  if (LEXICON.quantityNouns.words.some((w) => item.endsWith(w))) return item;
  const [first, ...rest] = segmenter().tag(last);
  if (!first || first.tag !== name.tag || first.word === name.word) return item;
  // (the tail is the nouns after the name, up to a word of another kind: 高速公路投资分别比… shares 投资)
  const stop = rest.findIndex((w) => !/^(?:n|vn)/u.test(w.tag));
  const nouns = stop < 0 ? rest : rest.slice(0, stop);
  const tail = nouns.map((w) => w.word).join('');
  return !tail || item.endsWith(tail) ? item : `${item}${tail}`;
}

/**
 * "新建和改扩建村卫生室": an item that is a word of the same kind as the last item's first word (both
 * ending in 建: 新建, 改扩建) acts on what follows that word (新建村卫生室). jieba's tags are no guide
 * here (it tags 新建 a place name).
 */
function withSharedObject(item: string, last: string): string {
  const [first, ...rest] = segmenter().cut(last);
  if (!first || rest.length === 0 || item.length > 3 || first === item) return item;
  return first.at(-1) === item.at(-1) && segmenter().cut(item).length === 1 ? `${item}${rest.join('')}` : item;
}

/** A label that is only a plan compared with (超过年度计划, 未完成计划): the lexicon's verdict.met and verdict.fellShort. */
const VERDICT_ONLY = new RegExp(
  `^(?:${LEXICON.patterns['verdict.met']}|${LEXICON.patterns['verdict.fellShort']})$`,
  'u',
);

/** A clause only saying what a figure includes or how it is counted (包括…在内, 按…计算): the lexicon's fact.asideClause. */
const ASIDE_CLAUSE = lexiconPattern('fact.asideClause');

/** The lexicon's nouns of a quantity of two characters or more, longest first (业务量 before 量). */
/** A year opening a clause (一九五八年的, 2023年): when the figure is for, not what it is of. */
const OPENING_YEAR = /^(?:[\d０-９]{4}|[〇零一二三四五六七八九]{4})年(?:的)?/u;

/**
 * "一九五八年的基本建设总投资额，拟定为一百四十五亿…": a value whose clause holds only its verb continues the
 * clause before it, when that clause is a noun phrase ending in a quantity noun (总投资额) and holds no
 * figure of its own; its opening year is dropped. Null otherwise (在各方面努力下，达到… names no subject).
 */
function clauseNamingQuantity(sentence: string, valueStart: number, ratio = false): string | null {
  // (an aside in brackets is no clause: 工业总产值（不包括手工业产值，下同）)
  const clauses = sentence
    .slice(0, valueStart)
    .replace(/（[^（）]*）|\([^()]*\)/gu, '')
    .split(/[，,；;]/u);
  if (clauses.length < 2) return null;
  // (…nor is one only saying what the figure includes or how it is counted: 包括原有企业和新建企业的在内)
  // (…nor one only saying where a change started, 由上年的18.6：49：32.4: the clause before it names what changed)
  let k = clauses.length - 2;
  // (…nor one only saying how it was adjusted: 农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％)
  const noSubject = (clause: string) =>
    ASIDE_CLAUSE.test(clause) || STARTING_CLAUSE.test(clause) || ADJUSTMENT_ONLY.test(clause);
  while (k > 0 && noSubject(clauses[k]!.trim())) k -= 1;
  // (…and a clause naming what changed before where it started, 粮、经、饲比例由上年的76.7：22.0：1.3，调整为…, names it)
  const previous = clauses[k]!.trim().replace(OPENING_YEAR, '').replace(STARTING_TAIL, '');
  if (previous.length < 2 || previous.length > 24 || /[\d０-９]/u.test(previous)) return null;
  // (a ratio may name its parts: 粮、经、饲比例)
  if (ratio && /^\p{Script=Han}+(?:、\p{Script=Han}+)+$/u.test(previous) && RATIO_NAME_END.test(previous))
    return previous;
  if (!/^\p{Script=Han}+$/u.test(previous)) return null;
  if (LEXICON.quantityNouns.words.some((w) => previous.endsWith(w))) return previous;
  // (…or in a rate of growth named, 工农业总产值的增长速度，一九八一年计划为百分之三点七)
  if (GROWTH_NAMED_END.test(previous)) return previous;
  // (…and a structure or ratio said to have changed, 一二三次产业结构有所改善, is named without what is said of it,
  // when the figure is its ratio)
  const named = withoutPredicate(previous);
  if (ratio && RATIO_NAME_END.test(named)) return named;
  // (…and a noun phrase right before a clause only saying where a change started and where it got to, 组建城市合作银行
  // 的大中城市，由３５个增加到１００个, names what changed)
  const last = clauses.at(-1)!.trim();
  if (k === clauses.length - 2 && STARTING_CLAUSE.test(last) && /^n/u.test(segmenter().tag(previous).at(-1)?.tag ?? ''))
    return previous;
  // (…and one naming a quantity before what is said of it, 地区生产总值连跨两个万亿元台阶，年均增长5.7%)
  const quantity = QUANTITY_NOUN_IN.exec(previous)?.[0] ?? '';
  if (quantity.length >= 4 && !ratio) return quantity;
  // "服务业，增长10.7％": a sentence opening with a sector's name alone, its figure told after the comma. (only the
  // sentence's first clause, a noun of a few characters: 在各方面努力下 or 今年以来 is no subject)
  const topicOnly =
    clauses.length === 2 &&
    previous.length <= 6 &&
    segmenter()
      .tag(previous)
      .every((t) => /^n/u.test(t.tag));
  return topicOnly ? previous : null;
}

/** A clause ending in a rate of growth it names (…的增长速度): the lexicon's fact.growthNamed. */
const GROWTH_NAMED_END = new RegExp(`(?:${LEXICON.patterns['fact.growthNamed']})$`, 'u');

/** A text up to its last quantity noun (限上住宿业营业额 of 限上住宿业营业额扭负为正): where its subject ends. */
const QUANTITY_NOUN_IN = new RegExp(
  `^.*(?:${alternatives(LEXICON.quantityNouns.words.filter((w) => w.length >= 2))}|(?<=\\p{Script=Han})(?:${alternatives(LEXICON.quantityNouns.words.filter((w) => w.length === 1))}))`,
  'u',
);

/** A subject past a round figure with no unit (突破千亿): the lexicon's qualifiers before it, then the numeral. */
const ROUND_BOUND_END = new RegExp(`(?:${alternatives(BOUNDS_BEFORE)})[零一二两三四五六七八九十百千万亿]+$`, 'u');

/**
 * "制造业贷款余额突破千亿、增长78.9%", "限上住宿业营业额扭负为正、增长9.5%": a value right after 、 whose clause opens
 * with an item stating no figure of its own is that item's subject's — the item without the round figure it passed
 * (no figure read) or what is said of it — when that names a quantity.
 */
function itemBeforeMark(sentence: string, valueStart: number): string | null {
  const before = sentence.slice(0, valueStart);
  const mark = before.lastIndexOf('、');
  if (mark < 0 || !/^[^，,；;。、]{0,6}$/u.test(before.slice(mark + 1))) return null;
  const clauseStart = Math.max(...[...'，,；;。：:、'].map((c) => before.lastIndexOf(c, mark - 1))) + 1;
  const item = before.slice(clauseStart, mark);
  if (/[\d０-９]/u.test(item)) return null;
  const passed = item.replace(ROUND_BOUND_END, '');
  // (what is said of it follows the last quantity noun: 限上住宿业营业额 | 扭负为正)
  const named = QUANTITY_NOUN_IN.exec(item);
  const subject = passed !== item ? passed : (named?.[0] ?? '');
  return subject !== item && /^\p{Script=Han}{2,}$/u.test(subject) ? subject : null;
}

/** A clause only opening where a change started (由上年的18.6：49：32.4), its figure included. */
const STARTING_CLAUSE = new RegExp(`^(?:${STARTED_FROM})[^，,；;]*[\\d０-９]`, 'u');
/** Where a change started, ending a clause after what changed (…由上年的76.7：22.0：1.3). */
const STARTING_TAIL = new RegExp(`(?<=\\p{Script=Han})(?:${STARTED_FROM})[^，,；;]*[\\d０-９][^，,；;]*$`, 'u');
/** A name ending in a ratio's (产业结构, 比例): the lexicon's fact.ratioNamed. */
const RATIO_NAME_END = new RegExp(`(?:${LEXICON.patterns['fact.ratioNamed']})$`, 'u');

/** Words without the verbs, adverbs, adjectives and set phrases that end them (产业结构有所改善 → 产业结构). */
function withoutPredicate(words: string): string {
  const tagged = segmenter().tag(words);
  while (tagged.length > 1 && /^(?:v|d|a|l|i)$/u.test(tagged.at(-1)!.tag)) tagged.pop();
  return tagged.map((t) => t.word).join('');
}

const QUANTITY_NOUNS = LEXICON.quantityNouns.words.filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);

/** "快递、电信业务量分别增长16%、10.7%": an item naming no quantity takes the one the last item ends with (快递业务量). */
function withQuantityNoun(item: string, last: string): string {
  if (LEXICON.quantityNouns.words.some((w) => item.endsWith(w))) return item;
  const noun = QUANTITY_NOUNS.find((w) => last.endsWith(w) && last.length > w.length);
  // (an item ending as the noun does names its own quantity of that kind: 事故起数 beside 死亡人数)
  return noun && item.at(-1) !== noun.at(-1) ? `${item}${noun}` : item;
}

/**
 * "粮食种植面积稳定在600万亩以上、产量稳定在230万吨以上": a bare quantity noun after another subject of the
 * same sentence is that subject's thing — it takes its first word (粮食产量).
 */
/** "…将达到的年产能力如下：" opening a list: the quantity its items are figures of (the lexicon's fact.listIntro). */
const LIST_INTRO = lexiconPattern('fact.listIntro');

/**
 * "在一九五七年将达到的年产能力如下：抚顺矿务局所属煤矿为九百三十万吨，…": an item of a list its intro names the
 * quantity of is a figure of that quantity (抚顺矿务局所属煤矿年产能力) — when the intro ends with one.
 */
function withListHead(label: string, sentence: string, valueStart: number): string {
  const intro = LIST_INTRO.exec(sentence.slice(0, valueStart));
  const head = intro?.[1] ?? '';
  const quantity = LEXICON.quantityNouns.words.some((w) => head.endsWith(w)) || /能力$/u.test(head);
  // (an item naming a quantity of its own, 收入总数, is not the intro's)
  const ownQuantity = LEXICON.quantityNouns.words.some((w) => label.endsWith(w));
  return quantity && !ownQuantity && !label.includes(head) ? `${label}${head}` : label;
}

function withSharedHead(label: string, previous: string | undefined): string {
  if (!previous || !LEXICON.quantityNouns.words.includes(label)) return label;
  const first = segmenter().tag(previous)[0];
  const head = first?.word ?? '';
  // (a verb opening the subject before, 改善有效灌溉面积, is what was done to it, no thing the noun is of)
  return head.length >= 2 &&
    head !== previous &&
    !LEXICON.quantityNouns.words.includes(head) &&
    !/^v(?!n)/u.test(first?.tag ?? '')
    ? `${head}${label}`
    : label;
}

/** A quantity noun ending a subject (周转量): what parallel subjects share. */
const QUANTITY_AT_END = new RegExp(`(?:${alternatives(LEXICON.quantityNouns.words)})$`, 'u');

/**
 * "沿海轮驳船货物周转量将达到…；旅客周转量将达到…": a subject of two characters and the quantity the subject before
 * it ends in (货物周转量, 旅客周转量) is parallel to it, and is of what that one's lead names
 * (沿海轮驳船旅客周转量).
 */
function withParallelLead(label: string, previous: Fact | undefined, sentence: string): string {
  // (the two in one sentence, or in two of a list of sentences joined by semicolons)
  const adjacent =
    (previous !== undefined && simplifiedReading(previous.sentence) === sentence) ||
    /[；;]$/u.test(previous?.sentence ?? '');
  if (!previous || !adjacent || !QUANTITY_AT_END.test(label)) return label;
  let shared = 0;
  while (
    shared < label.length &&
    shared < previous.label.length &&
    label.at(-1 - shared) === previous.label.at(-1 - shared)
  )
    shared += 1;
  const own = label.slice(0, label.length - shared);
  // (the same quantity of another thing, three characters at least — 周转量, not 投资 after any verb; the thing one
  // character or two: 贷款余额 after 金融机构存款余额)
  if (shared < 3 || !/^\p{Script=Han}{1,2}$/u.test(own) || previous.label.length - shared - own.length < 2)
    return label;
  const lead = previous.label.slice(0, previous.label.length - shared - own.length);
  const rival = previous.label.slice(lead.length, lead.length + own.length);
  const words = segmenter().tag(previous.label);
  const bounds = new Set(words.map((_, i) => words.slice(0, i).reduce((n, w) => n + w.word.length, 0)));
  // (…whose lead is a thing the quantity is of, no verb or adverb: 力争全年完成 is no such thing; the two told
  // apart whole words, 高新技术产业 is not 高新技 and 术产)
  const doing =
    /[\d０-９]/u.test(lead) || words.some((t) => /^(?:v|d|p|r|m)$/u.test(t.tag) && `${lead}${rival}`.includes(t.word));
  if (rival === own || doing || !bounds.has(lead.length) || (own.length === 2 && !bounds.has(lead.length + 2)))
    return label;
  return `${lead}${label}`;
}

/** A span of years a subject was given for (前三年, 两年来: the lexicon's fact.spanOfYears), with its 的 or 共. */
const SPAN_IN_SUBJECT = new RegExp(`(?:${LEXICON.patterns['fact.spanOfYears']})(?:的|共)?|共$`, 'gu');

/**
 * The subject before, taken by a value whose clause names none (…前三年的货运量共增加了…，而1956年就增加了…):
 * without the span of years it was given for, which is the other figure's.
 */
function withoutSpan(subject: string | undefined): string | undefined {
  return subject?.replace(SPAN_IN_SUBJECT, '') || subject;
}

/** What was added, opening a subject (新增, 新认定…): the lexicon's fact.increment. */
const INCREMENT_OPENING = lexiconPattern('fact.increment');

/**
 * "新增中小学和幼儿园45所、学位3.1万个": an item of nouns right after the figure of another, joined by 、 alone,
 * was added as that one was: it takes the verb the other opened with (新增学位).
 */
function withIncrementOfItemBefore(
  label: string,
  before: Fact | undefined,
  sentence: string,
  valueStart: number,
): string {
  if (!before || simplifiedReading(before.sentence) !== sentence) return label;
  const verb = INCREMENT_OPENING.exec(before.label)?.[0];
  if (!verb || INCREMENT_OPENING.test(label)) return label;
  const between = sentence.slice(sentence.indexOf(before.value) + before.value.length, valueStart);
  // (an item with a verb of its own — 发布产品清单50个, 失业人员再就业2164人 — was not added)
  const nounsOnly = segmenter()
    .tag(label)
    .every((t) => t.tag.startsWith('n'));
  return between === `、${label}` && nounsOnly ? `${verb}${label}` : label;
}

/** A rate of growth named before its value, in the subject or its verb (涨幅控制在3%以内): the lexicon's fact.growthNamed. */
const GROWTH_NAMED = lexiconPattern('fact.growthNamed');

/** A percentage followed by its growth word ("营收保持20%以上增长", "实现两位数增长"): a growth rate. */
const GROWTH_AFTER = lexiconPattern('fact.growthAfter');

function measureOf(unit: string, verb: string, label: string, after: string): Measure {
  if (unit === RATIO_UNIT) return 'share';
  if (unit === STREAK_UNIT) return 'streak';
  if (PERCENT.has(unit)) {
    if (GROWTH_VERB.test(verb) || GROWTH_NAMED.test(label) || GROWTH_NAMED.test(verb) || GROWTH_AFTER.test(after))
      return 'growth';
    if (/率/u.test(label)) return 'rate';
    return 'share';
  }
  if (POINTS.has(unit)) return 'change';
  if (GROWTH_VERB.test(verb)) return 'change';
  return QUANTITY_UNITS.has(unit) ? 'level' : 'count';
}

/** A word that is only a list's joiner (、和与及): the lexicon's fact.listJoiner. */
const JOINER_WORD = new RegExp(`^(?:${LEXICON.patterns['fact.listJoiner']})$`, 'u');

/** The items of a list of subjects: split at 、 and at 和/及/与 standing as words (普及率 holds 及, and is one name). */
function listItems(core: string): string[] {
  const items: string[] = [''];
  for (const word of segmenter().cut(core)) {
    // (a joiner right after another opens the next item's name: 美丽乡村和和美乡村)
    if (JOINER_WORD.test(word) && items.at(-1) !== '') items.push('');
    else items[items.length - 1] += word.replace(/、/gu, '\u0000');
  }
  return items.flatMap((item) => item.split('\u0000')).filter(Boolean);
}

/** Ordinals run together before what they number (一二三产, 二三产业): the lexicon's fact.ordinalList. */
const ORDINAL_LIST = new RegExp(LEXICON.patterns['fact.ordinalList'], 'u');

/** Splits "A、B" or "城乡居民人均可支配收入" into as many subjects as there are values, or null when it cannot. */
/** An ordinal standing alone as an item (一, 第二), and one opening an item (三产业增加值): the lexicon's. */
const ORDINAL_ONLY = lexiconPattern('fact.ordinalAlone');
const ORDINAL_LEAD = lexiconPattern('fact.ordinalOpening');

/** The income a list of heads shares (城镇和农村居民可支配收入): the lexicon's fact.sharedIncomeTail. */
const SHARED_INCOME_TAIL = lexiconPattern('fact.sharedIncomeTail');

const RESPECTIVELY_AT_END = new RegExp(`(?:${LEXICON.patterns['fact.respectively']})$`, 'u');

/**
 * "金融机构本外币存、贷款余额": an item of one character before the next item's word of two (贷款) is that word's
 * kind — its character for the next's first — and shares what follows it (存款余额), when the two make a word the
 * dictionary knows (存款; never 数亡 of 事故数、死亡人数).
 */
function withOneCharacterItem(part: string, last: string): string {
  const own = segmenter().tag(part).at(-1)?.word ?? '';
  const next = segmenter().tag(last)[0]?.word ?? '';
  // (what follows is a quantity of each, 余额: 企业 beside 工业互联网平台 is no 企业互联网平台)
  const quantity = last.replace(RESPECTIVELY_AT_END, '');
  if (!LEXICON.quantityNouns.words.some((w) => quantity.endsWith(w))) return part;
  // (…and so is one written whole, 存款 beside 贷款余额, ending as the next's first word does: 存款余额)
  const ownEnd = part.slice(-2);
  const ownWord = segmenter().tag(ownEnd);
  if (
    next.length === 2 &&
    ownEnd !== next &&
    ownEnd[1] === next[1] &&
    last.length > 2 &&
    ownWord.length === 1 &&
    ownWord[0]!.tag !== 'x'
  )
    return `${part}${last.slice(2)}`;
  if (own.length !== 1 || next.length !== 2 || own === next[0]) return part;
  const word = segmenter().tag(`${own}${next[1]}`);
  return word.length === 1 && word[0]!.tag !== 'x' ? `${part}${last.slice(1)}` : part;
}

export function splitSubjects(core: string, count: number): string[] | null {
  // "一二三产增加值分别增长3.5%左右、6%左右、5%左右": the ordinals run together, one subject each (一产增加值…).
  const ordinals = ORDINAL_LIST.exec(core);
  if (ordinals && ordinals[1]!.length === count)
    return [...ordinals[1]!].map((n) => `${n}${ordinals[2]}${core.slice(ordinals[0].length)}`);
  const parts = listItems(core);
  // "一、二、三产业增加值分别增长…": ordinals alone before the last item share all of it after its ordinal.
  const last = parts.at(-1) ?? '';
  if (parts.length === count && parts.slice(0, -1).every((p) => ORDINAL_ONLY.test(p)) && ORDINAL_LEAD.test(last))
    return parts.map((p, i) => (i === parts.length - 1 ? last : `${p}${last.slice(1)}`));
  if (parts.length === count) {
    // "城镇和农村居民人均可支配收入": the shared tail belongs to each part.
    const tail = SHARED_INCOME_TAIL.exec(last)?.[0];
    if (!tail)
      return parts.map((p, i) =>
        i === parts.length - 1
          ? withSharedLead(p, parts[0]!)
          : withQuantityNoun(
              withSharedObject(withTailOfSameKind(withSharedTail(withOneCharacterItem(p, last), last), last), last),
              last,
            ),
      );
    // "城镇居民和农村居民人均可支配收入": 城镇居民 takes 人均可支配收入, not a second 居民.
    return parts.map((p) =>
      p.endsWith(tail) ? p : p.endsWith('居民') && tail.startsWith('居民') ? `${p}${tail.slice(2)}` : `${p}${tail}`,
    );
  }
  if (count === 2 && core.startsWith('城乡')) return [core.replace(/^城乡/u, '城镇'), core.replace(/^城乡/u, '农村')];
  return null;
}

export interface ExtractionTally {
  values: number;
  facts: number;
  /** Values found but left out, by why: no subject, an ambiguous 分别 list, a passage with no period. */
  leftOut: Record<string, number>;
}

interface RawValue {
  /** Where the clause text before the value ends: before a prefix (超, 近) or a rank verb (居, 列). */
  start: number;
  at: number;
  end: number;
  written: string;
  number: number | null;
  range: [number, number] | null;
  unit: string | null;
  qualifier: string | null;
  rank: boolean;
  rankScope: string | null;
  /** How many years a goal is to take (利用3-5年建成): a duration, no year and no amount. */
  duration?: true;
  /** Which edition an event held is (第六届中国辽洽会): named by the event after it. */
  edition?: true;
}

/**
 * "生产总值326.3亿元、居咸阳第三，增长6.8%、排咸阳第一": a rank right after a growth (only a 、 or a comma
 * between) ranks that growth, not the amount of the subject.
 */
function rankedGrowth(sentence: string, values: readonly RawValue[], index: number): boolean {
  const previous = values[index - 1];
  const rank = values[index]!;
  if (!previous || previous.rank || !PERCENT.has(previous.unit ?? '')) return false;
  if (!/^[、，,]?$/u.test(sentence.slice(previous.end, rank.start))) return false;
  return GROWTH_VERB.test(sentence.slice(Math.max(0, previous.start - 6), previous.start).replace(/[了为达]+$/u, ''));
}

/** 由/从 right before the value, and a verb of reaching (上升到, 提高至, 降至…) right before the next one. */
/** Only the verb of a change to (提高到, 削减至) between a starting figure and the next. */
// (…the year it got there in between too: 由2010年的162.4亿元增加到2015年的287.9亿元, 扩大到年末的; and 了: 增加到了一九五九年的)
const CHANGE_TO = new RegExp(
  `^[，,]?\\s*(?:${LEXICON.patterns['fact.changeTo']})了?\\s*(?:(?:${YEAR_OF_FIGURE}|年(?:${LEXICON.patterns['period.yearEnd']}))的?)?\\s*$`,
  'u',
);

/** 由/从 opening a starting figure, with its year or when it was between (由１９５４年的…, 由上年的…). */
const STARTING_OPENS = new RegExp(`(?:${STARTED_FROM})(?:\\s*(?:${YEAR_OF_FIGURE}|${STARTED_WHEN})的?)?\\s*$`, 'u');

function isStartingValue(sentence: string, v: RawValue, values: readonly RawValue[]): boolean {
  if (inStartingList(sentence, v, values)) return true;
  const next = values[values.indexOf(v) + 1];
  if (!next) return false;
  // 由…到…, also with the starting year between (国营机器拖拉机站由１９５４年的８９个增加到１３８个), or the year
  // before or now (比例由上年的18.6：49：32.4调整为…, 由现在的50：50调整为…).
  const opens = STARTING_OPENS.test(sentence.slice(Math.max(0, v.start - 12), v.start));
  const reaches = CHANGE_TO.test(sentence.slice(v.end, next.start));
  // (…and a state turned from, 由上年亏损9，000万元转为盈利3亿多元: the loss is where it started, no figure of the year)
  const turned =
    TURNS_FROM.test(sentence.slice(Math.max(0, v.start - 12), v.start)) &&
    TURNED_INTO.test(sentence.slice(v.end, next.start));
  return (opens && reaches) || turned;
}

/** Two values written one straight after the other in a list, only 、 between (645元/月、4318元/年). */
function listedTogether(sentence: string, a: RawValue, b: RawValue): boolean {
  return sentence.slice(a.end, b.start) === '、';
}

/**
 * "城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年": an item of a list of starting
 * figures — 由/从 before its first, a change to after its last, and as many figures after that — is where a change
 * started too.
 */
function inStartingList(sentence: string, v: RawValue, values: readonly RawValue[]): boolean {
  const joined = (a: RawValue | undefined, b: RawValue | undefined) =>
    a !== undefined && b !== undefined && !a.rank && !b.rank && listedTogether(sentence, a, b);
  let first = values.indexOf(v);
  while (joined(values[first - 1], values[first])) first -= 1;
  let last = values.indexOf(v);
  while (joined(values[last], values[last + 1])) last += 1;
  const reached = values[last + 1];
  if (last === first || !reached) return false;
  return (
    STARTING_OPENS.test(sentence.slice(Math.max(0, values[first]!.start - 12), values[first]!.start)) &&
    CHANGE_TO.test(sentence.slice(values[last]!.end, reached.start)) &&
    listLength(values, last + 1, sentence) === last - first + 1
  );
}

/** A state a figure turned from and the one it turned into (由上年亏损…转为盈利…): the lexicon's fact.turnedState, fact.turnedVerb. */
const TURNED_STATE = LEXICON.patterns['fact.turnedState'];
const TURNS_FROM = new RegExp(`(?:${STARTED_FROM})(?:${STARTED_WHEN})?的?(?:${TURNED_STATE})$`, 'u');
const TURNED_FROM_CLAUSE = new RegExp(
  `^(?:${STARTED_FROM}).*(?:${LEXICON.patterns['fact.turnedVerb']})(${TURNED_STATE})$`,
  'u',
);
const TURNED_INTO = new RegExp(`^[，,]?\\s*(?:${LEXICON.patterns['fact.turnedVerb']})(?:${TURNED_STATE})\\s*$`, 'u');

/** The year compared with and its 的, right before a value: 比一九五七年的七百零四亿元. */
const COMPARED_WITH_OF = new RegExp(`(?:${LEXICON.patterns['fact.comparedWith']})的\\s*$`, 'u');

/**
 * "总产值达到了一千一百七十亿元，比一九五七年的七百零四亿元增长百分之六十六": the amount compared with is the
 * base year's, no figure of the year; the growth after it is the subject's before the comparison.
 */
function isComparisonBase(sentence: string, v: RawValue, values: readonly RawValue[]): boolean {
  const next = values[values.indexOf(v) + 1];
  if (!next) return false;
  const between = sentence.slice(v.end, next.start).trim();
  return COMPARED_WITH_OF.test(sentence.slice(Math.max(0, v.start - 16), v.start)) && GROWTH_AFTER.test(between);
}

/** Digits that are part of a name (500强, 1类): the lexicon's fact.digitsInName, whole. */
const NAME_DIGITS = new RegExp(`^(?:${LEXICON.patterns['fact.digitsInName']})$`, 'u');

/** 比 right before a figure and a comparison right after it (比70元的数目低): the lexicon's fact.comparedBase*. */
const COMPARED_BASE_BEFORE = lexiconPattern('fact.comparedBaseBefore');
const COMPARED_BASE_AFTER = lexiconPattern('fact.comparedBaseAfter');

/**
 * "贫瘠地区每个农民的收入比70元的数目低": a figure only compared with says what the subject is above or below,
 * never what it is.
 */
function isBaseOnly(sentence: string, v: RawValue): boolean {
  return COMPARED_BASE_BEFORE.test(sentence.slice(0, v.start)) && COMPARED_BASE_AFTER.test(sentence.slice(v.end));
}

/**
 * "其中万人社区21个、5000人社区30个", "百亿元项目7个": a figure followed by a noun alone and then the figure of
 * that noun is part of its name, no figure of its own (a verb between — 投资4.7亿元完成65条 — is a clause of its own).
 */
function isInsideName(sentence: string, v: RawValue, values: readonly RawValue[]): boolean {
  const next = values[values.indexOf(v) + 1];
  // "拆除市区14条主要道路两侧违法建设150多万平方米": a count right before the name of where the next figure, an
  // amount or a size, was measured is part of that name.
  if (next && !v.rank && !next.rank && COUNTING_UNITS.has(v.unit ?? '')) {
    const measured = QUANTITY_UNITS.has(next.unit ?? '') || SIZE_UNITS.has(next.unit ?? '');
    const gap = sentence.slice(v.end, next.start);
    const words = segmenter().tag(gap);
    // (…a name of where, with its side or along: 两侧, 沿线 — 48家国有公司1700亿元资产 counts the companies)
    const where = words.some((t) => t.tag === 'f') && words.every((t) => /^(?:[nfb]|vn)/u.test(t.tag));
    if (measured && /^\p{Script=Han}{4,12}$/u.test(gap) && where) return true;
  }
  if (!next || v.rank || next.rank || next.qualifier) return false;
  // An amount or a size (超10亿元, 5000人) names a class of the things counted next; a classifier (9个方面66项)
  // counts its noun itself.
  const sizeOfClass = QUANTITY_UNITS.has(v.unit ?? '') || SIZE_UNITS.has(v.unit ?? '');
  if (!sizeOfClass || !COUNTING_UNITS.has(next.unit ?? '')) return false;
  const gap = sentence.slice(v.end, next.start);
  return (
    /^\p{Script=Han}{2,6}$/u.test(gap) &&
    segmenter()
      .tag(gap)
      .every((t) => t.tag === 'n')
  );
}

/** A count of groups written right before a figure (7群42只): the lexicon's fact.compoundCountHead. */
const COMPOUND_COUNT_HEAD = new RegExp(`${LEXICON.patterns['fact.compoundCountHead']}$`, 'u');

/** A count right before a figure, in digits or numerals with its classifier (4个): what follows is what it counts. */
const COUNT_BEFORE = new RegExp(`(?:\\d|[一二两三四五六七八九十])(?:${alternatives([...COUNTING_UNITS])})$`, 'u');

/** How many of a figure, written before it with a multiplication sign (古城电厂1×6万千瓦机组, 2×35万千瓦). */
const MULTIPLIER_BEFORE = /(?<![\d.])(\d{1,2})\s*[×xX*＊]\s*$/u;

/** The lexicon's units of money. */
const MONEY_UNITS = new Set(
  LEXICON.units.filter((u) => u.kind === 'money' || u.kind === 'money-usd').map((u) => u.unit),
);

/** A ratio of two to four parts (4.0∶52.6∶43.4, 1.695∶1), read only after its sentence names one (the lexicon's). */
const RATIO = /(?<![\d.])\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,3}(?![\d.])/gu;
const RATIO_NAMED = lexiconPattern('fact.ratioNamed');
/** The unit a ratio's fact carries: it is a share of several parts, no amount. */
const RATIO_UNIT = '∶';
/** Years running (连续7年): the lexicon's fact.streak, read as a figure of its own unit. */
const STREAK_VALUE = lexiconPattern('fact.streak', 'gu');
const STREAK_UNIT = '年';
/** How many years a goal is to take (争取利用3-5年建成): the lexicon's fact.duration, the figure in its first group. */
const DURATION_VALUE = lexiconPattern('fact.duration', 'gu');
/** Which edition an event is (第六届): the lexicon's fact.edition. */
const EDITION_VALUE = lexiconPattern('fact.edition', 'gu');
/** The words of the time spent after a duration (多, 左右的时间, 来的努力), and a comma after them: the lexicon's. */
const DURATION_SPENT = lexiconPattern('fact.durationSpent');

/** A number written in figures or in Chinese numerals (7, 十七); null when it does not parse. */
function numeralOf(numeral: string): number | null {
  return /^\d+$/u.test(numeral) ? Number(numeral) : chineseNumberToInt(numeral);
}

/** A value read from words around a number (连续7年, 利用3-5年, 第六届): written as the sentence writes it. */
function wordValue(
  original: string,
  at: number,
  end: number,
  fields: Pick<RawValue, 'number'> & Partial<RawValue>,
): RawValue {
  return {
    start: at,
    at,
    end,
    written: original.slice(at, end),
    range: null,
    unit: null,
    qualifier: null,
    rank: false,
    rankScope: null,
    ...fields,
  };
}

function valuesIn(original: string): RawValue[] {
  // Matched on the width-folded copy read in simplified characters (７．５％ → 7.5%, 億 → 亿), which has the
  // original's offsets; written verbatim.
  const sentence = simplifiedReading(foldWidth(original));
  const out: RawValue[] = [];
  for (const m of sentence.matchAll(VALUE)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    // "1×6万千瓦机组": how many of it, written before it, is part of the figure as written; the figure is their sum.
    const times = m[1] ? null : MULTIPLIER_BEFORE.exec(sentence.slice(0, at));
    // The character before the number (not before a qualifier: GDP突破1500亿元 is a figure, G240 a code).
    const before = sentence[at - 1 - (times?.[0].length ?? 0)] ?? '';
    // "3岁以下婴幼儿托位": an age bound inside a name, not a figure.
    if (m[5] === '岁' && /^\p{Script=Han}/u.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    // "其中50亿元以上项目2个", "5000万元以上制造业项目", "投资5亿元以上的重大工业项目": an amount of money bound to a
    // noun names a class of things and is no figure ("600家以上企业" counts firms, "90%以上高频政务服务事项" is a
    // share: both are).
    if (
      MONEY_UNITS.has(m[5] ?? '') &&
      /(?:以上|以下)$/u.test(m[0]) &&
      /^\p{Script=Han}/u.test(sentence.slice((m.index ?? 0) + m[0].length))
    )
      if (!/^(?:规模|水平|左右|增长|下降)/u.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    const after = sentence[(m.index ?? 0) + m[0].length] ?? '';
    // G240, 5G, PM2.5, 第3: codes and ordinals, not figures.
    if (/[A-Za-z第.]/u.test(before) || /[A-Za-z]/u.test(after)) continue;
    // 3,556万担: a thousands separator is no decimal point.
    const lo = Number((m[2] ?? '').replace(/[, ]/gu, ''));
    const hi = m[3] !== undefined ? Number(m[3]) : null;
    // "种群恢复至7群42只": a count of groups before the count of their members is part of the figure as written.
    const head = times?.[0] ?? (m[1] ? '' : (COMPOUND_COUNT_HEAD.exec(sentence.slice(0, at))?.[0] ?? ''));
    out.push({
      start: (m.index ?? 0) - head.length,
      at: at - head.length,
      end: (m.index ?? 0) + m[0].length,
      written: original.slice(at - head.length, (m.index ?? 0) + m[0].length),
      number: times ? lo * Number(times[1]) : lo,
      range: hi !== null ? [lo, hi] : null,
      unit: m[5] ?? null,
      qualifier: m[1] ?? m[6]?.replace(/\s/gu, '') ?? m[4] ?? (hi !== null ? 'range' : null),
      rank: false,
      rankScope: null,
    });
  }
  for (const m of sentence.matchAll(APPROXIMATE_SCALED_VALUE)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    const scaled = APPROXIMATE_SCALED.get(m[3] ?? '');
    if (!scaled || /[A-Za-z第]/u.test(sentence[at - 1] ?? '')) continue;
    out.push({
      start: m.index ?? 0,
      at,
      end,
      written: original.slice(at, end),
      number: Number((m[2] ?? '').replace(/,/gu, '')),
      range: null,
      unit: scaled.unit,
      qualifier: m[1] ?? scaled.qualifier,
      rank: false,
      rankScope: null,
    });
  }
  // Figures written in Chinese numerals: each family gives its number, unit and bound.
  const written = (m: RegExpMatchArray, number: number, unit: string, qualifier: string | null): RawValue => {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    const value = { start: m.index ?? 0, at, end, written: original.slice(at, end), number, range: null, unit };
    return { ...value, qualifier, rank: false, rankScope: null };
  };
  for (const m of sentence.matchAll(CHINESE_AMOUNT)) {
    // "纳税超千万元企业": a round amount naming a class of things is no figure ("突破1500亿元大关" is).
    const next = sentence.slice((m.index ?? 0) + m[0].length);
    if (/^\p{Script=Han}/u.test(next) && !/^(?:大关|台阶|水平|规模|以上|左右)/u.test(next)) continue;
    // "连续迈上4个万亿元台阶": a round amount after a count names what was counted (four steps of a trillion).
    if (COUNT_BEFORE.test(sentence.slice(0, m.index ?? 0))) continue;
    const number = chineseRound(m[2] ?? '');
    const isBound = BOUNDS_BEFORE.includes(m[1] ?? '');
    if (number === null) continue;
    const value = written(m, number, m[3] ?? '', isBound ? (m[1] ?? null) : null);
    // (…with the qualifier the report writes after it, part of the figure: 一百亿元左右, 二百亿元以上)
    const after = QUALIFIER_AFTER_START.exec(next)?.[0];
    out.push(
      after
        ? {
            ...value,
            end: value.end + after.length,
            written: original.slice(value.at, value.end + after.length),
            qualifier: value.qualifier ?? after,
          }
        : value,
    );
  }
  for (const m of sentence.matchAll(CHINESE_FULL_AMOUNT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // A round amount read above, or a figure in digits, stands here already.
    if (out.some((v) => v.at < end && start < v.end)) continue;
    if (/第$/u.test(sentence.slice(0, start))) continue;
    // (…and a round amount after a count, 4个万亿元台阶, names what was counted)
    if (!m[1] && /^[十百千万亿]+$/u.test(m[2] ?? '') && COUNT_BEFORE.test(sentence.slice(0, start))) continue;
    const number = chineseAmount(m[2] ?? '');
    const isBound = BOUNDS_BEFORE.includes(m[1] ?? '');
    // (…with what the report writes after it: 四百九十八亿元左右)
    if (number !== null) out.push(written(m, number, m[4] ?? '', isBound ? (m[1] ?? null) : (m[3] ?? m[5] ?? null)));
  }
  // "再减少1000万以上，": a count in ten thousands ending its clause, the thing counted named before it.
  for (const m of sentence.matchAll(BARE_TEN_THOUSANDS)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((v) => v.at < end && start < v.end)) continue;
    out.push(written(m, Number(m[2]) * 10000, TEN_THOUSANDS, m[1] ?? m[3] ?? null));
  }
  for (const m of sentence.matchAll(CHINESE_MULTIPLE)) {
    // (一点二倍: the digits after 点 are tenths and hundredths)
    const [whole = '', tenths = ''] = (m[2] ?? '').replace(/两/gu, '二').split('点');
    const integer = chineseNumberToInt(whole);
    const fraction = [...tenths].map((c) => chineseNumberToInt(c === '〇' ? '零' : c) ?? 0).join('');
    const number = integer === null ? null : Number(`${integer}.${fraction || '0'}`);
    if (number !== null) out.push(written(m, number, m[3] ?? '', m[1] ?? m[4] ?? null));
  }
  for (const m of sentence.matchAll(CHINESE_PERCENT)) {
    const number = chinesePercent(m[3] ?? '', m[4]);
    if (number !== null) out.push(written(m, number, m[2] === '千' ? '‰' : '%', m[1] ?? m[5] ?? null));
  }
  for (const m of [
    ...sentence.matchAll(RANK),
    ...sentence.matchAll(BARE_RANK),
    ...sentence.matchAll(LISTED_RANK),
    ...sentence.matchAll(RANK_AFTER_RATE),
  ]) {
    if (out.some((v) => v.rank && v.end === (m.index ?? 0) + m[0].length)) continue;
    // "排名提升12位" moved twelve places; "排名提升至75位" is the rank it reached.
    if (/提升|上升|前移|进位|晋升|下降|后退|前进/u.test(m[1] ?? '') && !/[至到]$/u.test(m[1] ?? '')) continue;
    const numeral = m[2] ?? '';
    const mark = m[0].indexOf(`第${numeral}`);
    // A streak before the rank (连续8年全国第一) is part of it as written, no part of the subject.
    const streak = STREAK.exec(sentence.slice(0, m.index ?? 0))?.[0] ?? '';
    const at = streak
      ? (m.index ?? 0) - streak.length
      : (m.index ?? 0) + (mark >= 0 ? mark : m[0].lastIndexOf(numeral));
    out.push({
      start: (m.index ?? 0) - streak.length,
      at,
      end: (m.index ?? 0) + m[0].length,
      written: original.slice(at, (m.index ?? 0) + m[0].length),
      number: /^\d+$/u.test(numeral) ? Number(numeral) : chineseNumberToInt(numeral),
      range: null,
      unit: null,
      qualifier: null,
      rank: true,
      rankScope: m[1] ?? null,
    });
  }
  for (const m of [...sentence.matchAll(MOVED_RANK), ...sentence.matchAll(FROM_RANK)]) {
    const numeral = m[2] ?? '';
    const end = (m.index ?? 0) + m[0].length;
    const bare = end - numeral.length - (m[3]?.length ?? 0);
    // The rank as written: 第5位 with its 第, 235位 without.
    const at = sentence[bare - 1] === '第' ? bare - 1 : bare;
    if (out.some((v) => v.at === at || v.at === bare)) continue;
    out.push({
      start: (m.index ?? 0) + Math.max(m[0].search(/排名|位次|由|从/u), 0),
      at,
      end,
      written: original.slice(at, end),
      number: Number(numeral),
      range: null,
      unit: null,
      qualifier: null,
      rank: true,
      rankScope: m[1]?.replace(/[“”"]/gu, '') ?? null,
    });
  }
  // "闽宁协作考核连续7年为“好”": how many years running, when nothing else in its clause is a figure (连续4年稳定在
  // 130亿斤 is the amount's; 连续8年全国第一 a rank's, read above).
  for (const m of sentence.matchAll(STREAK_VALUE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const clauseEnd = sentence.slice(end).search(/[，,；;。]/u);
    const until = clauseEnd < 0 ? sentence.length : end + clauseEnd;
    if (out.some((v) => v.end > at && v.start < until)) continue;
    const number = numeralOf(/[\d一二三四五六七八九十]+/u.exec(m[0])?.[0] ?? '');
    if (number === null) continue;
    out.push(wordValue(original, at, end, { number, unit: STREAK_UNIT }));
  }
  // "争取利用3-5年建成国家级经开区": how many years a goal is to take, when no figure is read there already.
  for (const m of sentence.matchAll(DURATION_VALUE)) {
    const at = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    if (out.some((v) => v.end > at && v.start < end)) continue;
    const numbers = ((m[1] ?? '').match(/\d+|[一二三四五六七八九十两]+/gu) ?? []).map(numeralOf);
    // (经过1950年、1952年…几次的改革: a year, no duration)
    if (numbers.length === 0 || numbers.some((n) => n === null || n >= 1000)) continue;
    const [low, high] = [numbers[0]!, numbers.at(-1)!];
    const range: [number, number] | null = high !== low ? [low, high] : null;
    out.push(
      wordValue(original, at, end, {
        number: low,
        range,
        unit: STREAK_UNIT,
        qualifier: range ? 'range' : null,
        duration: true,
      }),
    );
  }
  // "成功举办第六届中国辽洽会": which edition an event held is, when nothing else in its clause is a figure (在第十七届
  // 省运会上夺得金牌56枚 is the medals', the edition part of their subject).
  for (const m of sentence.matchAll(EDITION_VALUE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const clauseEnd = sentence.slice(end).search(/[，,；;。]/u);
    const until = clauseEnd < 0 ? sentence.length : end + clauseEnd;
    if (out.some((v) => !v.edition && v.end > at && v.start < until)) continue;
    const number = numeralOf(m[0].slice(1, -1));
    if (number === null) continue;
    out.push(wordValue(original, at, end, { number, edition: true }));
  }
  // "三次产业结构调整为4.0∶52.6∶43.4": a structure's ratio, written whole — a share of no one number.
  for (const m of sentence.matchAll(RATIO)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (out.some((v) => v.at < end && at < v.end)) continue;
    if (!RATIO_NAMED.test(sentence.slice(0, at))) continue;
    const written = original.slice(at, end);
    out.push({
      start: at,
      at,
      end,
      written,
      number: null,
      range: null,
      unit: RATIO_UNIT,
      qualifier: null,
      rank: false,
      rankScope: null,
    });
  }
  return out.map((v) => withPerPrefix(v, original)).sort((a, b) => a.at - b.at);
}

/**
 * What a figure is per, written right before it (每人每月1135元): the lexicon's fact.perPrefix — not after its
 * fact.perPrefixNotAfter (由每人每年600元提高到840元 starts a change; 平均每年递增 averages a growth).
 */
const PER_PREFIX = new RegExp(
  `(?<!${LEXICON.patterns['fact.perPrefixNotAfter']})(?:${LEXICON.patterns['fact.perPrefix']})$`,
  'u',
);

/**
 * A figure written per person, household or month (低保标准提高到每人每月1135元) is that rate, as the report writes it:
 * the words it is per are part of the value, no part of its subject. (Not across a bound: 每人每月不低于30元.)
 */
function withPerPrefix(v: RawValue, original: string): RawValue {
  if (v.start !== v.at || v.rank) return v;
  const per = PER_PREFIX.exec(foldWidth(original.slice(0, v.at)))?.[0];
  if (!per) return v;
  const at = v.at - per.length;
  return { ...v, start: at, at, written: original.slice(at, v.end) };
}

/** The lexicon's qualifiers written after a figure (左右, 以上, 以内…). */
const AFTER_QUALIFIERS = new Set(LEXICON.qualifiers.after);
/** One of them opening the text after a figure. */
const QUALIFIER_AFTER_START = new RegExp(`^(?:${alternatives(LEXICON.qualifiers.after)})`, 'u');

/**
 * "分别增长7%和8%左右": a qualifier written once after a list of values holds for each of them; the values
 * stay as written, the earlier ones take the qualifier.
 */
function sharingLastQualifier(values: RawValue[], sentence: string): RawValue[] {
  for (let i = 0; i < values.length; i += 1) {
    const count = listLength(values, i, sentence);
    if (count < 2) continue;
    const run = values.slice(i, i + count);
    const last = run.at(-1)!;
    if (last.qualifier && AFTER_QUALIFIERS.has(last.qualifier) && run.every((v) => v.unit === last.unit))
      for (const v of run.slice(0, -1)) v.qualifier ??= last.qualifier;
    i += count - 1;
  }
  return values;
}

/** How many values stand in one list from `index` on, joined only by 、 和 及 与. */
function listLength(values: readonly RawValue[], index: number, sentence: string): number {
  let count = 1;
  for (let i = index + 1; i < values.length; i += 1) {
    const previous = values[i - 1];
    const next = values[i];
    if (!previous || !next || next.rank) break;
    if (!/^[、和及与]$/u.test(sentence.slice(previous.end, next.start).trim())) break;
    count += 1;
  }
  return count;
}

/**
 * Every quantitative statement of a paragraph as typed facts. A value becomes a fact only when its
 * sentence names what it measures: in its own clause, by the clause before it ("…115.5亿元,增长17.3%"),
 * or by a 分别 list whose subjects and values pair one to one. Anything else is counted, not guessed.
 */
export function statementsOf(report: Report, paragraph: Paragraph, period: Period, tally: ExtractionTally): Fact[] {
  const facts: Fact[] = [];
  const leave = (why: string) => {
    tally.leftOut[why] = (tally.leftOut[why] ?? 0) + 1;
  };
  // In a paragraph naming no time, the time a sentence names ("这两年中，钢产量…") holds for the sentences after it.
  let carried = period;
  // A plan the report presents (“七五”计划草案规定…) holds for what follows its semicolon: the same list.
  let planGoesOn: Period | null = null;
  for (const { text: written, at: sentenceAt } of sentencesOf(paragraph.text)) {
    // (read in simplified characters, one for one — 1957's 农業总产值約为五百八十三億元 — and quoted as written)
    const sentence = simplifiedReading(written);
    const values = sharingLastQualifier(valuesIn(written), sentence);
    tally.values += values.length;
    // (…but a sentence naming its own time keeps it, and one with a word of what will be — 还要…再增加 — is
    // never taken into what was.)
    const presented: Period | null = presentedPlan(sentence, report.year) ?? planGoesOn;
    planGoesOn = presented && /[；;]$/u.test(sentence) ? presented : null;
    const own = presented ?? periodOfSentence(sentence, period, report.year);
    const sentencePeriod =
      own.kind !== 'none' || FUTURE_WORDS.test(sentence) ? own : periodOfSentence(sentence, carried, report.year);
    if (period.kind === 'none' && own.kind !== 'none') carried = own;
    const stance = stanceOf(sentencePeriod, sentence);
    if (!stance) {
      for (const _ of values) leave('no period');
      continue;
    }
    // "前三季度,全市实现地区生产总值1887.2亿元": a part of the year is never the year's figure.
    if (PART_OF_YEAR.test(sentence)) {
      for (const _ of values) leave('part of a year');
      continue;
    }
    /** Subjects seen so far in the sentence, in order: what a bare "增长x%" or "分别…" refers to. */
    const subjects: string[] = [];
    let pendingRespectively: string[] = [];
    /** The verb of a 分别 list ("分别增长14.6%、17.3%") carries to every value of the list. */
    let respectivelyVerb = '';
    /** The subjects of the last list read, while no other subject has come after them. */
    let lastList: string[] = [];
    let previousEnd = 0;
    let skipList = 0;
    /** The last value read as reached in a review's last year (see reachedInLastYear). */
    let reachedBefore: RawValue | undefined;
    for (const v of values) {
      // "比重由30.9%上升到33.7%": the first is where it started, not the year's figure; the second is.
      if (isStartingValue(sentence, v, values)) {
        // previousEnd stays: the subject before 由 is the next value's.
        leave('starting value (由…到)');
        continue;
      }
      if (isInsideName(sentence, v, values)) {
        // previousEnd stays: the name, figure and all, is the next value's subject.
        leave('figure inside a name');
        continue;
      }
      // "2个1类创新药": digits naming a class right after a count are part of what it counts, no figure of their own.
      if (NAME_DIGITS.test(v.written) && values[values.indexOf(v) - 1]?.end === v.start) {
        leave('figure inside a name');
        continue;
      }
      if (isBaseOnly(sentence, v)) {
        leave('base compared with (比…低)');
        continue;
      }
      if (isComparisonBase(sentence, v, values)) {
        // The growth after it opens its clause at the base: its subject is the one named before 比.
        previousEnd = v.end;
        leave('base compared with (比…的)');
        continue;
      }
      if (skipList > 0) {
        skipList -= 1;
        previousEnd = v.end;
        leave('ambiguous 分别 list');
        continue;
      }
      // Several values in one list ("达到638.8亿元和350.4亿元") may share a list of subjects joined by 、.
      const inList = !v.rank && listLength(values, values.indexOf(v), sentence) > 1;
      const own = segmentPastAside(sentence, values, v, previousEnd);
      const wide =
        inList && pendingRespectively.length === 0 ? segmentBefore(sentence, v.start, previousEnd, true) : own;
      const seg = wide.core && splitSubjects(wide.core, listLength(values, values.indexOf(v), sentence)) ? wide : own;
      previousEnd = v.end;
      if (pendingRespectively.length > 0 && !seg.core && !seg.verb) seg.verb = respectivelyVerb;
      let label: string | null = seg.core;
      if (v.rank) {
        // "增长4.2%、居全省第3位", "总量和增速均为咸阳第一": the rank is of the subject before it.
        // With no subject before it, the ranking itself is what is ranked: 排名西部百强县79位.
        // A clause of its own naming its subject (…升至第5位，工业云平台应用率居全国第2位) ranks that subject; a
        // measure word alone (增速全省第一), or words after 、 (326.3亿元、超过兴平居咸阳第三), rank the subject before it.
        const ownClause = /[，,；;]/u.test(sentence.slice(values[values.indexOf(v) - 1]?.end ?? 0, v.start));
        const ownSubject = ownClause && /\p{Script=Han}{2}/u.test(seg.core) && !MEASURE_WORDS_ONLY.test(seg.core);
        label = ownSubject ? seg.core : (subjects.at(-1) ?? (seg.core || (v.rankScope ? `${v.rankScope}排名` : null)));
      } else if (pendingRespectively.length > 0 && !seg.core) {
        label = pendingRespectively.shift() ?? null;
      } else if (
        seg.respectively ||
        (seg.core &&
          listLength(values, values.indexOf(v), sentence) > 1 &&
          splitSubjects(seg.core, listLength(values, values.indexOf(v), sentence)))
      ) {
        // This value and the ones after it in the same list: "分别达到73326元、38482元", and a list of
        // subjects without 分别 ("城镇居民和农村居民人均可支配收入42143元、24676元").
        const count = listLength(values, values.indexOf(v), sentence);
        const list = seg.core ? splitSubjects(seg.core, count) : subjects.slice(-count);
        if (!list || list.length !== count) {
          // The whole list is left out: no value of it may fall back on an earlier subject.
          leave('ambiguous 分别 list');
          pendingRespectively = [];
          skipList = count - 1;
          continue;
        }
        label = list[0] ?? null;
        pendingRespectively = list.slice(1);
        respectivelyVerb = seg.verb;
        lastList = list;
      } else if (
        !seg.core &&
        lastList.length > 1 &&
        listLength(values, values.indexOf(v), sentence) === lastList.length
      ) {
        // "…分别为39087元和20556元，增长9.5%和10.3%": a list of bare values right after a list of as many
        // subjects pairs with them in order, the way 分别 pairs them.
        label = lastList[0] ?? null;
        pendingRespectively = lastList.slice(1);
        respectivelyVerb = seg.verb;
        lastList = [];
      } else if (!seg.core) {
        const noun =
          v.unit && !PERCENT.has(v.unit)
            ? countedNoun(sentence, values, values.indexOf(v)) || listTailNoun(sentence, values, values.indexOf(v))
            : '';
        // "13个地表水国省考核断面水质优良比例92.3%": a count followed by a noun counts that noun; when it cannot
        // be read, the subject before is not it either.
        const countsWhatFollows = COUNTING_UNITS.has(v.unit ?? '') && /^\p{Script=Han}/u.test(sentence.slice(v.end));
        // "超80%的省科技攻坚项目、资金、研发投入由企业承担": a share opening its clause is a share of what follows 的.
        const shareOf = PERCENT.has(v.unit ?? '')
          ? /^的([^，,；;。]{2,40})/u.exec(sentence.slice(v.end))?.[1]
          : undefined;
        // "…增加270万吨，而能源消耗总量（…），比上年降低了100万吨": 而 brings in another subject, unread; the one
        // before is not this value's.
        const previousEnd = values[values.indexOf(v) - 1]?.end ?? 0;
        // (…but 而且 adds to the same subject: 工农业生产总值不仅没有下降，而且将比上年增长３％以上)
        const between = sentence.slice(previousEnd, v.start);
        const another = CONTRAST_OPENS.test(between) && !ADDS_TO_BEFORE.test(between.split(/[，,；;]/u).at(-1) ?? '');
        label =
          shareOf ??
          (noun ||
            (countsWhatFollows || another
              ? null
              : (itemBeforeMark(sentence, v.start) ??
                withoutSpan(subjects.at(-1)) ??
                clauseNamingQuantity(sentence, v.start, v.unit === RATIO_UNIT))) ||
            null);
      } else if (
        v.unit &&
        !PERCENT.has(v.unit) &&
        // A noun after an amount is no counted noun: GDP突破1500亿元大关 is GDP's.
        ((COUNTING_UNITS.has(v.unit) &&
          (seg.core.length <= 3 || endsInVerb(seg.core) || RELATIVE_END.test(seg.core))) ||
          seg.core.endsWith('等') ||
          // (解决了378万农村人口的…: a count in ten thousands counts the people after it)
          (v.unit === TEN_THOUSANDS && PEOPLE_COUNTED_AFTER.test(sentence.slice(v.end))))
      ) {
        // "新建6个乡村振兴示范点", "华信稀贵…等9家非正常经营企业": the counted noun follows the number.
        const noun = countedNoun(sentence, values, values.indexOf(v));
        if (noun) label = seg.core.endsWith('等') ? noun : `${seg.core}${noun}`;
      }
      if (seg.core && !seg.respectively && pendingRespectively.length === 0) lastList = [];
      // "城镇常住居民人均可支配收入和农村常住居民人均可支配收入均增长8%": 均 gives the one value to each subject.
      let eachOf: string[] = [];
      if (seg.each && label && label === seg.core) {
        const items = listItems(label);
        const each = items.length > 1 ? splitSubjects(label, items.length) : null;
        if (each) {
          label = each.at(-1)!;
          eachOf = each.slice(0, -1);
        }
      }
      // (a sentence opening with what it is about, 在工业农业总产值方面：一九五四年又比一九五三年增长百分之九点四, names the
      // subject of a figure whose own clause names only its years)
      if (!label) {
        const frame = HEADING_FRAME.exec(sentence.slice(0, v.start));
        label = frame?.[1] ?? frame?.[2] ?? '';
      }
      // (…else the words taken off stand for it, as written: the sentence still names the figure)
      if (!label && seg.fallback) label = seg.fallback;
      // (an edition is named by the event written after it: 第六届中国辽洽会)
      const event = v.edition ? /^[^，,；;。：:、]{2,30}/u.exec(sentence.slice(v.end))?.[0] : undefined;
      if (event) label = event;
      // (a duration is named by the goal it is to take, written after it: 利用3-5年建成国家级经开区)
      // (…past the words of the time spent, 左右的时间, 的努力, and the comma after them: 通过5年努力，使两市的…)
      const goal = v.duration
        ? /^[^，,；;。：:]{2,30}/u.exec(sentence.slice(v.end).replace(DURATION_SPENT, ''))?.[0]
        : undefined;
      if (goal) label = goal;
      if (!label) {
        leave('no subject');
        continue;
      }
      // With no subject before it in the sentence, the clause before it is the one it continues
      // (粮食生产实现九连增，总产达700.29万吨 → 粮食总产): the clause right before the value's.
      label = withSharedHead(
        label,
        subjects.at(-1) ??
          sentence
            .slice(0, v.start)
            .split(/[，,；;]/u)
            .at(-2),
      );
      // "新建标准化村卫生室42所、改扩建880所": a verb alone acts on the object of the subject before it.
      const previous = subjects.at(-1);
      if (previous) label = withSharedObject(label, previous);
      label = withIncrementOfItemBefore(label, facts.at(-1), sentence, v.start);
      if (!v.rank) label = withParallelLead(label, facts.at(-1), sentence);
      // (a plan compared with, 超过年度计划百分之四点一, is no subject a later figure of the sentence continues:
      // 比上一年增长百分之六点九 is still the 工业总产值's)
      if (!VERDICT_ONLY.test(label) && (!subjects.includes(label) || subjects.at(-1) !== label)) subjects.push(label);
      label = withListHead(label, sentence, v.start);
      // "１９５５年国家决算用于经济建设方面的支出，共占本年支出的４６．８９％": a share whose clause opens with 占 is of
      // the quantity the clause before names, when that one states no figure of its own.
      if (label && SHARE_OPENS.test(label)) label = `${shareHolder(sentence, v.start, values)}${label}`;
      if (!v.rank) label = ofThingsCounted(label, facts.at(-1), sentence);
      if (!v.rank) label = withElidedHead(label, facts.at(-1), sentence, v.unit);
      label = ofWhatFollows(label, sentence, v);
      const measure: Measure = v.rank
        ? 'rank'
        : v.edition
          ? 'edition'
          : v.duration
            ? 'duration'
            : measureOf(v.unit ?? '', seg.verb, label, sentence.slice(v.end));
      const fall = (FALL_VERB.test(seg.verb) || /降幅/u.test(label)) && (measure === 'growth' || measure === 'change');
      const offset = sentenceAt + v.at;
      const ranked = v.rank ? rankedGrowth(sentence, values, values.indexOf(v)) : false;
      const thisYear = sentencePeriod.kind === 'review' && opensWithThisYear(sentence, v.start, report.year);
      const yearReviewed =
        (stance === 'forecast' ||
          sentencePeriod.kind === 'multi-year-plan' ||
          (sentencePeriod.kind === 'multi-year-review' && comparedWithYearBefore(sentence, v.start, report.year))) &&
        datedByYearReviewed(sentence, v.start, report.year);
      const lastYearsLevel =
        measure === 'level' && opensWithLastYearsLevel(sentence, v.start, sentencePeriod, report.year);
      const afterBase = measure === 'growth' ? yearsAfterBase(sentence, v.start, sentencePeriod) : null;
      // (…and so is the next item of a list of figures reached: 提高到2025年的801元/月、7226元/年)
      const previousValue = values[values.indexOf(v) - 1];
      const reachedLast =
        measure !== 'growth' &&
        (reachedInLastYear(sentence, v.start, sentencePeriod) ||
          (previousValue !== undefined &&
            reachedBefore === previousValue &&
            listedTogether(sentence, previousValue, v)));
      if (reachedLast) reachedBefore = v;
      facts.push({
        id: `${paragraph.id}@${offset}`,
        report: report.id,
        place: report.city,
        indicator: strictIndicator(label, measure),
        label,
        measure,
        value: v.written,
        number: v.number === null ? null : fall ? -v.number : v.number,
        range: v.range,
        unit: v.unit,
        qualifier: v.qualifier,
        verb: seg.verb || null,
        // "去年…曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内": a review restating last year's plan
        // states a target, not a result.
        stance: yearReviewed
          ? 'result'
          : thisYear || (stance === 'result' && restatesPlan(sentence, v.start))
            ? 'target'
            : stance,
        // "年均增长20%" in a year's review is an average over several years, never that year's figure; a
        // clause opening with 今年 ("…制约因素，今年的经济增长预期为7％左右") is this year's plan.
        period:
          sentencePeriod.kind === 'review' && YEARLY_AVERAGE_OPENING.test(seg.verb)
            ? { kind: 'multi-year-review', from: report.year - 5, to: report.year - 1 }
            : thisYear
              ? { kind: 'year-plan', from: report.year, to: report.year }
              : lastYearsLevel || yearReviewed
                ? { kind: 'review', from: report.year - 1, to: report.year - 1 }
                : (afterBase ?? sentencePeriod),
        scope: v.rankScope ?? SCOPE.exec(label)?.[1] ?? null,
        paragraphId: paragraph.id,
        sentence: written,
        headline: false,
        ...(ranked ? { ranks: 'growth' as const } : {}),
      });
      tally.facts += 1;
      // (a level reached in the review's last year is where the years arrived and that year's own level: read as both)
      if (reachedLast) {
        const made = facts.at(-1)!;
        facts.push({
          ...made,
          id: `${made.id}#end`,
          period: { kind: 'review', from: made.period.to, to: made.period.to },
        });
      }
      // "全社会研发经费投入、高技术制造业增加值年均增长10%左右": a growth rate after a list of subjects is each
      // one's (a count is not: 新建、改扩建…42所 is the two together).
      // With 均 (A、B均达到90%以上) every measure is each subject's.
      if (eachOf.length > 0 || seg.each || (measure === 'growth' && PERCENT.has(v.unit ?? ''))) {
        const made = facts.at(-1)!;
        // (…with 均 an item takes the words after the head noun it shares with the last: 基本养老保险、基本医疗保险参保率均…,
        // or after a name of the same kind: 铁路、航空客运量双双…)
        const shared = sharedBy(sentence, v.start, label).map((item) =>
          seg.each ? withQuantityNoun(withTailOfSameKind(withSharedTail(item, label), label), label) : item,
        );
        [...shared, ...eachOf].forEach((subject, k) => {
          facts.push({
            ...made,
            id: `${made.id}#${k + 1}`,
            label: subject,
            indicator: strictIndicator(subject, measure),
          });
          // (one value, read once: the tally counts values made facts, not the subjects sharing one)
        });
      }
    }
  }
  return facts;
}

/** The subjects listed with 、 before `label` in the value's own clause, none holding a figure; [] when none. */
function sharedBy(sentence: string, valueStart: number, label: string): string[] {
  const before = sentence.slice(0, valueStart);
  const clause = before.slice(Math.max(...[...'，,；;：:。'].map((c) => before.lastIndexOf(c))) + 1);
  const items = clause.split('、');
  // (…分别增长11.3%和3%: the list pairs one to one, and the second value is no one's but its own subject's)
  if (
    items.length < 2 ||
    !items.at(-1)!.includes(label) ||
    RESPECTIVELY.test(items.at(-1)!) ||
    /[\d０-９]/u.test(items.at(-1)!)
  )
    return [];
  const earlier = items.slice(0, -1).map((item) => item.replace(FILLER_START, '').trim());
  return earlier.every((item) => item.length >= 2 && /^\p{Script=Han}+$/u.test(item)) ? earlier : [];
}
