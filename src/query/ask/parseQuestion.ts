import type { City, Corpus } from '../../corpus/corpus.js';
import { findIndicator, type Indicator } from '../../facts/indicators.js';
import { asMeant, fiveYearPlanIn, LEXICON, lexiconPattern, questionWordsPattern } from '../../lexicon/lexicon.js';
import { chineseNumberToInt, nfkc } from '../../text/normalize.js';
import { yearsInFigures } from '../../text/years.js';

export type QuestionKind =
  | 'target'
  | 'achieved'
  | 'met'
  | 'compare'
  | 'plan'
  | 'all-targets'
  | 'passage'
  | 'report'
  | 'definition';

export interface ParsedQuestion {
  text: string;
  city: City | null;
  /** Every city the question names ("嘉兴和温州今年GDP目标"). */
  cities: City[];
  /** A place the user named that the corpus does not have (杭州). */
  unknownPlace: string | null;
  /** The year asked about, once 今年/去年 are resolved against the city's latest report. */
  year: number | null;
  /** 今年 / 去年 / 2024年 as the user wrote it. */
  yearWords: string | null;
  indicator: Indicator | null;
  kind: QuestionKind;
  /** The question with city, year and question words removed: what to search for. */
  rest: string;
  /** The question with only the city and year removed: what a figure's subject is matched against. */
  subject: string;
  /** The five-year plan period the question names (十三五 → 2016–2020), or null. */
  fiveYears: { from: number; to: number } | null;
  /** "甘肃省2026年政府工作报告说…": the year names the report, not the data (which is then the report's review). */
  reportYear: number | null;
  /** No place named (or only where a ranking is, 全国排第几): the State Council's is asked by default. */
  placeByDefault?: boolean;
}

/**
 * A question about a target (the lexicon's target words). 争取到 is what was obtained, and 计划 before
 * 专项/项目/生育/单列 is part of a name (国家重点研发计划专项): neither asks a target.
 */
export const TARGET_WORDS = questionWordsPattern('target');
const ACHIEVED_WORDS = lexiconPattern('ask.achieved');
/** The country a figure is compared with (比全国高多少, 高于全国): the lexicon's ask.comparedWithNation. */
const COMPARED_WITH_NATION = lexiconPattern('ask.comparedWithNation');
/** A rank mentioned in a question (排, 第几, 居): the lexicon's ask.rankMentioned. */
const RANK_MENTIONED = lexiconPattern('ask.rankMentioned');
/** "…目标完成了吗?": whether a year's target was met, answered from the next year's report. */
export const MET_WORDS = lexiconPattern('ask.met');
/** "…增长目标是多少，实际完成多少", "…的目标，实际完成多少": the target and the result asked at once — a met question. */
export const TARGET_AND_RESULT = new RegExp(
  `(?:(?:目标|${questionWordsPattern('target').source})[^，,。？?]{0,8}(?:多少|几)[^，,。？?]*|目标)[，,？?]\\s*(?:那|而)?(?:实际|最后|最终|结果)`,
  'u',
);
/** 实际增长了多少 (the lexicon's actual words): the result is asked, even where the question also names the target. 实际使用外资 is a name. */
export const ACTUAL_WORDS = questionWordsPattern('actual');
const PLAN_WORDS = lexiconPattern('ask.plan');
const ALL_TARGETS = lexiconPattern('ask.allTargets');
const COMPARE_WORDS = lexiconPattern('ask.compare');
const QUESTION_NOISE = lexiconPattern('ask.noise', 'gu');
/** 中 after a whole and a part of it of two characters or more (…中国营商业, …中的工资性收入): the lexicon's. */
const PART_AFTER_WHOLE = new RegExp(`^(?:${LEXICON.patterns['ask.partAfterWhole']})`, 'u');
/** A whole named before a part of it (社会商品零售额中, 固定资产投资中的): a quantity noun of the lexicon's, then 中. */
const WHOLE_BEFORE_PART = new RegExp(
  `\\p{Script=Han}+?(?:${LEXICON.quantityNouns.words.join('|')})(?=${LEXICON.patterns['ask.partAfterWhole']})中的?`,
  'u',
);
/** 多少家, 几个: things counted asked (the lexicon's counting units, people's apart). */
const THINGS_COUNTED = new RegExp(
  `(?:${LEXICON.patterns['ask.howMany']})(?:${LEXICON.units
    .filter((u) => u.counts && u.kind !== 'people')
    .map((u) => u.unit)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'u',
);
/** An indicator's name ending as an amount's does (出口总额, 地区生产总值): the lexicon's indicator.amountNameEnd. */
const AMOUNT_NAME_END = lexiconPattern('indicator.amountNameEnd');

/** A share asked (占多少, 比重): the lexicon's measure.share — of the whole, which then stays in the subject. */
const SHARE_ASKED = lexiconPattern('measure.share');

/** Generic nouns of a question ("…有哪些举措") that no passage needs to contain. */
const GENERIC_WORDS = lexiconPattern('ask.generic', 'gu');
/** Words ending in 市/区/县 that are not places. */
const NOT_PLACES = lexiconPattern('place.notPlace');

/** Words that never start a place name: question words, quantifiers, time words. */
const NOT_PLACE_START = lexiconPattern('place.notStart');
/** How a word ends that names no place (万人社区, 百亿元). */
const NOT_PLACE_END = lexiconPattern('place.notEnd');
/** "比1987年": the year a question compares with, in its first group (the lexicon's ask.comparedYear). */
const COMPARED_YEAR = lexiconPattern('ask.comparedYear');
/** Where the place ends in "杭州今年GDP目标": before the first time word, year, or indicator. */
const AFTER_PLACE = lexiconPattern('place.after');
/** A character before a later mention of the place that ends a word, so the mention opens no name: the lexicon's. */
const NOT_NAME_BEFORE = lexiconPattern('place.nameBefore');

function unknownPlaceIn(text: string, corpus: Corpus): string | null {
  for (const m of text.matchAll(/([\p{Script=Han}]{2,4}?)(市|区|县)/gu)) {
    const name = m[0];
    // "办结了多少件市政协提案": a question word inside is no place name.
    if (
      NOT_PLACES.test(name) ||
      NOT_PLACES.test(m[1]!) ||
      NOT_PLACE_END.test(name) ||
      NOT_PLACE_START.test(name) ||
      /哪|城市|多少|几|了/u.test(name)
    )
      continue;
    if (!corpus.findCity(name) && !/今年|去年|目标|增长|生产总值/u.test(name)) return name;
  }
  // "杭州今年GDP目标": a leading name of two to four characters, right before a time word or an indicator.
  const lead =
    /^([\p{Script=Han}]{2,4}?)(?=今年|去年|前年|\d{4}|的|GDP|gdp|地区生产|生产总值|经济|规上|规模以上|固定资产|社会消费|一般公共|居民|城镇|农村|研发|进出口|外贸)/u.exec(
      text,
    );
  if (
    lead &&
    !NOT_PLACE_START.test(lead[1]!) &&
    !NOT_PLACE_END.test(lead[1]!) &&
    !AFTER_PLACE.test(lead[1]!) &&
    !corpus.findCity(lead[1]!)
  )
    return lead[1]!;
  return null;
}

/** "嘉兴和杭州今年GDP目标": a name in the leading list of places that the corpus does not have. */
function unknownInList(text: string, corpus: Corpus): string | null {
  const lead = text.split(AFTER_PLACE)[0] ?? '';
  const names = lead.split(/[和、与及,，\s]+/u).filter((n) => /^\p{Script=Han}{2,4}$/u.test(n));
  if (names.length < 2) return null;
  return names.find((n) => !corpus.findCity(n) && !NOT_PLACE_START.test(n)) ?? null;
}

/** A year written out: 2024年, 2024, or with two figures (08年 is 2008, 97年 1997: the reports go back to 1954). */
function explicitYear(text: string): { written: string; year: number } | null {
  // 连续12年, 近10年, 第15年 count years, they name none; 比1957年 is the year compared with, not the one asked.
  const twoFigures = /(?<![\d.连续近过去前后第共约比较])(\d{2})年(?!代|来|间|内|多|以来)/u.exec(text);
  // (a year right before a count — 2022年12个产业集聚区 — keeps its 年)
  const fourFigures = /(?<![\d比较])((?:19|20)\d{2})(?:年度|年|(?!\d))/u.exec(text);
  // The first written wins: "93年报告里说，1992年…" names the report first.
  const two = twoFigures
    ? { written: twoFigures[0], year: (Number(twoFigures[1]) < 50 ? 2000 : 1900) + Number(twoFigures[1]) }
    : null;
  const four = fourFigures ? { written: fourFigures[0], year: Number(fourFigures[1]) } : null;
  if (two && four) return (twoFigures?.index ?? 0) < (fourFigures?.index ?? 0) ? two : four;
  return four ?? two;
}

/**
 * The phrase naming a report by its year (`written`, as the question writes it): 2026年政府工作报告,
 * 2024年的报告, 1980年那份国务院报告, 81年底国务院那份报告里.
 */
function reportNamedAfter(written: string): RegExp {
  return new RegExp(`${written}${LEXICON.patterns['ask.reportAfterYear']}`, 'u');
}

/** Two years written as a span (2003到2007, 1988—1992年): the lexicon's period.yearSpan. */
const YEAR_SPAN = lexiconPattern('period.yearSpan');

/**
 * A year as a question writes it with the 到 before it and the 底 or 末 after it (到1957年, 1996年底): the lexicon's
 * ask.untilYear and period.yearEnd.
 */
function yearWithWords(written: string, flags: string): RegExp {
  return new RegExp(
    `(?:${LEXICON.patterns['ask.untilYear']})?${written}(?:${LEXICON.patterns['period.yearEnd']})?`,
    flags,
  );
}
/** The years of a period said in words (过去五年, 今后五年, 以来的六年里): the lexicon's ask.periodWords. */
const PERIOD_WORDS = lexiconPattern('ask.periodWords', 'gu');

/** How a figure was adjusted (扣除…后, 按可比口径): the lexicon's fact.adjustment. */
const ADJUSTMENT = lexiconPattern('fact.adjustment', 'gu');

/** Words that put a question on the whole country, whose figures are the State Council's. */
const NATIONAL_WORDS = lexiconPattern('ask.national');

/**
 * No place named: the State Council's reports answer a question about the country (国务院, 我国, 国民生产总值),
 * and a question about a year that only they cover (98年GDP增长目标…, when no other report of 1998 or 1999 is here).
 */
function nationalByDefault(corpus: Corpus, text: string, year: number | null): City | null {
  const national = corpus.cities.find((c) => c.level === '国家');
  if (!national) return null;
  // 全国 as where a ranking is (增速在全国排第几) puts no question on the country.
  if (NATIONAL_WORDS.test(text.replace(/(?:在|居|列|位居)全国(?:排|第|内|中|位|前)/gu, ''))) return national;
  // (no year, but a five-year plan named whose years only the country's reports cover: “一五”计划…)
  const plan = year === null ? fiveYearPlanIn(text) : null;
  const from = plan?.from ?? year;
  const to = plan?.to ?? year;
  if (from === null || to === null) return null;
  const covers = (y: number) => y >= from && y <= to + 1;
  const others = corpus.reports.some((r) => r.level !== '国家' && covers(r.year));
  return !others && national.years.some(covers) ? national : null;
}

/** "河北省政府2008年回顾过去五年": the lexicon's ask.reviewedFiveYears, the year in its first group. */
/** The five years just past, with no year said (过去五年, 五年来): the lexicon's ask.pastFiveYears. */
const PAST_FIVE_YEARS = lexiconPattern('ask.pastFiveYears');
/** Years said ahead (今后五年, 未来三年), how many in its group: the lexicon's ask.futurePeriod. */
const FUTURE_PERIOD = lexiconPattern('ask.futurePeriod');
const REVIEWED_FIVE_YEARS = lexiconPattern('ask.reviewedFiveYears');

/** The levels of a province, whose name alone may be written with 省 or 自治区. */
const PROVINCE_LEVELS = new Set(['省', '自治区']);
/** The level a place name may be written with (嘉兴市, 河北省): the lexicon's place.levelSuffix. */
const LEVEL_SUFFIX = LEXICON.patterns['place.levelSuffix'];
/** …but not when that character opens a word the name runs into (宁波市场主体 is 宁波's 市场主体): place.levelSuffixNotBefore. */
const LEVEL_SUFFIX_NOT_BEFORE = LEXICON.patterns['place.levelSuffixNotBefore'];

export function parseQuestion(corpus: Corpus, question: string): ParsedQuestion {
  // 一九五八年 is read as 1958年: every reading of a year below sees it in figures.
  const text = yearsInFigures(nfkc(question).trim());
  // Cities by their Chinese names anywhere, in the order written, or by pinyin as words of their own ("jiaxing 2024 GDP目标").
  const named = corpus.citiesIn(text).sort((a, b) => text.indexOf(a.short) - text.indexOf(b.short));
  const words: string[] = text.toLowerCase().match(/[a-z]+/gu) ?? [];
  // (…a place in full pinyin before a Chinese one, as an English question is read — anhui …在全国排第几 — is asked
  // too; initials, pm of PM2.5, are read only where no Chinese name stands)
  const spelled = words.map((w) => corpus.findCity(w)).filter((c) => c !== undefined);
  const cities =
    named.length > 0 ? [...spelled.filter((c) => words.includes(c.slug) && !named.includes(c)), ...named] : spelled;
  // "嘉兴南湖区", "嘉兴市南湖区": a place written right before one of its own districts (with its 市 or 省, or
  // without) says where the district is; the district is asked.
  const withinParent = cities.filter((c) =>
    cities.some(
      (d) =>
        d !== c &&
        d.parent !== null &&
        d.parent.startsWith(c.short) &&
        [c.short, c.city].some((name) => text.includes(`${name}${d.short}`)),
    ),
  );
  for (const parent of withinParent) cities.splice(cities.indexOf(parent), 1);
  // "全国重点实验室落户河北": 全国 opening a name is no place when another place is named.
  const nameOpening = /全国(?![的排第各])\p{Script=Han}{2}/u.test(text);
  if (nameOpening && cities.length > 1) {
    const national = cities.findIndex((c) => c.level === '国家');
    if (national >= 0) cities.splice(national, 1);
  }
  // "彬州生产总值在咸阳排第几", "营收排到全国第几位": a place after 在/居/列/排 and before 排/第, or right before a
  // rank asked (全国第几), is where the ranking is, not a subject.
  // (…and so is the country a figure is compared with, 比全国高多少: the national average, no place asked)
  const subjects = cities.filter(
    (c) =>
      !(c.level === '国家' && COMPARED_WITH_NATION.test(text)) &&
      !new RegExp(
        `(?:${LEXICON.patterns['ask.rankScopeBefore']})${c.short}(?:${LEVEL_SUFFIX})?(?:${LEXICON.patterns['ask.rankScopeAfter']})|${c.short}(?:${LEVEL_SUFFIX})?${LEXICON.patterns['ask.rankAfterPlace']}`,
        'u',
      ).test(text),
  );
  // Every place named being where a ranking is ("增速在全国排第几", a later part of a question), none is the
  // subject: the question names no place of its own.
  const onlyScopes =
    subjects.length === 0 && cities.length > 0 && (RANK_MENTIONED.test(text) || COMPARED_WITH_NATION.test(text));
  cities.splice(0, cities.length, ...(subjects.length > 0 ? subjects : onlyScopes ? [] : cities));
  const placeByDefault = cities.length === 0;
  if (cities.length === 0 && !COMPARE_WORDS.test(text)) {
    const national = nationalByDefault(corpus, text, explicitYear(text)?.year ?? null);
    if (national) cities.push(national);
  }
  const city = cities[0] ?? null;
  const unknownPlace = COMPARE_WORDS.test(text)
    ? null
    : city
      ? unknownInList(text, corpus)
      : unknownPlaceIn(text, corpus);
  const latest = city?.years.at(-1) ?? null;
  let year: number | null = null;
  let yearWords: string | null = null;
  const explicit = explicitYear(text);
  // "看甘肃省2026年政府工作报告", "2026年报告里", "1980年那份国务院报告里", "81年底国务院那份报告": a year
  // written before 报告 names the report asked — and a second year, if the question names one, is the data's.
  const reportPhrase = explicit ? reportNamedAfter(explicit.written).exec(text) : null;
  const namesReport = explicit !== null && reportPhrase !== null;
  const reportYear = namesReport ? explicit.year : null;
  const dataYearBeside = reportPhrase ? explicitYear(text.replace(reportPhrase[0], ' ')) : null;
  if (explicit && !namesReport) {
    year = explicit.year;
    yearWords = explicit.written;
  } else if (dataYearBeside) {
    year = dataYearBeside.year;
    yearWords = dataYearBeside.written;
  } else if (namesReport) {
    yearWords = null;
  } else if (/今年|本年|当年/u.test(text)) {
    year = latest;
    yearWords = '今年';
  } else if (/去年|上年|上一年/u.test(text)) {
    year = latest !== null ? latest - 1 : null;
    yearWords = '去年';
  } else if (/前年/u.test(text)) {
    year = latest !== null ? latest - 2 : null;
    yearWords = '前年';
  }
  // (how a figure is adjusted names no indicator: 扣除物价因素 is no 居民消费价格)
  const searched = text.replace(/(?:19|20)\d{2}年?/gu, '').replace(ADJUSTMENT, '');
  const indicatorMatch = findIndicator(searched);
  // (an indicator naming the whole a part is asked of, 社会商品零售额中国营商业, is no indicator asked: the part is)
  const partAsked =
    indicatorMatch !== null &&
    !SHARE_ASKED.test(text) &&
    PART_AFTER_WHOLE.test(asMeant(nfkc(searched).toLowerCase()).slice(indicatorMatch.at + indicatorMatch.alias.length));
  // (…nor is an amount's indicator asked in things counted: 出口实绩企业总数达到多少家 counts firms, 出口 names them)
  const countedInThings = THINGS_COUNTED.test(text) && AMOUNT_NAME_END.test(indicatorMatch?.indicator.name ?? '');
  const indicator = partAsked || countedInThings ? null : (indicatorMatch?.indicator ?? null);
  let kind: QuestionKind;
  if (indicator && COMPARE_WORDS.test(text) && !city) kind = 'compare';
  else if (indicator && PLAN_WORDS.test(text)) kind = 'plan';
  else if (indicator && (MET_WORDS.test(text) || TARGET_AND_RESULT.test(text))) kind = 'met';
  else if (!indicator && city && ALL_TARGETS.test(text)) kind = 'all-targets';
  else if (!indicator) kind = 'passage';
  else if (ACTUAL_WORDS.test(text)) kind = 'achieved';
  else if (TARGET_WORDS.test(text)) kind = 'target';
  else if (ACHIEVED_WORDS.test(text) || yearWords === '去年' || yearWords === '前年') kind = 'achieved';
  else kind = 'target';
  let rest = text;
  // (保定市区, 嘉兴城区: the city's urban districts are the city asked, no part of the subject)
  // (…but a later mention inside a name, between two of its characters, is the name's: 南水北调保定段)
  if (city) {
    let first = true;
    rest = rest.replace(
      // (省 and 自治区 only after a province's name: 汕尾省、市重点建设项目 lists the province's projects and the city's)
      new RegExp(
        `${city.short}(?:(市区|城区|市|区|县${PROVINCE_LEVELS.has(city.level) ? `|${[...PROVINCE_LEVELS].join('|')}` : ''})(?!${LEVEL_SUFFIX_NOT_BEFORE}))?|\\b${city.slug}\\b`,
        'giu',
      ),
      (match: string, suffix: string | undefined, at: number, whole: string) => {
        const insideName =
          !first &&
          !suffix &&
          !NOT_NAME_BEFORE.test(whole[at - 1] ?? '') &&
          /\p{Script=Han}/u.test(whole[at + match.length] ?? '');
        first = false;
        return insideName ? match : ' ';
      },
    );
  }
  // A span of years (2003到2007) goes whole, before its first year alone would.
  const yearSpan = YEAR_SPAN.exec(rest);
  if (yearSpan) rest = rest.replace(yearSpan[0], ' ');
  // "看甘肃省2026年政府工作报告", "那份2024年报告里说": where to look, not what to look for.
  if (namesReport && explicit)
    rest = rest.replace(
      new RegExp(
        `(?:看|据|按|根据|按照)?[^，,。？?]{0,8}?${reportNamedAfter(explicit.written).source}(?:说|讲|提到)?`,
        'u',
      ),
      ' ',
    );
  // (到1957年: the 到 of the year goes with it — 开滦煤矿到1957年年产能力 is 开滦煤矿年产能力)
  // (…and so do 底 and 末 after it: 1996年底外汇储备 is 外汇储备 at the end of 1996)
  if (explicit) rest = rest.replace(yearWithWords(explicit.written, 'u'), ' ');
  if (dataYearBeside) rest = rest.replace(dataYearBeside.written, ' ');
  // 比上年/较上年 go whole: a 比 left behind would be read as part of the subject.
  rest = rest.replace(/(?:比|较)上一?年|(?:比|较)(?:19|20)?\d{2}年|今年|去年|前年|本年|当年|上一?年/gu, ' ');
  for (const c of [...cities.slice(1), ...withinParent])
    rest = rest.replace(new RegExp(`${c.short}(?:(?:${LEVEL_SUFFIX})(?!${LEVEL_SUFFIX_NOT_BEFORE}))?`, 'gu'), ' ');
  // A place the corpus lacks (嘉兴和杭州…) is a place, not part of the subject.
  if (unknownPlace) rest = rest.replace(unknownPlace, ' ');
  // 十一五 is 2006–2010, 十三五 2016–2020, 七五 1986–1990 (the lexicon's five-year plans).
  const plan = fiveYearPlanIn(text);
  // "过去五年(2007-2011)": a span of years written as its first and last year is a period too, five years or
  // the six a review may look back on (2001年以来的六年里（2001—2006年）), or the two a review names (这两年中:
  // 1977年到1978年这两年).
  const span = YEAR_SPAN.exec(text);
  const spanLength = span ? Number(span[2]) - Number(span[1]) + 1 : 0;
  const spanYears = span && spanLength >= 2 && spanLength <= 10 ? { from: Number(span[1]), to: Number(span[2]) } : null;
  // "河北省政府2008年回顾过去五年", "2003年报告回顾前五年": the five years that year's report reviews.
  const reviewed = REVIEWED_FIVE_YEARS.exec(text);
  const reviewedYears = reviewed ? { from: Number(reviewed[1]) - 5, to: Number(reviewed[1]) - 1 } : null;
  // "1992年钢产量比1987年增长了多少": a growth over the five years since the one compared with, asked as them.
  const comparedWith = COMPARED_YEAR.exec(text);
  const sinceCompared =
    comparedWith && year !== null && Number(comparedWith[1]) === year - 5
      ? { from: Number(comparedWith[1]) + 1, to: year }
      : null;
  // "珠海过去五年…", no year said: the five years the place's newest report reviews — or the named report's
  // (据河北2008年政府工作报告对过去五年的回顾).
  const reviewing = reportYear ?? (year === null ? city?.years.at(-1) : undefined);
  const pastFive =
    !plan && !spanYears && !reviewedYears && reviewing !== undefined && PAST_FIVE_YEARS.test(text)
      ? { from: reviewing - 5, to: reviewing - 1 }
      : null;
  // (a span inside the plan named, shorter than it — “一五”计划头两年（1953年到1954年）, its last three years 1955年到1957年
  // — is the years asked: the plan only says which years those are)
  const partOfPlan =
    plan &&
    spanYears &&
    spanYears.from >= plan.from &&
    spanYears.to <= plan.to &&
    spanYears.to - spanYears.from < plan.to - plan.from;
  // "2012年政府工作报告提出的今后五年…": the years ahead of the report named, counted from its year.
  const ahead = reportYear !== null && !plan && !spanYears ? FUTURE_PERIOD.exec(text) : null;
  const aheadCount = ahead ? chineseNumberToInt(ahead[1]!) : null;
  const aheadYears =
    reportYear !== null && aheadCount !== null && aheadCount >= 2 && aheadCount <= 10
      ? { from: reportYear, to: reportYear + aheadCount - 1 }
      : null;
  const fiveYears =
    plan && !partOfPlan
      ? { from: plan.from, to: plan.to }
      : (spanYears ?? reviewedYears ?? sinceCompared ?? pastFive ?? aheadYears);
  if (pastFive) year = pastFive.to;
  if (!plan && !spanYears && reviewedYears) {
    year = reviewedYears.to;
    // (the words of the review, 回顾过去五年, go; the year went with the other years)
    rest = rest.replace(reviewed![0].slice(reviewed![0].indexOf('回顾')), ' ');
  }
  if (plan) rest = rest.replace(plan.written, ' ');
  // (the year compared with says what the figure is measured against, not what it is of: 与1987年相比)
  if (comparedWith) rest = rest.replace(comparedWith[0], ' ');
  if (span && spanYears) {
    rest = rest.replace(span[0], ' ');
    year = spanYears.to;
  }
  // (the period's last year said again, 第一个五年计划（1953年到1957年）规定，到1957年…, is where the period arrives:
  // no part of the subject either)
  if (fiveYears) rest = rest.replace(yearWithWords(`${fiveYears.to}年`, 'gu'), ' ');
  // (the years of a period said in words go with it: 过去五年, 今后五年, 2001年以来的六年里 — and so does the 期间 after
  // the brackets its span was read from: 第一个五年计划（1953年到1957年）期间)
  rest = rest.replace(/[(（]\s*[)）]/gu, ' ').replace(PERIOD_WORDS, ' ');
  // (a part of a whole, 社会商品零售额中国营商业, is what is asked: the whole only frames it, as 其中 does in a report —
  // and its 中 opens no 中国)
  if (!SHARE_ASKED.test(text)) rest = rest.replace(WHOLE_BEFORE_PART, ' ');
  // 国务院/我国/全国 name the country, which is the place asked, not part of the subject.
  if (city?.level === '国家') rest = rest.replace(new RegExp(`${NATIONAL_WORDS.source}|国家(?!级|重点)`, 'gu'), ' ');
  // "…目标完成了吗", "…达到年初目标了没": whether it was met is the question, not part of the subject.
  rest = rest.replace(new RegExp(MET_WORDS.source, 'gu'), ' ');
  // (…nor how the figure was adjusted, 剔除虚增空转因素后, which no fact's subject holds either)
  rest = rest.replace(ADJUSTMENT, ' ');
  const subject = rest.replace(/\s+/gu, ' ').trim();
  rest = rest.replace(QUESTION_NOISE, ' ').replace(GENERIC_WORDS, ' ').replace(/\s+/gu, ' ').trim();
  return {
    text,
    city,
    cities,
    unknownPlace,
    year,
    yearWords,
    indicator,
    kind,
    rest,
    subject,
    fiveYears,
    reportYear,
    placeByDefault,
  };
}
