import { numericValues, prefixQualifier } from '../text/numbers.js';
import { findIndicator, INDICATORS, type Indicator } from './indicators.js';
import type { Relation, Target } from './types.js';

/** 增长率 is a noun (人口自然增长率控制在…): only 增长 not followed by 率 is the verb. */
const VERB = /(分别|均)?(增长(?!率)|增速|涨幅|达到|控制在|下降|降低|提高|稳定在|保持在|保持|实现)/u;
const RELATIVE = /高于|快于|低于|不低于|同步|衔接|持平/u;
const GROWTH_VERBS = new Set(['增长', '增速', '涨幅', '下降', '降低', '提高']);
const byName = (name: string) => INDICATORS.find((i) => i.name === name)!;

/** Splits a targets passage into clauses at commas, semicolons and full stops; "A增长6%、B增长7%" also splits at the 、. */
export function splitClauses(passage: string): string[] {
  const clauses: string[] = [];
  // A colon right after a figure separates items too (`增长10.5%：财政收入…`, as some web copies type it).
  for (const part of passage.split(/[,，;；。]|(?<=[%‰\d])[:：]/u)) {
    const trimmed = part.trim().replace(/[。.]$/u, '');
    if (!trimmed) continue;
    const sub = trimmed.split('、');
    const whole = sub.length > 1 && sub.every((s) => VERB.test(s) && /\d/u.test(s) && findIndicator(s));
    clauses.push(...(whole ? sub : [trimmed]));
  }
  return clauses;
}

/** "城镇和农村居民…分别", "城乡居民…分别", "A、B均…": the subjects of a multi-value clause, or null when it is about one thing. */
function subjectsOf(
  label: string,
  distributive: boolean,
  valueCount = 0,
): { label: string; indicator: Indicator | null }[] | null {
  if (distributive && /城镇[和、及与]农村|城乡/u.test(label) && /收入/u.test(label)) {
    return [
      { label, indicator: byName('城镇居民人均可支配收入') },
      { label, indicator: byName('农村居民人均可支配收入') },
    ];
  }
  // "一二三产增加值分别…": the three industries written as one run of numerals.
  const run = distributive ? /^(?:其中)?([一二三]{2,3})产(.+)$/u.exec(label) : null;
  if (run) return [...run[1]!].map((n) => ({ label: `${n}产${run[2]}`, indicator: null }));
  const parts = label
    .split(/、/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) {
    // "城镇居民可支配收入和农民人均纯收入分别增长8%和9%": as many subjects joined by 和 as values.
    const joined = label
      .replace(/^其中/u, '')
      .split(/、|和|及/u)
      .filter(Boolean);
    if (distributive && valueCount > 1 && joined.length === valueCount)
      return joined.map((p) => ({ label: p, indicator: findIndicator(p)?.indicator ?? null }));
    return null;
  }
  const found = parts.map((p) => ({ label: p, indicator: findIndicator(p)?.indicator ?? null }));
  if (found.every((f) => f.indicator)) return found;
  // "一产、二产、三产增加值分别增长…": short heads sharing the last one's tail (增加值), one subject each.
  const shared = distributive ? sharedTail(parts) : null;
  if (shared) return shared.map((p) => ({ label: p, indicator: findIndicator(p)?.indicator ?? null }));
  // "化学需氧量、二氧化硫排放量分别下降4.5%和3.3%": as many subjects as values, paired in order.
  if (distributive && parts.length === valueCount) return found;
  // "完成省、韶下达的…" lists places, not indicators: one subject then.
  return null;
}

/** `一产、二产、三产增加值` → 一产增加值, 二产增加值, 三产增加值, when every head is as long as the first. */
function sharedTail(parts: string[]): string[] | null {
  const head = parts[0]!.length;
  const last = parts.at(-1)!;
  if (head > 4 || last.length <= head || parts.slice(0, -1).some((p) => p.length !== head)) return null;
  const tail = last.slice(head);
  return parts.map((p, i) => (i === parts.length - 1 ? last : `${p}${tail}`));
}

function relationOf(verb: string | undefined, valueText: string, hasNumber: boolean): Relation {
  if (RELATIVE.test(valueText)) return hasNumber && !/同步|衔接/u.test(valueText) ? 'relative' : 'text';
  if (!hasNumber) return 'text';
  return verb && GROWTH_VERBS.has(verb) ? 'growth' : 'level';
}

/** "与经济增长基本同步" after the subject: a comparison, not a growth figure, even though 增长 follows. */
const COMPARISON = /(?:增长|增速)?((?:与|和)(?=经济|省|全省|国家|上年)|快于|高于|低于|不低于)/u;
/** Words that may stand before the subject and still leave it the label: "全市生产总值", "今年地区生产总值". */
const LABEL_PREFIX = /^(全市|全区|全县|今年|全年)?$/u;

/** Label and value of a clause without a figure: the subject as written, and the rest. */
function textParts(clause: string, aliasAt: number, aliasEnd: number): { label: string; value: string } {
  const after = clause.slice(aliasEnd);
  const cmp = COMPARISON.exec(after);
  if (aliasAt >= 0 && cmp && cmp.index === 0)
    return { label: clause.slice(0, aliasEnd), value: clause.slice(aliasEnd + cmp[0].length - cmp[1]!.length) };
  if (aliasAt >= 0 && LABEL_PREFIX.test(clause.slice(0, aliasAt)) && after.trim() && !/^[和及、与]/u.test(after)) {
    return { label: clause.slice(0, aliasEnd), value: after.trim() };
  }
  if (aliasAt >= 0) return { label: clause.slice(aliasAt, aliasEnd), value: clause };
  return { label: clause, value: clause };
}

/** One clause → one target, or several for "分别 / 均 / A、B…" clauses. Nothing is dropped: a clause with no number is a text target. */
export function parseClause(clause: string, paragraphId: string): Target[] {
  const found = findIndicator(clause);
  // "…占生产总值比重达到15%" is a share of GDP, not GDP: the subject stands before 占.
  const isShare = found !== null && /占$/u.test(clause.slice(0, found.at)) && found.indicator.name !== '研发投入强度';
  const match = isShare ? null : found;
  const aliasAt = match ? match.at : -1;
  const aliasEnd = match ? match.at + match.alias.length : 0;
  const cmp = COMPARISON.exec(clause.slice(aliasEnd));
  const verbFound = VERB.exec(clause.slice(aliasEnd));
  // "粮食产量1300亿斤以上、力争比去年实现更多增长": a figure before the first verb is the subject's own value.
  const firstFigure = numericValues(clause.slice(aliasEnd))[0];
  const verbMatch = verbFound && firstFigure && firstFigure.at < verbFound.index ? null : verbFound;
  // A comparison right after the subject ("居民收入与经济增长同步") comes before any verb inside it.
  const comparisonFirst =
    match !== null && cmp !== null && (!verbMatch || cmp.index <= verbMatch.index) && cmp.index <= 2;
  const verbAt = verbMatch && !comparisonFirst ? aliasEnd + verbMatch.index : -1;
  const valuesStart = verbAt >= 0 ? verbAt + verbMatch![0].length : aliasEnd;
  const valueText = clause.slice(valuesStart).trim();
  const values = comparisonFirst
    ? []
    : numericValues(valueText).filter((v) => !/^\d{4}年/u.test(valueText.slice(v.at)));
  // "经济增长5%左右": the subject's own name ends in the growth verb.
  const verb = verbMatch?.[2] ?? (match && verbAt < 0 && /(?:增长|增速)$/u.test(match.alias) ? '增长' : undefined);
  const relation = comparisonFirst ? 'text' : relationOf(verb, valueText, values.length > 0);
  const prefix = prefixQualifier(clause.slice(0, valuesStart));
  const numericLabel =
    (verbAt >= 0 ? clause.slice(0, verbAt) : clause.slice(0, aliasEnd)).replace(/力争$/u, '').trim() || clause;
  const parts = relation === 'text' ? textParts(clause, aliasAt, aliasEnd) : { label: numericLabel, value: '' };
  const distributive = verbMatch?.[1] !== undefined;
  const subjects = subjectsOf(relation === 'text' ? parts.label : numericLabel, distributive, values.length) ?? [
    { label: parts.label, indicator: match?.indicator ?? null },
  ];
  const base = (subject: { label: string; indicator: Indicator | null }) => ({
    indicator: subject.indicator?.name ?? null,
    label: subject.label,
    text: clause,
    paragraphId,
    relation,
  });
  // "…分别增长3.5%、6%、5%" whose subjects cannot be told apart: the values stay together, as written.
  if (relation !== 'text' && distributive && subjects.length === 1 && values.length > 1) {
    return subjects.map((s) => ({
      ...base(s),
      relation: 'text' as const,
      value: clause.slice(verbAt >= 0 ? verbAt : aliasEnd).trim(),
      number: null,
      range: null,
      unit: null,
      qualifier: null,
    }));
  }
  if (relation === 'text') {
    return subjects.map((s) => ({
      ...base(s),
      value: parts.value,
      number: null,
      range: null,
      unit: null,
      qualifier: null,
    }));
  }
  if (relation === 'relative') {
    const first = values[0]!;
    const value = clause
      .slice(verbAt >= 0 ? verbAt + (verbMatch![1]?.length ?? 0) + (verbMatch![2] === '增速' ? 2 : 0) : aliasEnd)
      .trim();
    // "增速力争高于全省1个百分点": here 力争 stands after the verb.
    return subjects.map((s) => ({
      ...base(s),
      value,
      number: first.number,
      range: null,
      unit: first.unit,
      qualifier: prefixQualifier(clause),
    }));
  }
  return subjects.map((s, i) => {
    const v = values[Math.min(i, values.length - 1)]!;
    return {
      ...base(s),
      value: v.written,
      number: v.number,
      range: v.range,
      unit: v.unit,
      qualifier: v.qualifier ?? prefix,
      relation,
    };
  });
}
