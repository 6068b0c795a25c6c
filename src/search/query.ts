import type { Corpus } from '../corpus/corpus.js';
import { UserError } from '../corpus/errors.js';
import { leadingProvince } from '../corpus/provinces.js';
import { parseYear, resolveCity } from '../corpus/resolve.js';
import { fiveYearPlanIn, LEXICON } from '../lexicon/lexicon.js';
import { type Operand, readSyntax } from './operators.js';
import { jiebaWords, normalizeForIndex } from './tokenize.js';
import { QUERY_STOP_WORDS, SYNONYM_GROUPS } from './vocabulary.js';

export interface SearchFilters {
  city?: string;
  /** The year the data is about; with `yearTo`, the first year of a range (year:2010-2015). */
  year?: number;
  yearTo?: number;
  /** A five-year plan named in the query (十三五期间): only its review and plan, or passages naming it. */
  period?: { name: string; from: number; to: number };
  province?: string;
  level?: string;
  /** A place the query named that the corpus has no report of: nothing can match. */
  unknownPlace?: string;
}

/** One thing the user is looking for, in every form the reports may write it. */
export interface QueryWord {
  text: string;
  alternatives: string[];
  /**
   * How it was typed: a quoted `phrase` must stand in the passage as written; `either` is words joined by
   * OR, any one of which will do. Neither is cut into smaller words.
   */
  form?: 'phrase' | 'either';
}

export interface ParsedQuery {
  raw: string;
  words: QueryWord[];
  /** Words typed after a minus: a passage holding any form of one is left out. */
  excluded: QueryWord[];
  filters: SearchFilters;
  notes: string[];
}

export const MAX_QUERY_CHARS = 200;
/** A Han word longer than this is split by jieba, so "老旧小区改造" also finds "改造老旧小区". */
const SPLIT_WORDS_LONGER_THAN = 4;
const YEAR_IN_QUERY = /(?<!\d)((?:19|20)\d{2})年?(?!\d)/u;
/** "2010-2015年", "2016至2020年": a range of data years. */
const YEAR_RANGE_IN_QUERY = /(?<!\d)((?:19|20)\d{2})年?\s*[-－–—~～至到]\s*((?:19|20)\d{2})年?(?!\d)/u;
const WORD_CHARS = /[\p{Script=Han}]+|[a-z0-9]+(?:[.&+][a-z0-9]+)*%?/gu;

/** Plans by their short names of three characters (十一五…十六五): standing alone in a query, they are the plan. */
const BARE_PLAN = new RegExp(
  `(?<![一二三四五六七八九十第])(?:${LEXICON.fiveYearPlans.plans
    .map((p) => p.name)
    .filter((n) => n.length === 3)
    .join('|')})(?![一二三四五六七八九十])`,
  'u',
);

/** The five-year plan a query names: as a question would (十三五期间, “十五”), or bare (嘉兴 十三五 研发). */
function planIn(text: string): { written: string; from: number; to: number } | null {
  const named = fiveYearPlanIn(text);
  if (named) return named;
  const bare = BARE_PLAN.exec(text);
  const plan = bare && LEXICON.fiveYearPlans.plans.find((p) => p.name === bare[0]);
  return plan ? { written: plan.name, from: plan.from, to: plan.to } : null;
}

/** "2010"–"2015" as a filter's years, in order; a single year when both are the same. */
export function yearRange(a: string | undefined, b: string | undefined): Pick<SearchFilters, 'year' | 'yearTo'> {
  const from = parseYear(a);
  const to = parseYear(b);
  if (from === undefined || to === undefined || from === to) return { year: from ?? to };
  return { year: Math.min(from, to), yearTo: Math.max(from, to) };
}

export function alternativesOf(word: string): string[] {
  const alts = new Set([word]);
  for (const group of SYNONYM_GROUPS) {
    for (const member of [...group].sort((a, b) => b.length - a.length)) {
      if (!word.includes(member)) continue;
      for (const other of group) if (other !== member) alts.add(word.replace(member, other));
      break;
    }
  }
  return [...alts];
}

/** The word in the reports' canonical wording: each synonym replaced by its group's first form (老年人服务 → 养老服务). */
export function canonicalSpelling(word: string): string {
  let out = word;
  for (const group of SYNONYM_GROUPS) {
    const [canonical] = group;
    if (!canonical) continue;
    for (const member of [...group].sort((a, b) => b.length - a.length)) {
      if (member !== canonical && out.includes(member) && !out.includes(canonical)) {
        out = out.replace(member, canonical);
        break;
      }
    }
  }
  return out;
}

/** Words of one whitespace-separated part: Han runs (long ones split by jieba) and Latin/number tokens. */
function wordsOf(part: string): string[] {
  const out: string[] = [];
  for (const m of part.matchAll(WORD_CHARS)) {
    const w = m[0];
    if (
      /^\p{Script=Han}+$/u.test(w) &&
      [...w].length > SPLIT_WORDS_LONGER_THAN &&
      !alternativesOf(w).some((a) => a !== w)
    ) {
      out.push(...jiebaWords(w).filter((x) => !QUERY_STOP_WORDS.has(x)));
    } else if (!QUERY_STOP_WORDS.has(w)) {
      out.push(w);
    }
  }
  return out;
}

/**
 * A city written as a word of the query ("嘉兴 研发投入"), before 的 ("嘉兴的研发投入") or glued in front
 * ("嘉兴研发投入", "温州市数字经济") filters the search. A query that is only a city name searches for it.
 */
/** What parsing a query needs to know of the corpus. */
export interface QueryScope {
  corpus: Corpus;
  hasPhrase(text: string): boolean;
}

function cityInQuery(scope: QueryScope, parts: string[]): { city: string; parts: string[] } | null {
  const { corpus } = scope;
  const alone = parts.findIndex((p) => corpus.findCity(p));
  if (alone >= 0 && parts.length > 1)
    return { city: corpus.findCity(parts[alone]!)!.city, parts: parts.filter((_, i) => i !== alone) };
  const first = parts[0] ?? '';
  const byLength = [...corpus.cities].sort((a, b) => b.short.length - a.short.length);
  // "南湖实验室" is a name the reports use as written: search it whole rather than filter by 南湖.
  if (scope.hasPhrase(first)) return null;
  for (const c of byLength) {
    const m = new RegExp(`^${c.short}(?:市|区|县)?的?(\\p{Script=Han}{2}.*)$`, 'u').exec(first);
    if (m) return { city: c.city, parts: [m[1]!, ...parts.slice(1)] };
  }
  return null;
}

/**
 * Turns what the user typed into words and filters. A city or year written as a word of the query
 * ("嘉兴 研发投入", "2023年 温州 数字经济") becomes a filter; explicit options win over the text.
 */
export function parseQuery(scope: QueryScope, raw: string, explicit: SearchFilters = {}): ParsedQuery {
  const { corpus } = scope;
  const notes: string[] = [];
  let text = raw ?? '';
  if ([...text].length > MAX_QUERY_CHARS) {
    text = [...text].slice(0, MAX_QUERY_CHARS).join('');
    notes.push(`查询过长，只使用了前 ${MAX_QUERY_CHARS} 个字。`);
  }
  const syntax = readSyntax(text);
  if (syntax.ignored.length > 0)
    notes.push(`没有作用对象的运算符已忽略：${[...new Set(syntax.ignored)].join(' ')}（用法见 /help）。`);
  text = syntax.plain;
  const norm = normalizeForIndex(text);
  const filters: SearchFilters = { ...explicit };
  if (explicit.city) filters.city = resolveCity(corpus, explicit.city).city;
  let parts = norm.split(/[\s,，、;；]+/u).filter(Boolean);
  const yearMatch =
    parts.length > 1 || parts.some((p) => p.replace(YEAR_IN_QUERY, '').trim())
      ? parts.join(' ').match(YEAR_IN_QUERY)
      : null;
  const rangeMatch = YEAR_RANGE_IN_QUERY.exec(parts.join(' '));
  if (rangeMatch && filters.year === undefined) {
    Object.assign(filters, yearRange(rangeMatch[1], rangeMatch[2]));
    parts = parts.map((p) => p.replace(YEAR_RANGE_IN_QUERY, '')).filter((p) => p.trim());
  } else if (yearMatch && filters.year === undefined) {
    filters.year = parseYear(yearMatch[1]);
    parts = parts.map((p) => p.replace(YEAR_IN_QUERY, '')).filter((p) => p.trim());
  }
  // "十三五期间 研发投入": the plan's five years are the scope, not words to find (alone, it is the word).
  const plan = planIn(parts.join(' '));
  const planLeaves = plan ? parts.join('').replace(plan.written, '').trim() : '';
  if (plan && filters.period === undefined && (planLeaves || syntax.phrases.length + syntax.anyOf.length > 0)) {
    filters.period = {
      name: LEXICON.fiveYearPlans.plans.find((p) => p.from === plan.from)?.name ?? plan.written,
      from: plan.from,
      to: plan.to,
    };
    parts = parts.map((p) => p.replace(plan.written, ' ').trim()).filter(Boolean);
  }
  // "浙江宁波 数字经济", "广东省珠海市 港珠澳": a province word in front of a place, or alone as a filter.
  const province = parts[0] ? leadingProvince(parts[0]) : null;
  // A province word alone is a filter; glued to more words it is one only if the whole is no phrase of the reports.
  if (province && (!province.rest || !scope.hasPhrase(parts[0] ?? ''))) {
    parts = [province.rest, ...parts.slice(1)].filter(Boolean);
    if (!filters.province) filters.province = province.province;
  }
  if (!filters.city) {
    const cityFilter = cityInQuery(scope, parts);
    if (cityFilter) {
      filters.city = cityFilter.city;
      parts = cityFilter.parts;
      // The city is more precise than its province (and its reports may not name the province).
      if (province) delete filters.province;
    }
  }
  // "杭州市 数字经济": a place the corpus has no report of is said so, not searched for as text.
  const unknownPlace = filters.city ? null : /^(\p{Script=Han}{2,6}?)(省|市|区|县|自治州)$/u.exec(parts[0] ?? '');
  if (unknownPlace && parts.length > 1 && !scope.hasPhrase(parts[0] ?? '')) {
    notes.push(`语料中没有“${parts[0]}”的政府工作报告。`);
    filters.unknownPlace = parts[0];
    parts = parts.slice(1);
  }
  const typed = (o: Operand): string[] => {
    const norm = normalizeForIndex(o.text);
    return o.phrase ? [norm] : alternativesOf(norm);
  };
  const words: QueryWord[] = [
    ...[...new Set(parts.flatMap(wordsOf))].map((w) => ({ text: w, alternatives: alternativesOf(w) })),
    ...syntax.phrases.map((p) => {
      const norm = normalizeForIndex(p);
      return { text: norm, alternatives: [norm], form: 'phrase' as const };
    }),
    ...syntax.anyOf.map((group) => ({
      text: group.map((o) => normalizeForIndex(o.text)).join(' | '),
      alternatives: [...new Set(group.flatMap(typed))],
      form: group.every((o) => o.phrase) ? ('phrase' as const) : ('either' as const),
    })),
  ];
  const excluded = syntax.excluded.map((o) => ({ text: normalizeForIndex(o.text), alternatives: typed(o) }));
  if (words.length === 0 && excluded.length > 0) {
    throw new UserError(
      `只写了要排除的词（${excluded.map((w) => `-${w.text}`).join(' ')}），还要写上要找的词，例如“营商环境 -南湖”。`,
      ['营商环境 -南湖', '"老旧小区改造"', '数字经济 OR 数字产业'],
    );
  }
  if (words.length === 0) {
    throw new UserError('请输入要搜索的中文词语或数字，例如“营商环境”或“嘉兴 研发投入”。', [
      '营商环境',
      '老旧小区改造',
      '规上工业',
      '数字经济',
    ]);
  }
  return { raw, words, excluded, filters, notes };
}
