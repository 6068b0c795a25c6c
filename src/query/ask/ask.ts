import type { City } from '../../corpus/corpus.js';
import { placesNamed } from '../../corpus/gazetteer.js';
import { type Library, placeSuggester } from '../library.js';
import { answerAllTargets } from './allTargets.js';
import { emptyResult, notFound } from './answers.js';
import { answerDefinition } from './definition.js';
import { isEnglish } from './english.js';
import { answerFigure } from './figure.js';
import { figureFor } from './figureFor.js';
import { answerMet } from './met.js';
import { TARGET_WORDS } from './parseQuestion.js';
import { answerFromPassage } from './passage.js';
import { answerPlan } from './plan.js';
import { answerRanking } from './ranking.js';
import { answerReportFacts } from './reportFacts.js';
import { answerResultRanking } from './resultRanking.js';
import type { AskResult } from './types.js';
import { stanceAndYear, type Understood, understand } from './understand.js';

export type { AskResult } from './types.js';

/**
 * Answers a free question (Chinese, traditional or simplified, or English) from the reports, or says
 * plainly that they don't say and what was looked at. Never estimates; every figure is quoted.
 */
/**
 * "<place>Y年<indicator>多少，增长了多少": two figures of one subject asked at once — the second part borrows the
 * first's place, year and subject. Each is answered as its own question, and the answer gives both (or
 * says which one the reports do not state).
 */
const SECOND_ASK =
  /^(.+?(?:多少|几)[^，,]*)[，,]\s*((?:那|又|还|以及|和)?(?:增长|增速|增幅|涨幅|下降|总量|总额|规模|占比|比重|排名|排第几)[^，,]*(?:多少|几|第几)[^，,]*)$/u;

export function ask(
  library: Library,
  questionInput: string | undefined,
  options: { english?: boolean } = {},
): AskResult {
  const two = SECOND_ASK.exec((questionInput ?? '').trim());
  if (two && !isEnglish(two[0])) {
    const first = askOne(library, two[1]!, options);
    const subject = two[1]!.replace(/(?:是|有|为)?(?:多少|几)[^，,]*$/u, '');
    const second = askOne(library, `${subject}${two[2]!.replace(/^(?:那|又|还|以及|和)/u, '')}`, options);
    // The first answer may already give both (an amount is shown with its growth).
    if (first.found && second.found && second.value && (first.answer ?? '').includes(second.value))
      return { ...first, question: (questionInput ?? '').trim() };
    if (first.found || second.found) {
      const parts = [first, second].map((r) => (r.found ? (r.answer ?? '') : (r.reason ?? '')));
      const found = first.found ? first : second;
      return {
        ...found,
        question: (questionInput ?? '').trim(),
        value: [first.value, second.value].filter(Boolean).join('；'),
        answer: parts.join(' '),
      };
    }
  }
  return askOne(library, questionInput, options);
}

function askOne(library: Library, questionInput: string | undefined, options: { english?: boolean }): AskResult {
  const { corpus } = library;
  const understood = understand(library, questionInput, options);
  const { original, english, intent, parsed } = understood;
  const base = { ...emptyResult(parsed, original), language: english ? ('en' as const) : ('zh' as const), intent };
  if (intent.shape === 'empty') {
    return { ...base, reason: '请用中文提一个关于政府工作报告的问题，例如“温州今年GDP增长目标是多少？”。' };
  }
  const near = parsed.unknownPlace ? placeSuggester(library)(parsed.unknownPlace) : [];
  const missingPlace = parsed.unknownPlace
    ? `语料中没有${parsed.unknownPlace}的政府工作报告。${near.length > 0 ? `你是不是要找：${near.join('、')}？` : ''}`
    : null;
  if (intent.shape === 'unknown-place') {
    // One character off a place of the corpus, and no place of China by that name: a typo, answered as the
    // place meant, and said so (杭州 is a real city the corpus lacks, never read as 梅州).
    const meant = near.length === 1 && parsed.unknownPlace ? typoOf(parsed.unknownPlace, near[0]!) : null;
    if (meant) {
      const corrected = askOne(library, original.replace(meant.typed, meant.meant), options);
      if (corrected.found)
        return {
          ...corrected,
          question: original,
          answer: `（按“${meant.meant}”回答：语料中没有“${meant.typed}”。）${corrected.answer ?? ''}`,
        };
    }
    return { ...base, reason: `${missingPlace}现有城市：${corpus.cities.map((c) => c.short).join('、')}。` };
  }
  const routed = route(library, understood, base);
  // The sentence stays the query's Chinese one; reply/askSentence writes it in English for an English asker.
  const result = routed;
  // "嘉兴和杭州…": answer for 嘉兴, and say that 杭州 is not in the corpus.
  if (!missingPlace) return result;
  return {
    ...result,
    answer: result.answer ? `${result.answer} ${missingPlace}` : null,
    reason: [result.reason, missingPlace].filter(Boolean).join(' '),
  };
}

/** `嘉星` for 嘉兴: the same length, one character different, and no place of China called what was typed. */
function typoOf(typed: string, candidate: string): { typed: string; meant: string } | null {
  const bare = typed.replace(/[市区县]$/u, '');
  if (placesNamed(typed).length > 0 || placesNamed(bare).length > 0) return null;
  if (bare.length !== candidate.length) return null;
  const differing = [...bare].filter((ch, i) => ch !== candidate[i]).length;
  return differing === 1 ? { typed: bare, meant: candidate } : null;
}

/** A province named in the question ("浙江省2023年各市…"), as the reports spell it. */
function provinceIn(library: Library, text: string): string | null {
  const provinces = [...new Set(library.corpus.reports.map((r) => r.province))];
  return provinces.find((p) => text.includes(p) || text.includes(p.replace(/(省|市|壮族自治区|自治区)$/u, ''))) ?? null;
}

/** The answer for the shape the question was understood to have. */
function route(library: Library, understood: Understood, base: AskResult): AskResult {
  const { intent, parsed, figure } = understood;
  const { city, indicator } = parsed;
  switch (intent.shape) {
    case 'definition':
      return answerDefinition(library, intent.term ?? '', base) ?? answerFromPassage(library, parsed, base);
    case 'report-facts':
      return answerReportFacts(library, parsed, city!, base);
    case 'compare': {
      const province = provinceIn(library, parsed.text);
      if (TARGET_WORDS.test(parsed.text)) return answerRanking(library, parsed, indicator!, province, base);
      const latestReport = Math.max(...library.corpus.reports.map((r) => r.year));
      return answerResultRanking(library, parsed, indicator!, parsed.year ?? latestReport - 1, province, base);
    }
    case 'all-targets':
      return answerAllTargets(library, parsed, city!, base);
    case 'five-year-review': {
      // A past five-year period a later report looks back on is its review, not a plan (the 2021 report's
      // 十四五 targets are no answer to 十三五期间…年均增长多少).
      const scope = { city: city!, year: parsed.fiveYears!.to, stance: 'result' as const, fiveYears: true };
      return answerFigure(library, parsed, figure, scope, base);
    }
    case 'plan':
      return answerPlan(library, understood, city!, base);
    case 'met':
      return answerMet(library, understood, city!, base);
    case 'needs-place':
      return notFound(
        library,
        parsed,
        base,
        `请说明是哪个城市，例如“嘉兴${parsed.yearWords ?? '今年'}${indicator!.name}目标是多少？”；比较各城市请问“哪些城市${indicator!.name}目标最高？”。`,
      );
    case 'each-place':
      return eachCity(library, understood, base);
    case 'figure':
      return answerForCity(library, understood, city!, base);
    case 'figure-or-passage': {
      const stated = answerForCity(library, understood, city!, base);
      if (stated.found) return stated;
      const passage = answerFromPassage(library, parsed, base);
      return passage.found ? passage : stated;
    }
    default:
      return answerFromPassage(library, parsed, base);
  }
}

function answerForCity(library: Library, understood: Understood, city: City, base: AskResult): AskResult {
  const { parsed } = understood;
  const { stance, year } = stanceAndYear(library, parsed, city);
  if (year === null) return notFound(library, parsed, base, `语料中没有${city.short}的报告。`);
  const result = figureFor(library, understood, city, stance, year, base);
  if (result.found || stance !== 'result' || TARGET_WORDS.test(parsed.text)) return result;
  // The review is silent, but that year's own report planned it (<place>Y年推出几件<subject>): say the
  // result is missing and give the plan as a plan — a target must never read as a result.
  const plan = figureFor(library, understood, city, 'target', year, base);
  if (!plan.found || !plan.answer) return result;
  // Not stated, and here is what is stated: the plan is related, never the answer.
  return {
    ...result,
    onlyPlan: true,
    reason: `${(result.reason ?? '').replace(/。$/u, '')}；只有当年报告的计划（不是实际完成数）：${plan.answer}`,
  };
}

/** "嘉兴和温州今年GDP目标": one answer per city, each from its own report. */
function eachCity(library: Library, understood: Understood, base: AskResult): AskResult {
  const { parsed } = understood;
  const each = parsed.cities.map((city) => {
    const latest = city.years.at(-1) ?? null;
    const relative = (back: number) => (latest === null ? null : latest - back);
    const year = parsed.yearWords === '今年' ? relative(0) : parsed.yearWords === '去年' ? relative(1) : parsed.year;
    return answerForCity(library, { ...understood, parsed: { ...parsed, city, year } }, city, base);
  });
  const found = each.filter((r) => r.found);
  const first = found[0];
  if (!first) return { ...(each[0] ?? base), reason: each.map((r) => r.reason).join(' ') };
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
