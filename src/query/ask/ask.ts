import type { Corpus } from '../../corpus/corpus.js';
import { clip } from '../../corpus/resolve.js';
import { compare } from '../targetsQueries.js';
import { trend } from '../trendQueries.js';
import { searchIndexFor } from '../../search/index.js';
import { relatedIndicators } from '../../facts/indicators.js';
import { targetsOf } from '../../facts/store.js';
import { describeTarget as describe } from '../../facts/describe.js';
import type { AchievedFigure } from '../../facts/types.js';
import { parseQuestion, type ParsedQuestion, type QuestionKind } from './parseQuestion.js';

export interface AskSource {
  id: string;
  city: string;
  year: number;
  section: string;
  /** The sentence the answer comes from, verbatim. */
  text: string;
}

export interface AskSuggestion {
  id: string;
  city: string;
  year: number;
  snippet: string;
}

export interface AskResult {
  question: string;
  found: boolean;
  /** The answer in one sentence, built only from quoted values; null when the reports don't say. */
  answer: string | null;
  /** The value as written ("6%左右", "8029.8亿元、增长3.7%"). */
  value: string | null;
  city: string | null;
  year: number | null;
  indicator: string | null;
  kind: QuestionKind;
  source: AskSource | null;
  /** Why nothing was found, in Chinese. */
  reason: string | null;
  /** For a ranking question: the ranked targets. */
  ranking: { city: string; year: number; value: string; source: string }[];
  suggestions: AskSuggestion[];
}

export const MAX_QUESTION_CHARS = 300;

function sentenceAround(text: string, fragment: string): string {
  const at = text.indexOf(fragment);
  if (at < 0) return text;
  const start = Math.max(text.lastIndexOf('。', at) + 1, 0);
  const endAt = text.indexOf('。', at + fragment.length);
  return text.slice(start, endAt < 0 ? text.length : endAt + 1).trim();
}

function sourceOf(corpus: Corpus, paragraphId: string, fragment: string): AskSource {
  const ref = corpus.paragraph(paragraphId)!;
  return { id: paragraphId, city: ref.report.city, year: ref.report.year, section: ref.paragraph.section.join(' › '), text: sentenceAround(ref.paragraph.text, fragment) };
}

function describeFigure(f: AchievedFigure): string {
  return [f.amount, f.growth ? (f.growth.startsWith('-') ? `下降${f.growth.slice(1)}` : `增长${f.growth}`) : null].filter(Boolean).join('、');
}

function nearest(corpus: Corpus, parsed: ParsedQuestion): AskSuggestion[] {
  const words = [parsed.indicator?.name, parsed.rest].filter(Boolean).join(' ').trim();
  if (!words) return [];
  try {
    const r = searchIndexFor(corpus).search(words, { city: parsed.city?.city, limit: 3 });
    return r.results.map((h) => ({ id: h.id, city: h.city, year: h.year, snippet: h.snippet }));
  } catch {
    return [];
  }
}

function empty(parsed: ParsedQuestion, question: string): AskResult {
  return {
    question, found: false, answer: null, value: null, city: parsed.city?.city ?? null, year: parsed.year,
    indicator: parsed.indicator?.name ?? null, kind: parsed.kind, source: null, reason: null, ranking: [], suggestions: [],
  };
}

function notFound(corpus: Corpus, parsed: ParsedQuestion, base: AskResult, reason: string): AskResult {
  return { ...base, found: false, answer: null, reason, suggestions: nearest(corpus, parsed) };
}

function answerTarget(corpus: Corpus, parsed: ParsedQuestion, base: AskResult): AskResult {
  const city = parsed.city!;
  const indicator = parsed.indicator!;
  const year = parsed.year ?? city.years.at(-1)!;
  const report = corpus.report(city, year);
  if (!report) return notFound(corpus, parsed, { ...base, year }, `语料中没有${city.short}${year}年的政府工作报告（现有：${city.years.join('、')}年）。`);
  const t = targetsOf(corpus).get(report.id)!;
  const direct = t.targets.filter((x) => x.indicator === indicator.name);
  const related = relatedIndicators(indicator.name);
  // 温州 sets urban and rural income targets, not one for all residents: those answer "居民收入".
  const matches = direct.length > 0 ? direct : t.targets.filter((x) => x.indicator !== null && related.includes(x.indicator));
  if (matches.length === 0) {
    const why = t.passage ? `${report.year}年${report.city}政府工作报告的主要预期目标中没有${indicator.name}。` : `${report.year}年${report.city}政府工作报告中没有“主要预期目标”段落。`;
    return notFound(corpus, parsed, { ...base, year }, why);
  }
  const main = matches[0]!;
  const value = direct.length > 0 ? matches.map((m) => describe(m, { wholeClause: true })).join('；') : matches.map((m) => `${m.indicator}${describe(m, { wholeClause: true })}`).join('；');
  return {
    ...base, year, found: true, value: matches.map((m) => m.value).join('；'),
    answer: direct.length > 0 ? `${report.city}${report.year}年${indicator.name}的预期目标：${value}。` : `${report.city}${report.year}年没有单列${indicator.name}目标；相关目标：${value}。`,
    source: sourceOf(corpus, main.paragraphId, main.text),
  };
}

function answerAchieved(corpus: Corpus, parsed: ParsedQuestion, base: AskResult): AskResult {
  const city = parsed.city!;
  const indicator = parsed.indicator!;
  // A year's result is reported in the next year's report.
  const year = parsed.year ?? city.years.at(-1)! - 1;
  const report = corpus.report(city, year + 1);
  if (!report) {
    return notFound(corpus, parsed, { ...base, year }, `${city.short}${year}年的实际完成情况应在${year + 1}年的报告中，语料中没有该报告（现有：${city.years.join('、')}年）。`);
  }
  const achieved = targetsOf(corpus).get(report.id)!.achieved;
  const direct = achieved.filter((x) => x.indicator === indicator.name);
  const figures = direct.length > 0 ? direct : achieved.filter((x) => relatedIndicators(indicator.name).includes(x.indicator));
  const f = figures[0];
  if (!f) return notFound(corpus, parsed, { ...base, year }, `${report.year}年${report.city}政府工作报告的回顾部分没有给出${year}年${indicator.name}的数据。`);
  const value = figures.map((x) => (figures.length > 1 || direct.length === 0 ? `${x.indicator}${describeFigure(x)}` : describeFigure(x))).join('；');
  return {
    ...base, year, found: true, value, kind: 'achieved',
    answer: `${report.city}${year}年${direct.length > 0 ? `${indicator.name}：` : ''}${value}（据${report.year}年政府工作报告）。`,
    source: sourceOf(corpus, f.paragraphId, f.sentence),
  };
}

/** "嘉兴2014年GDP目标完成了吗": the year's target beside the result the next report states. */
function answerMet(corpus: Corpus, parsed: ParsedQuestion, base: AskResult): AskResult {
  const t = trend(corpus, parsed.city!.city, parsed.indicator!.name);
  const withTarget = t.years.filter((y) => y.target);
  const row = parsed.year !== null ? t.years.find((y) => y.year === parsed.year) : [...withTarget].reverse().find((y) => y.achieved) ?? withTarget.at(-1);
  if (!row || !row.target) return notFound(corpus, parsed, base, `${t.city}${parsed.year ?? ''}${parsed.year ? '年' : ''}的报告中没有${t.indicator}目标。`);
  if (row.status === 'unknown' || !row.achieved) {
    return notFound(corpus, parsed, { ...base, year: row.year }, `${t.city}${row.year}年${t.indicator}目标为${row.target.shown}，但${row.reason}，无法判断是否达成。`);
  }
  const verdict = row.status === 'met' ? '已达成' : '未达成';
  return {
    ...base, year: row.year, found: true, kind: 'met', value: verdict,
    answer: `${t.city}${row.year}年${t.indicator}目标${row.target.shown}，实际${row.achieved.value}（据${row.achieved.reportedIn}年报告）：${verdict}。`,
    source: sourceOf(corpus, row.achieved.source, row.achieved.sentence),
  };
}

/** "南湖十四五期间研发投入目标": the five-year-plan goals stated in a report. */
function answerPlan(corpus: Corpus, parsed: ParsedQuestion, base: AskResult): AskResult {
  const city = parsed.city!;
  const indicator = parsed.indicator!;
  for (const report of [...corpus.reportsOf(city)].reverse()) {
    const plan = targetsOf(corpus).get(report.id)!.plan.filter((p) => p.indicator === indicator.name);
    if (plan.length === 0) continue;
    return {
      ...base, year: report.year, found: true, kind: 'plan', value: plan.map((p) => p.value).join('；'),
      answer: `${report.city}${report.year}年政府工作报告中的五年规划目标：${plan.map((p) => p.text).join('；')}。`,
      source: sourceOf(corpus, plan[0]!.paragraphId, plan[0]!.text),
    };
  }
  return notFound(corpus, parsed, base, `${city.city}的报告中没有${indicator.name}的五年规划目标。`);
}

/** "嘉兴2024年的目标有哪些": the whole targets passage. */
function answerAllTargets(corpus: Corpus, parsed: ParsedQuestion, base: AskResult): AskResult {
  const city = parsed.city!;
  const year = parsed.year ?? city.years.at(-1)!;
  const report = corpus.report(city, year);
  if (!report) return notFound(corpus, parsed, { ...base, year }, `语料中没有${city.short}${year}年的政府工作报告（现有：${city.years.join('、')}年）。`);
  const t = targetsOf(corpus).get(report.id)!;
  if (!t.passage) return notFound(corpus, parsed, { ...base, year }, `${report.year}年${report.city}政府工作报告中没有“主要预期目标”段落。`);
  return {
    ...base, year, found: true, kind: 'all-targets', value: t.passage.text,
    answer: `${report.city}${report.year}年主要预期目标：${t.passage.text}`,
    source: sourceOf(corpus, t.passage.paragraph.id, t.passage.text),
  };
}

function answerCompare(corpus: Corpus, parsed: ParsedQuestion, base: AskResult): AskResult {
  const r = compare(corpus, parsed.indicator!.name, parsed.year ?? undefined);
  if (r.ranked.length === 0) return notFound(corpus, parsed, base, `报告中没有可比较的${r.indicator}数值目标${parsed.year ? `（${parsed.year}年）` : ''}。`);
  const lowest = /最低/u.test(parsed.text);
  const order = lowest ? [...r.ranked].reverse() : r.ranked;
  const top = order[0]!;
  const ranking = order.map((e) => ({ city: e.city, year: e.year, value: e.value, source: e.source }));
  return {
    ...base, found: true, kind: 'compare', value: top.value, city: top.city, year: parsed.year,
    answer: `${parsed.year ? `${parsed.year}年` : ''}${r.indicator}目标${lowest ? '最低' : '最高'}的是${top.city}（${top.year}年，${describe(top, { wholeClause: true })}）；共 ${r.ranked.length} 个数值目标。`,
    ranking,
    source: sourceOf(corpus, top.source, top.text),
  };
}

function answerFromPassage(corpus: Corpus, parsed: ParsedQuestion, base: AskResult): AskResult {
  if (!parsed.rest) return notFound(corpus, parsed, base, '没有看出要查询的内容，请换个说法，例如“温州今年GDP增长目标是多少？”。');
  let r;
  try {
    r = searchIndexFor(corpus).search(parsed.rest, { city: parsed.city?.city, year: parsed.yearWords && parsed.year ? parsed.year : undefined, limit: 3 });
  } catch {
    return notFound(corpus, parsed, base, '没有看出要查询的内容，请换个说法。');
  }
  const best = r.results[0];
  if (!best || r.partial || !best.exact) {
    return { ...notFound(corpus, parsed, base, '报告中没有直接回答这个问题的段落。'), suggestions: r.results.map((h) => ({ id: h.id, city: h.city, year: h.year, snippet: h.snippet })) };
  }
  return {
    ...base, found: true, kind: 'passage', city: best.city, year: best.year, value: null,
    answer: best.text,
    source: { id: best.id, city: best.city, year: best.year, section: best.section, text: best.text },
    suggestions: r.results.slice(1).map((h) => ({ id: h.id, city: h.city, year: h.year, snippet: h.snippet })),
  };
}

/** Answers a free Chinese question from the reports, or says plainly that they don't say. Never estimates. */
export function ask(corpus: Corpus, questionInput: string | undefined): AskResult {
  const question = clip((questionInput ?? '').trim(), MAX_QUESTION_CHARS);
  const parsed = parseQuestion(corpus, question);
  const base = empty(parsed, question);
  if (!question || !/[\p{Script=Han}a-z0-9]/iu.test(question)) {
    return { ...base, reason: '请用中文提一个关于政府工作报告的问题，例如“温州今年GDP增长目标是多少？”。' };
  }
  const missingPlace = parsed.unknownPlace ? `语料中没有${parsed.unknownPlace}的政府工作报告。` : null;
  if (missingPlace && !parsed.city) return { ...base, reason: `${missingPlace}现有城市：${corpus.cities.map((c) => c.short).join('、')}。` };
  const result = answerKnown(corpus, parsed, base);
  // "嘉兴和杭州…": answer for 嘉兴, and say that 杭州 is not in the corpus.
  return missingPlace ? { ...result, answer: result.answer ? `${result.answer} ${missingPlace}` : null, reason: [result.reason, missingPlace].filter(Boolean).join(' ') } : result;
}

function answerKnown(corpus: Corpus, parsed: ParsedQuestion, base: AskResult): AskResult {
  if (parsed.kind === 'compare') return answerCompare(corpus, parsed, base);
  if (parsed.kind === 'plan' && parsed.city) return answerPlan(corpus, parsed, base);
  if (parsed.kind === 'met' && parsed.city) return answerMet(corpus, parsed, base);
  if (parsed.kind === 'all-targets') return answerAllTargets(corpus, parsed, base);
  if (parsed.kind === 'passage' || !parsed.city) {
    if (parsed.indicator && !parsed.city) {
      return notFound(corpus, parsed, base, `请说明是哪个城市，例如“嘉兴${parsed.yearWords ?? '今年'}${parsed.indicator.name}目标是多少？”；比较各城市请问“哪些城市${parsed.indicator.name}目标最高？”。`);
    }
    return answerFromPassage(corpus, parsed, base);
  }
  const answerFor = (p: ParsedQuestion) => (p.kind === 'achieved' ? answerAchieved(corpus, p, base) : answerTarget(corpus, p, base));
  if (parsed.cities.length < 2 || (parsed.kind !== 'target' && parsed.kind !== 'achieved')) return answerFor(parsed);
  // "嘉兴和温州今年GDP目标": one answer per city, each from its own report.
  const each = parsed.cities.map((city) => {
    const latest = city.years.at(-1)!;
    const year = parsed.yearWords === '今年' ? latest : parsed.yearWords === '去年' ? latest - 1 : parsed.year;
    return answerFor({ ...parsed, city, year });
  });
  const found = each.filter((r) => r.found);
  if (found.length === 0) return { ...each[0]!, reason: each.map((r) => r.reason).join(' ') };
  return {
    ...found[0]!,
    city: null,
    value: each.map((r) => (r.found ? r.value : null)).filter(Boolean).join('；'),
    answer: each.map((r) => r.answer ?? r.reason).join(' '),
    reason: each.some((r) => !r.found) ? each.filter((r) => !r.found).map((r) => r.reason).join(' ') : null,
  };
}
