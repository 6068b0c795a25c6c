import type { Report } from '../corpus/types.js';
import { alternatives, fiveYearPlanIn, LEXICON } from '../lexicon/lexicon.js';
import { chineseNumberToInt, foldWidth, nfkc } from '../text/normalize.js';
import { YEAR_OF_FIGURE, yearsInFigures } from '../text/years.js';

/**
 * The time a passage talks about. A report delivered in year Y reviews Y-1 (工作回顾), sets Y's targets
 * and work plan, and may review or plan a five-year period (十三五, 今后五年, 到2025年).
 */
export type PeriodKind = 'review' | 'year-plan' | 'multi-year-review' | 'multi-year-plan' | 'none';

export interface Period {
  kind: PeriodKind;
  from: number;
  to: number;
}

/** A five-year plan's short name (十一五 … 十六五). */
const PLAN_NAME = /十([一二三四五六])五/u;

/** 十一五 = 2006–2010 … 十四五 = 2021–2025 (from the third plan, 1966–1970, every five years). */
function fiveYearPlan(text: string): [number, number] | null {
  const m = PLAN_NAME.exec(text);
  const digit = m?.[1] ? chineseNumberToInt(m[1]) : null;
  if (digit === null) return null;
  const from = 1966 + (10 + digit - 3) * 5;
  return [from, from + 4];
}

/** A five-year review named (过去五年, 五年来, 十三五…成就, 取得伟大成就的五年): the lexicon's period.multiYearReview. */
const MULTI_YEAR_REVIEW = new RegExp(LEXICON.patterns['period.multiYearReview'], 'u');
const MULTI_YEAR_PLAN = /今后五年|未来五年|规划纲要|十[一二三四五六]五.{0,6}(?:规划|目标|时期)/u;
const REVIEW = /回顾|以来|工作总结|一年来|过去一年|主要工作及/u;
const YEAR_PLAN =
  /(?:\d{4}|20xx|今年|明年)年?.{0,12}(?:工作|任务|目标|安排|思路|要求)|工作安排|重点工作|主要任务|目标任务|自身建设/u;

/** A heading saying what was achieved (取得新成效, 成就): the lexicon's period.achievedHeading. */
const ACHIEVED = new RegExp(LEXICON.patterns['period.achievedHeading'], 'u');

/** A year in figures (2024年) and in numerals (一九五八年, as the older reports write it). */
const YEAR_IN_FIGURES = /((?:19|20)\d{2})年/u;
const YEAR_IN_NUMERALS = /([一二三四五六七八九〇零]{4})年/u;

/** Where a text first writes a year, either way; -1 when it writes none. */
function yearWrittenAt(text: string): number {
  const at = [text.search(YEAR_IN_FIGURES), text.search(YEAR_IN_NUMERALS)].filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
}

/** 2024年, and 一九五八年 as the older reports write a year. */
function explicitYear(text: string): number | null {
  const m = YEAR_IN_FIGURES.exec(text);
  if (m?.[1]) return Number(m[1]);
  const written = YEAR_IN_NUMERALS.exec(text)?.[1];
  if (!written) return null;
  const year = Number([...written].map((ch) => '〇一二三四五六七八九'.indexOf(ch === '零' ? '〇' : ch)).join(''));
  return year >= 1900 && year < 2100 ? year : null;
}

/** The period a section heading announces, or null when the heading says nothing about time. */
export function periodOfHeading(written: string, reportYear: number): Period | null {
  // Full-width figures (１９５５年) are figures too.
  const heading = nfkc(written);
  const year = explicitYear(heading);
  const plan = fiveYearPlan(heading);
  // "2020年主要工作及“十三五”发展成就": the named year is the more specific period.
  if (year !== null && year < reportYear) return { kind: 'review', from: year, to: year };
  // `二、1981年国民经济计划的任务和主要指标` in the report delivered in 1980: next year's plan, that year's.
  if (year !== null && year === reportYear + 1 && YEAR_PLAN.test(heading))
    return { kind: 'year-plan', from: year, to: year };
  // `全力推动“十五五”开好局、起好步`: the plan's first year, this report's year; and `二、“十五五”时期目标任务和
  // 2026年工作安排` is mostly the year's work (a paragraph about the five years says so: 到2030年, 今后五年).
  if (plan && plan[0] === reportYear && (/开好局|起好步|开局之年|第一年/u.test(heading) || year === reportYear))
    return { kind: 'year-plan', from: reportYear, to: reportYear };
  // `三、2007年工作的主要目标和任务今年是“十一五”规划的第二年` (a collector ran the heading into its paragraph): the
  // year's work named first is what the section is; the plan after it only frames the year.
  const yearAt = yearWrittenAt(heading);
  if (plan && year === reportYear && YEAR_PLAN.test(heading) && yearAt >= 0 && yearAt < heading.search(PLAN_NAME))
    return { kind: 'year-plan', from: reportYear, to: reportYear };
  if (plan) {
    const [from, to] = plan;
    return { kind: to < reportYear ? 'multi-year-review' : 'multi-year-plan', from, to };
  }
  if (MULTI_YEAR_REVIEW.test(heading)) return { kind: 'multi-year-review', from: reportYear - 5, to: reportYear - 1 };
  if (MULTI_YEAR_PLAN.test(heading)) return { kind: 'multi-year-plan', from: reportYear, to: reportYear + 4 };
  if (REVIEW.test(heading)) return { kind: 'review', from: reportYear - 1, to: reportYear - 1 };
  // `(二)“十五”时期国民经济和社会发展主要情况` under a section on the next plan: a plan of any number, named where
  // its name is no other word, reviewed when it has ended (a year named says more: 第二个五年计划的第二年——一九五九年)
  const named = year === null ? fiveYearPlanIn(heading) : null;
  if (named)
    return { kind: named.to < reportYear ? 'multi-year-review' : 'multi-year-plan', from: named.from, to: named.to };
  // `二、1956年的国家预算`: a heading naming this report's year is about this year. (`(四)政府自身建设取得新成效`
  // says what was achieved: under a review it is the review's, whatever work it names.)
  if ((YEAR_PLAN.test(heading) && !ACHIEVED.test(heading)) || year === reportYear)
    return { kind: 'year-plan', from: reportYear, to: reportYear };
  return null;
}

export const NO_PERIOD: Period = { kind: 'none', from: 0, to: 0 };
const NONE = NO_PERIOD;

/** "作关于第一个五年计划的报告": a report on a five-year plan (the lexicon's report.onPlan, the plan's full name). */
const ON_PLAN = new RegExp(LEXICON.patterns['report.onPlan'], 'u');

/**
 * The five-year plan a whole report is about, as its opening says (1955: 向本次大会作关于第一个五年计划的报告):
 * its paragraphs that name no time of their own are that plan's, not of no time at all.
 */
function planTheReportIsAbout(report: Report): Period | null {
  const opening = report.paragraphs
    .filter((p) => p.kind === 'paragraph')
    .slice(0, 3)
    .map((p) => p.text)
    .join('');
  const name = ON_PLAN.exec(opening)?.[1];
  const plan = name ? LEXICON.fiveYearPlans.plans.find((p) => p.fullName === name) : undefined;
  return plan && plan.to >= report.year ? { kind: 'multi-year-plan', from: plan.from, to: plan.to } : null;
}

/**
 * Every paragraph's period, from the headings above it, outermost first: a heading that says something
 * about time sets the period for what is under it; a top-level heading that says nothing ("一、全力以赴
 * 稳增长…" inside a work plan) continues the period of the top-level section before it.
 */
export function paragraphPeriods(report: Report): Map<string, Period> {
  const out = new Map<string, Period>();
  // The first paragraph under each top-level heading: where a heading says nothing of time, its opening does.
  const openings = new Map<string, string>();
  for (const p of report.paragraphs) {
    const top = p.section[0];
    if (p.kind !== 'heading' && top !== undefined && !openings.has(top)) openings.set(top, p.text);
  }
  const wholeReport = planTheReportIsAbout(report) ?? NONE;
  let carried: Period = wholeReport;
  let currentTop: string | undefined;
  let lastYear: Period | null = null;
  let fiveYears = false;
  let untimed: Period | null = null;
  let beforeHeadings: Period = wholeReport;
  for (const p of report.paragraphs) {
    const [top, ...inner] = p.kind === 'heading' ? [...p.section, p.text] : p.section;
    if (top !== undefined && top !== currentTop) {
      currentTop = top;
      carried = periodOfHeading(top, report.year) ?? periodOfOpening(openings.get(top) ?? '', report.year) ?? carried;
    }
    // Before the first heading (a review with no heading of its own, after 各位代表), each paragraph's
    // opening sets the period until another does.
    if (top === undefined && p.kind !== 'heading')
      beforeHeadings = periodOfOpening(p.text, report.year) ?? beforeHeadings;
    let period = top === undefined ? beforeHeadings : carried;
    for (const h of inner) period = periodOfHeading(h, report.year) ?? period;
    // Inside a five-year review, "过去一年，…" turns to the last year, and the paragraphs after it
    // ("一是…", "二是…") stay there until the review turns back ("各位代表", "这五年") or a heading.
    // A paragraph opening "这五年…" or "五年来…" under a heading of the last year's work ("2020年主要工作及
    // 十三五发展成就 › 一年来…") reviews the five years, not the one.
    // …and the paragraphs after it stay with the five years (河南 2026: "过去的五年极不寻常…", then "综合实力稳步
    // 提升。…", "乡村振兴扎实有效。…") until one turns to the last year ("刚刚过去的2025年…") or a heading.
    // Under a heading that says nothing of time (一、当前国内形势和基本任务), a paragraph whose opening does
    // ("１９８６年是…的一年") sets the period for itself and the paragraphs after it, until a heading.
    if (p.kind === 'heading') untimed = null;
    else if (period.kind === 'none') {
      untimed = periodOfOpening(p.text, report.year) ?? untimed;
      if (untimed) period = untimed;
    }
    // (a heading of no time below the top — a line the collector broke, 中国驰名商标 — does not end the five years)
    if (p.kind === 'heading' && (p.level === 1 || periodOfHeading(p.text, report.year))) fiveYears = false;
    else if (period.kind === 'review') {
      if (opensFiveYears(p.text, report.year)) fiveYears = true;
      else if (turnsToLastYear(p.text, report.year)) fiveYears = false;
      if (fiveYears) period = { kind: 'multi-year-review', from: report.year - 5, to: report.year - 1 };
    }
    if (p.kind === 'heading') lastYear = null;
    else if (period.kind === 'multi-year-review') {
      if (turnsToLastYear(p.text, report.year))
        lastYear = { kind: 'review', from: report.year - 1, to: report.year - 1 };
      else if (BACK_TO_REVIEW.test(p.text)) lastYear = null;
      if (lastYear) period = lastYear;
    } else if (period.kind === 'multi-year-plan') {
      // After the five-year plan, "各位代表！１９９３年是…的一年" / "今年…" turns to this year's work, until a heading.
      const opened = periodOfOpening(p.text, report.year);
      if (opened?.kind === 'year-plan') lastYear = opened;
      if (lastYear) period = lastYear;
    }
    out.set(p.id, period);
  }
  return out;
}

/** The lexicon's openings of a review paragraph, after an optional dash (——这五年). */
const opening = (words: readonly string[]) => new RegExp(`^(?:——)?(?:${alternatives(words)})`, 'u');
const FIVE_YEAR_OPENING = opening(LEXICON.periodOpenings.fiveYears);

/** A paragraph's opening without an address to the deputies (各位代表！五年来，…). */
function openingOf(text: string): string {
  return text.replace(/^\s*各位代表[！!，,：:]\s*/u, '');
}
const LAST_YEAR_OPENING = opening(LEXICON.periodOpenings.lastYear);
/** A plan named (这五年计划安排…: the five years of a plan, not the five just past): the lexicon's period.planNamed. */
const PLAN_NAMED = new RegExp(LEXICON.patterns['period.planNamed'], 'u');
/** The words a sentence sets a plan's goal with (预期目标为): the lexicon's period.planGoal. */
const PLAN_GOAL = new RegExp(LEXICON.patterns['period.planGoal'], 'u');
const BACK_TO_REVIEW = opening(LEXICON.periodOpenings.backToReview);

/**
 * A paragraph of a five-year review that turns to the last year: it opens with 过去一年/一年来/去年, or its
 * first clause names that year ("这里还要着重指出的是，在刚刚过去的１９８７年，…", "2020年，…").
 */
function turnsToLastYear(text: string, reportYear: number): boolean {
  const opening = foldWidth(text.slice(0, 30));
  if (LAST_YEAR_OPENING.test(opening)) return true;
  return new RegExp(`^(?:[^。；]{0,16}[，,])?(?:在)?(?:刚刚过去的)?${reportYear - 1}年`, 'u').test(opening);
}

/** "2025年是“十四五”收官之年。", "今年是全面建成小康社会之年。": a sentence that only says what a year is. */
const YEAR_IS_FRAME = new RegExp(LEXICON.patterns['period.yearFrame'], 'u');

/** A paragraph opening on a five-year plan or the years since the last congress (the lexicon's). */
const PLAN_OPENING = new RegExp(LEXICON.patterns['period.planOpening'], 'u');

/**
 * A paragraph that opens on the five years (五年来, 过去五年…) — also after a first sentence that only frames a
 * year (山东 2026: "各位代表！2025年是“十四五”收官之年。五年来，…"), or on the plan just ended (“十四五”时期是江苏
 * 发展历程中极不平凡的五年) or the years since the last congress (省九届人大一次会议以来的五年).
 */
function opensFiveYears(text: string, reportYear: number): boolean {
  const opening = foldWidth(openingOf(text));
  if (PLAN_OPENING.test(opening)) {
    const plan = fiveYearPlanIn(opening.slice(0, 12));
    return !plan || plan.to === reportYear - 1;
  }
  return FIVE_YEAR_OPENING.test(opening) || FIVE_YEAR_OPENING.test(opening.replace(YEAR_IS_FRAME, ''));
}

/**
 * `一、一年接着一年干，新福建建设持续取得新进展新成效` names no time; the paragraph under it does: `2025年是
 * “十四五”收官之年。一年来，…` reviews the last year, `今后五年…` plans five, `今年是…` plans this one.
 */
export function periodOfOpening(text: string, reportYear: number): Period | null {
  // Full-width figures (１９８７年) read as their half-width forms.
  // Full-width figures (１９９３年) read as their half-width forms; an address to the deputies opens nothing.
  const opening = foldWidth(text.slice(0, 48)).replace(/^各位代表[！!，,：:]\s*/u, '');
  if (opensFiveYears(text, reportYear) || opening.startsWith('本届政府'))
    return { kind: 'multi-year-review', from: reportYear - 5, to: reportYear - 1 };
  if (/^(?:今后五年|未来五年)/u.test(opening)) return { kind: 'multi-year-plan', from: reportYear, to: reportYear + 4 };
  if (LAST_YEAR_OPENING.test(opening)) return { kind: 'review', from: reportYear - 1, to: reportYear - 1 };
  if (/^(?:今年|明年)/u.test(opening)) return { kind: 'year-plan', from: reportYear, to: reportYear };
  const year = /^((?:19|20)\d{2})年/u.exec(opening)?.[1];
  if (year && Number(year) === reportYear - 1) return { kind: 'review', from: reportYear - 1, to: reportYear - 1 };
  if (year && Number(year) === reportYear) return { kind: 'year-plan', from: reportYear, to: reportYear };
  const plan = fiveYearPlan(opening);
  if (plan && /^“?十[一二三四五六]五”?(?:时期|期间)/u.test(opening))
    return { kind: plan[1] < reportYear ? 'multi-year-review' : 'multi-year-plan', from: plan[0], to: plan[1] };
  return null;
}

/** Where a change started, with its year (积累率由1978年的36.5％，降为33.6％): no year the figures are of. */
const STARTED_IN_YEAR = new RegExp(`(?:${LEXICON.patterns['fact.startedFrom']})\\s*${YEAR_OF_FIGURE}的`, 'gu');
/** A year a figure is compared with (比上年, 比１９５４年, 在一九五四年的基数上), in figures (the sentence is read so). */
const COMPARED_WITH = new RegExp(LEXICON.patterns['fact.comparedWith'], 'gu');
/** The words a sentence says what will be with (要, 将…). */
const FUTURE_MODAL = new RegExp(LEXICON.patterns['period.futureModal'], 'u');

/** "这两年中", "三年来": the years just past, counted (the lexicon's period.recentYears). */
const RECENT_YEARS = new RegExp(LEXICON.patterns['period.recentYears'], 'u');
/** "比上一年增产": a figure compared with the year before (the lexicon's period.sinceLastYear). */
const SINCE_LAST_YEAR = new RegExp(LEXICON.patterns['period.sinceLastYear'], 'u');
/** 今年, 明年: a sentence speaking of this year or the next is no last year's review. */
const THIS_YEAR = new RegExp(LEXICON.patterns['period.thisOrNextYear'], 'u');

/**
 * "“七五”计划草案规定，…工农业总产值平均每年增长百分之六点七": a plan the report presents, named with what it sets
 * (规定, 提出…), by its short name (七五, 十五五, longest first; 五五 is never the end of 十五五).
 */
const PLAN_SETS = new RegExp(
  `(?<!(?:${LEXICON.patterns['period.planFramedBy']})[“"]?)(?<![十一二三四五六七八九])[“"]?(${alternatives(LEXICON.fiveYearPlans.plans.map((p) => p.name))})[”"]?(?:${LEXICON.patterns['period.planDocument']})(?:${LEXICON.patterns['period.planDraft']})?(?:${LEXICON.patterns['period.planSets']})`,
  'u',
);

/** The five years from the report's (今后五年, 未来五年), and a plan's draft setting them (计划草案规定). */
const NEXT_FIVE_YEARS = new RegExp(LEXICON.patterns['period.nextFiveYears'], 'u');
const PLAN_DRAFT_ALONE = new RegExp(LEXICON.patterns['period.planDraftAlone'], 'u');
const PLAN_DRAFT_SETS = new RegExp(
  `(?:${LEXICON.patterns['period.planDocument']})(?:${LEXICON.patterns['period.planDraft']})(?:${LEXICON.patterns['period.planSets']})`,
  'u',
);

/**
 * A plan the report presents, setting what its years will be (“七五”计划草案规定…): that plan's years, wherever the
 * sentence stands; null for any other sentence.
 */
export function presentedPlan(raw: string, reportYear: number): Period | null {
  const sentence = yearsInFigures(raw);
  // (not one a year's plan follows — 根据“十五”计划纲要（草案）提出的…，今年… — nor one speaking of this year or the next)
  if (THIS_YEAR.test(sentence)) return null;
  const named = PLAN_SETS.exec(foldWidth(sentence))?.[1];
  const plan = LEXICON.fiveYearPlans.plans.find((p) => p.name === named);
  if (plan && plan.from >= reportYear) return { kind: 'multi-year-plan', from: plan.from, to: plan.to };
  // (…and one naming the draft alone, 《纲要（草案）》明确了…主要指标, in the report given in its first year)
  const starting = LEXICON.fiveYearPlans.plans.find((p) => p.from === reportYear);
  if (starting && PLAN_DRAFT_ALONE.test(sentence))
    return { kind: 'multi-year-plan', from: starting.from, to: starting.to };
  // (…and one named by its years, 今后五年…计划草案规定: the five years from the report's)
  if (NEXT_FIVE_YEARS.test(sentence) && PLAN_DRAFT_SETS.test(sentence))
    return { kind: 'multi-year-plan', from: reportYear, to: reportYear + 4 };
  return null;
}

/**
 * A sentence may move off its paragraph's period: "五年来…", "十三五期间…", "到2025年…". (A plan the report presents
 * is asked first, by the caller, with presentedPlan: it holds past the sentence, to what follows its semicolon.)
 */
export function periodOfSentence(raw: string, paragraph: Period, reportYear: number): Period {
  const sentence = yearsInFigures(raw);
  // The years the sentence's figures are of: a year it compares with (比一九五二年, 在一九五四年的基数上) is none.
  const years = [
    ...new Set(
      [
        ...foldWidth(sentence.replace(COMPARED_WITH, '').replace(STARTED_IN_YEAR, '')).matchAll(
          /((?:19|20)\d{2})年(?!代)/gu,
        ),
      ].map((m) => Number(m[1])),
    ),
  ];
  // "一九五五年到一九五七年，…工业总产值要…增长百分之二十九" inside a review: a sentence saying what will be in
  // years after the report's own is a plan for them, never the year reviewed.
  const later = years.filter((y) => y > reportYear);
  if (paragraph.kind === 'review' && later.length > 0 && FUTURE_MODAL.test(sentence))
    return { kind: 'multi-year-plan', from: reportYear, to: Math.max(...later) };
  // A sentence of a paragraph with no period that names one year, the last or this (钢铁工业，1979年钢产量比上年
  // 增加270万吨): that year's review or plan.
  // (…or only the last of them: 在过去四年中共增加了…，即从一九五五年的…，增加到了一九五九年的…)
  if (paragraph.kind === 'none' && !FUTURE_MODAL.test(sentence) && years.every((y) => y === reportYear - 1)) {
    // "这两年中，钢产量由…增加到…" (1979): the years just past; "总产量达到…，比上一年增产…": the last year.
    const recent = RECENT_YEARS.exec(sentence);
    const count = recent ? chineseNumberToInt(recent[1] ?? recent[2] ?? '') : null;
    if (count) return { kind: 'multi-year-review', from: reportYear - count, to: reportYear - 1 };
  }
  if (paragraph.kind === 'none' && !FUTURE_MODAL.test(sentence) && years.length === 0) {
    if (SINCE_LAST_YEAR.test(sentence) && !THIS_YEAR.test(sentence))
      return { kind: 'review', from: reportYear - 1, to: reportYear - 1 };
  }
  if (paragraph.kind === 'none') {
    // "到一九八五年，全国粮食产量计划达到三亿六千万吨": a goal for a year within the next five, a plan's.
    const goal = /^[^，,；;]{0,6}到((?:19|20)\d{2})年/u.exec(foldWidth(sentence));
    if (goal && Number(goal[1]) > reportYear && Number(goal[1]) <= reportYear + 5)
      return { kind: 'multi-year-plan', from: reportYear, to: Number(goal[1]) };
    if (years.length === 1 && years[0] === reportYear - 1 && !FUTURE_MODAL.test(sentence))
      return { kind: 'review', from: reportYear - 1, to: reportYear - 1 };
    if (years.length === 1 && years[0] === reportYear) return { kind: 'year-plan', from: reportYear, to: reportYear };
    // (…and the next year alone, １９８２年的计划… in a report given late in 1981: that year's plan)
    if (years.length === 1 && years[0] === reportYear + 1) return { kind: 'year-plan', from: years[0], to: years[0] };
  }
  // "过去五年,珠海小学生人数增长18.3%…" inside a plan: a sentence opening on the five years just past, saying
  // nothing of what will be, states what they were.
  if (
    (paragraph.kind === 'year-plan' || paragraph.kind === 'multi-year-plan') &&
    FIVE_YEAR_OPENING.test(openingOf(foldWidth(sentence.trim()))) &&
    !FUTURE_MODAL.test(sentence) &&
    !PLAN_NAMED.test(sentence)
  )
    return { kind: 'multi-year-review', from: reportYear - 5, to: reportYear - 1 };
  // "去年年底通过托管、共建方式，“中国电谷”发展空间由14平方公里扩大到130平方公里" inside this year's plan: a
  // sentence opening on the last year, saying nothing of what will be, states what it was.
  if (
    paragraph.kind === 'year-plan' &&
    LAST_YEAR_OPENING.test(foldWidth(sentence.trim())) &&
    !FUTURE_MODAL.test(sentence) &&
    !THIS_YEAR.test(sentence)
  )
    return { kind: 'review', from: reportYear - 1, to: reportYear - 1 };
  // "去年经济增长8．8％" inside a five-year review: the last of the five years.
  if (paragraph.kind === 'multi-year-review' && LAST_YEAR_OPENING.test(foldWidth(sentence.trim())))
    return { kind: 'review', from: reportYear - 1, to: reportYear - 1 };
  // "今年的经济增长预期为7％左右" inside the review: the sentence turns to this year's plan.
  if (paragraph.kind === 'review' && /^今年(?!以来|来|上半年|前)/u.test(sentence.trim()))
    return { kind: 'year-plan', from: reportYear, to: reportYear };
  // "“十五”期间年均经济增长速度预期目标为7％左右" inside the review (2001): a sentence setting a goal for a plan that
  // runs on past the year reviewed is that plan's.
  const goalPlan = paragraph.kind === 'review' && PLAN_GOAL.test(sentence) ? fiveYearPlanIn(sentence) : null;
  if (goalPlan && goalPlan.to >= reportYear) return { kind: 'multi-year-plan', from: goalPlan.from, to: goalPlan.to };
  if (paragraph.kind === 'review' && MULTI_YEAR_REVIEW.test(sentence)) {
    const [from, to] = fiveYearPlan(sentence) ?? [reportYear - 5, reportYear - 1];
    return { kind: 'multi-year-review', from, to };
  }
  // "中央六个工业部在一九五三年和一九五四年的非生产性的投资占…" inside a plan: a sentence naming only years
  // before the report's, and saying nothing of what will be, states what they were.
  const earlier = years.filter((y) => y < reportYear);
  // (…and so is one of a paragraph with no period: 一九七七年粮食产量…, in the 1979 report.)
  if (
    (paragraph.kind === 'multi-year-plan' || paragraph.kind === 'none') &&
    earlier.length > 0 &&
    earlier.length === years.length &&
    !FUTURE_MODAL.test(sentence)
  ) {
    const [from, to] = [Math.min(...earlier), Math.max(...earlier)];
    return { kind: from === to ? 'review' : 'multi-year-review', from, to };
  }
  const by = /到((?:19|20)\d{2})年/u.exec(sentence);
  if (by?.[1] && (paragraph.kind === 'year-plan' || paragraph.kind === 'multi-year-plan')) {
    const to = Number(by[1]);
    if (to > reportYear) return { kind: 'multi-year-plan', from: reportYear, to };
  }
  return paragraph;
}
