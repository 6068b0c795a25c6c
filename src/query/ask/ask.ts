import { clip } from '../../text/clip.js';
import type { Library } from '../library.js';
import { answerAchieved } from './achieved.js';
import { answerAllTargets } from './allTargets.js';
import { emptyResult, notFound } from './answers.js';
import { answerMet } from './met.js';
import { type ParsedQuestion, parseQuestion } from './parseQuestion.js';
import { answerFromPassage } from './passage.js';
import { answerPlan } from './plan.js';
import { answerRanking } from './ranking.js';
import { answerTarget } from './target.js';
import type { AskResult, PlaceQuestion } from './types.js';

export type { AskResult } from './types.js';

export const MAX_QUESTION_CHARS = 300;

/** Answers a free Chinese question from the reports, or says plainly that they don't say. Never estimates. */
export function ask(library: Library, questionInput: string | undefined): AskResult {
  const { corpus } = library;
  const question = clip((questionInput ?? '').trim(), MAX_QUESTION_CHARS);
  const parsed = parseQuestion(corpus, question);
  const base = emptyResult(parsed, question);
  if (!question || !/[\p{Script=Han}a-z0-9]/iu.test(question)) {
    return { ...base, reason: '请用中文提一个关于政府工作报告的问题，例如“温州今年GDP增长目标是多少？”。' };
  }
  const missingPlace = parsed.unknownPlace ? `语料中没有${parsed.unknownPlace}的政府工作报告。` : null;
  if (missingPlace && !parsed.city) {
    return { ...base, reason: `${missingPlace}现有城市：${corpus.cities.map((c) => c.short).join('、')}。` };
  }
  const result = route(library, parsed, base);
  // "嘉兴和杭州…": answer for 嘉兴, and say that 杭州 is not in the corpus.
  if (!missingPlace) return result;
  return {
    ...result,
    answer: result.answer ? `${result.answer} ${missingPlace}` : null,
    reason: [result.reason, missingPlace].filter(Boolean).join(' '),
  };
}

function placeQuestion(parsed: ParsedQuestion): PlaceQuestion | null {
  const { city, indicator } = parsed;
  return city && indicator ? { ...parsed, city, indicator } : null;
}

/** Picks the answer for the kind of question; anything without a place and an indicator searches passages. */
function route(library: Library, parsed: ParsedQuestion, base: AskResult): AskResult {
  const { city, indicator, kind } = parsed;
  if (kind === 'compare' && indicator) return answerRanking(library, parsed, indicator, base);
  if (kind === 'all-targets' && city) return answerAllTargets(library, parsed, city, base);
  const place = placeQuestion(parsed);
  if (place && kind === 'plan') return answerPlan(library, place, base);
  if (place && kind === 'met') return answerMet(library, place, base);
  if (!place || kind === 'passage') {
    if (indicator && !city) {
      return notFound(
        library,
        parsed,
        base,
        `请说明是哪个城市，例如“嘉兴${parsed.yearWords ?? '今年'}${indicator.name}目标是多少？”；比较各城市请问“哪些城市${indicator.name}目标最高？”。`,
      );
    }
    return answerFromPassage(library, parsed, base);
  }
  const answerFor = (p: PlaceQuestion) =>
    p.kind === 'achieved' ? answerAchieved(library, p, base) : answerTarget(library, p, base);
  if (parsed.cities.length < 2 || (kind !== 'target' && kind !== 'achieved')) return answerFor(place);
  return eachCity(place, answerFor);
}

/** "嘉兴和温州今年GDP目标": one answer per city, each from its own report. */
function eachCity(parsed: PlaceQuestion, answerFor: (p: PlaceQuestion) => AskResult): AskResult {
  const each = parsed.cities.map((city) => {
    const latest = city.years.at(-1) ?? null;
    const relative = (back: number) => (latest === null ? null : latest - back);
    const year = parsed.yearWords === '今年' ? relative(0) : parsed.yearWords === '去年' ? relative(1) : parsed.year;
    return answerFor({ ...parsed, city, year });
  });
  const found = each.filter((r) => r.found);
  const first = found[0];
  if (!first) return { ...(each[0] ?? answerFor(parsed)), reason: each.map((r) => r.reason).join(' ') };
  const missed = each.filter((r) => !r.found);
  return {
    ...first,
    city: null,
    value: each
      .map((r) => (r.found ? r.value : null))
      .filter(Boolean)
      .join('；'),
    answer: each.map((r) => r.answer ?? r.reason).join(' '),
    reason: missed.length > 0 ? missed.map((r) => r.reason).join(' ') : null,
  };
}
