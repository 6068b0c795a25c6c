import type { City } from '../../corpus/corpus.js';
import { isUserError } from '../../corpus/errors.js';
import type { Report } from '../../corpus/types.js';
import { alternatives, fiveYearPlanIn, LEXICON, lexiconPattern } from '../../lexicon/lexicon.js';
import { clip } from '../../text/clip.js';
import { toSimplified } from '../../text/simplified.js';
import { glossary } from '../corpusQueries.js';
import type { Library } from '../library.js';
import { DEFINITION } from './definition.js';
import { englishSubject, englishToChinese, isEnglish } from './english.js';
import { type FigureIntent, figureIntent } from './intent.js';
import {
  ACTUAL_WORDS,
  MET_WORDS,
  type ParsedQuestion,
  parseQuestion,
  TARGET_AND_RESULT,
  TARGET_WORDS,
} from './parseQuestion.js';
import { REPORT_FACT_WORDS } from './reportFacts.js';
import { namesSpelled } from './spelledNames.js';
import type { AskShape, QuestionIntent } from './types.js';

export const MAX_QUESTION_CHARS = 300;

export interface Understood {
  original: string;
  /** The answer sentence's language: the question's, or English when the face asks for it. */
  english: boolean;
  /** An English question left unread: the words of it the lexicon does not know (said in the answer). */
  unknownWords: string[];
  intent: QuestionIntent;
  parsed: ParsedQuestion;
  figure: FigureIntent;
}

/** A subject of at least two Han characters: "邯郸今年计划" and "嘉兴今年有哪些目标" name none. */
const NAMED_SUBJECT = /\p{Script=Han}{2}/u;
/** What a whole plan is called, not one of its figures ("南湖2021年工作计划"): the passages answer these. */
const GENERIC_PLAN = lexiconPattern('ask.genericPlan');
/** A subject that ends in the lexicon's noun of a quantity (旅游收入, 农业总产值) names a figure. */
const QUANTITY_NOUN = new RegExp(`(?:${alternatives(LEXICON.quantityNouns.words)})$`, 'u');

function glossaryTerm(library: Library, text: string): string | null {
  const definition = DEFINITION.exec(text);
  const term = (definition?.[1] ?? definition?.[2] ?? '').replace(/^(?:请问|请|什么是|何为)/u, '').trim();
  if (!term) return null;
  try {
    return glossary(library, term).length > 0 ? term : null;
  } catch (e) {
    // Not a glossary term: the question is read as any other.
    if (!isUserError(e)) throw e;
    return null;
  }
}

/**
 * Whether the question is about a year's result or its target. The words decide (实际 a result, 目标 a
 * target); otherwise the year does: a year that a later report reviews asks for its result, the newest
 * year (今年) for its target.
 */
function stanceOf(library: Library, parsed: ParsedQuestion, city: City): 'result' | 'target' {
  if (ACTUAL_WORDS.test(parsed.text)) return 'result';
  // (a word a review says what was done with as well, 争取使用, 专门安排, is no target word for a year whose own
  // report is not here and whose review is: 金华2022年争取使用地方政府专项债券多少 asks what the 2023 review says)
  const reviewedOnly =
    parsed.year !== null && !library.corpus.report(city, parsed.year) && library.corpus.report(city, parsed.year + 1);
  // (nor is a word the place's own name runs into: 保定为保障… is 保定 为)
  const withoutPlace = parsed.text.replaceAll(city.city, ' ').replaceAll(city.short, ' ');
  const targetWords = reviewedOnly ? withoutPlace.replace(DONE_TOO, '') : withoutPlace;
  // (预计 asks an estimate of a result, 预计完成多少 — but 预计要达到 what is to be reached, a target)
  if (TARGET_WORDS.test(targetWords) && !ESTIMATE_ONLY.test(parsed.text)) return 'target';
  if (parsed.yearWords === '今年') return 'target';
  if (parsed.year !== null) {
    if (library.corpus.report(city, parsed.year + 1)) return 'result';
    // A past year no report covers is still a question about its result (a city's GDP of a year before its first report).
    return library.corpus.report(city, parsed.year) || parsed.year >= (city.years.at(-1) ?? 0) ? 'target' : 'result';
  }
  return 'result';
}

/** The data year: the one named, else the latest report's (its targets) or the year it reviews (its results). */
function dataYear(parsed: ParsedQuestion, city: City, stance: 'result' | 'target'): number | null {
  if (parsed.year !== null) return parsed.year;
  // The report named: its review's year, or its own year for a target.
  if (parsed.reportYear !== null) return stance === 'result' ? parsed.reportYear - 1 : parsed.reportYear;
  const latest = city.years.at(-1);
  if (latest === undefined) return null;
  return stance === 'result' ? latest - 1 : latest;
}

/** The stance and data year of a figure asked of `city`. */
export function stanceAndYear(
  library: Library,
  parsed: ParsedQuestion,
  city: City,
): { stance: 'result' | 'target'; year: number | null } {
  const stance = stanceOf(library, parsed, city);
  return { stance, year: dataYear(parsed, city, stance) };
}

/** A meeting other than the congress a report is delivered at (全会, 党代会): the lexicon's report.otherMeeting. */
const OTHER_MEETING = lexiconPattern('report.otherMeeting');
/** What an event did (启动, 通车, 封关): a date asked of it is no header's (the lexicon's report.eventAsked). */
const EVENT_ASKED = lexiconPattern('report.eventAsked');

/** A question asking what was done during a period (期间…新建了): the lexicon's ask.doneDuring. */
const DONE_DURING = lexiconPattern('ask.doneDuring');
/** What a plan says, asked of it (规定, 提出, 草案): the lexicon's ask.planSays. */
const PLAN_SAYS = lexiconPattern('ask.planSays');

function shapeOf(library: Library, parsed: ParsedQuestion, figure: FigureIntent, term: string | null): AskShape {
  const { city, indicator, kind, text } = parsed;
  if (term && !indicator) return 'definition';
  // (…not when it asks of another meeting the report names: 省委十四届八次全会是哪天召开的)
  if (city && REPORT_FACT_WORDS.test(text) && !OTHER_MEETING.test(text) && !EVENT_ASKED.test(text))
    return 'report-facts';
  if (kind === 'compare' && indicator) return 'compare';
  if (kind === 'all-targets' && city) return 'all-targets';
  // A period asked with a target word or a word of what will be (十三五期间要培育…) asks the plan's goal.
  // (…and so does a period after the report named, or said ahead: 2007年政府工作报告提出，今后五年（2007年到2011年）)
  const ahead =
    FUTURE_PERIOD.test(text) ||
    (parsed.reportYear !== null && parsed.fiveYears !== null && parsed.fiveYears.from >= parsed.reportYear);
  // (the plan's own name is no target word where the question asks what was done during it and names nothing the
  // plan says: 第一个五年计划期间…共新建了多少 asks what was built — 规定, 提出 ask the plan)
  const named = fiveYearPlanIn(text)?.written ?? '';
  const unnamed = named ? text.replace(named, ' ') : text;
  const doneDuring = named !== '' && DONE_DURING.test(unnamed) && !PLAN_SAYS.test(unnamed);
  const asksPlan = TARGET_WORDS.test(doneDuring ? unnamed : text) || FUTURE_MODAL.test(text) || ahead;
  const reviewed = city && parsed.fiveYears && library.corpus.report(city, parsed.fiveYears.to + 1);
  // (预计 alone asks the review's estimate of a period it reviews — 十四五时期…预计达到多少 — no plan's goal)
  const estimateOnly = ESTIMATE_ONLY.test(text) && !TARGET_WORDS.test(text.replace(ESTIMATE_ONLY_ALL, ''));
  if (reviewed && (!asksPlan || estimateOnly)) return 'five-year-review';
  // A past period whose review is not here (十三五期间… of a place whose reports start later) is still that
  // period: it is said not to be here, never answered with another year's figure.
  const past = city && parsed.fiveYears && parsed.fiveYears.to < (city.years.at(-1) ?? 0);
  if (past && !asksPlan && kind !== 'met') return 'five-year-review';
  // A five-year plan named with a target word (六五计划定的到1985年…要达到多少): the plan's goal, whatever
  // report of its years states it.
  if (city && ((indicator && kind === 'plan') || (parsed.fiveYears && asksPlan))) return 'plan';
  if (city && (kind === 'met' || MET_WORDS.test(text) || TARGET_AND_RESULT.test(text))) return 'met';
  if (indicator && !city) return 'needs-place';
  if (!city) return 'passage';
  if (parsed.cities.length > 1 && indicator) return 'each-place';
  // A target named with 目标 and no 多少 (<place>今年<subject>目标) is a figure; "南湖的营商环境有哪些举措" is not.
  const asksTarget = TARGET_WORDS.test(text) && NAMED_SUBJECT.test(figure.topic) && !GENERIC_PLAN.test(figure.topic);
  if (indicator || figure.measure || figure.howMuch || asksTarget) return 'figure';
  // "茂名2022年农业总产值": a quantity named without a figure word.
  return QUANTITY_NOUN.test(figure.topic) ? 'figure-or-passage' : 'passage';
}

/** "How many" in English, not of a rate (how many percentage points, how many times): the lexicon's english.howMany. */
const ENGLISH_HOW_MANY = lexiconPattern('english.howMany', 'i');
/** A unit of measure an English question names (how many mu): the lexicon's english.unitNamed. */
const ENGLISH_UNIT_NAMED = lexiconPattern('english.unitNamed', 'i');

/** Years said ahead (今后五年, 未来三年): the lexicon's ask.futurePeriod. */
const FUTURE_PERIOD = lexiconPattern('ask.futurePeriod');

/** 预计 asking an estimate of a result, not 预计要 (the lexicon's ask.estimateOnly). */
const ESTIMATE_ONLY = lexiconPattern('ask.estimateOnly');
/** Words a plan sets a target with and a review says what was done with (争取, 安排): the lexicon's ask.doneToo. */
const DONE_TOO = lexiconPattern('ask.doneToo', 'gu');
const ESTIMATE_ONLY_ALL = lexiconPattern('ask.estimateOnly', 'gu');

/** The words a question states what will be with (要, 将, 力争: the lexicon's period.futureModal). */
const FUTURE_MODAL = lexiconPattern('period.futureModal');

/** "到2030年…要达到多少": a year after the place's newest report, reached with 到, is a plan's horizon (the lexicon's ask.horizon). */
const HORIZON = lexiconPattern('ask.horizon');

/**
 * A goal asked for a year no report of the place reviews or plans yet (<place>到2030年<subject>要达到多少):
 * the years from its newest report to that one, asked as a plan — its goal is stated in the newest report.
 */
function withHorizon(parsed: ParsedQuestion): ParsedQuestion {
  const newest = parsed.city?.years.at(-1);
  const year = Number(HORIZON.exec(parsed.text)?.[1] ?? Number.NaN);
  if (newest === undefined || parsed.fiveYears || parsed.year !== year || !(year > newest)) return parsed;
  return { ...parsed, fiveYears: { from: newest, to: year }, year: null };
}

/**
 * The reports an English question's names are looked for in: those of the places it names (the State Council's
 * when it names none) for the years it names and the next (which reviews them), or each place's newest when it
 * names no year.
 */
function reportsNear(library: Library, places: readonly string[], question: string): Report[] {
  const years = [...question.matchAll(/\b((?:19|20)\d{2})\b/gu)].map((m) => Number(m[1]));
  // (no place named: the State Council's, whose reports answer such a question)
  const cities =
    places.length > 0
      ? places.map((place) => library.corpus.findCity(place))
      : library.corpus.cities.filter((c) => c.level === '国家');
  return cities.flatMap((city) => {
    if (!city) return [];
    const reports = library.corpus.reportsOf(city);
    return years.length === 0
      ? reports.slice(-1)
      : reports.filter((r) => years.some((y) => r.year === y || r.year === y + 1));
  });
}

/** Reads a question once: its places, year or period, stance, kind of figure and subject, and what shape of answer it wants. */
export function understand(
  library: Library,
  input: string | undefined,
  options: { english?: boolean } = {},
): Understood {
  const original = clip((input ?? '').trim(), MAX_QUESTION_CHARS);
  const englishQuestion = isEnglish(original);
  // English: a question about a lexicon indicator is rewritten whole; any other subject is read word by
  // word into the words reports use (matched with their alternatives).
  const byTerm = englishQuestion ? englishToChinese(original) : null;
  const wordByWord =
    englishQuestion && !byTerm
      ? englishSubject(
          original,
          (w) => library.corpus.findCity(w)?.short ?? null,
          (w, places) => namesSpelled(reportsNear(library, places, original), w),
        )
      : null;
  const byWords = wordByWord && 'chinese' in wordByWord ? wordByWord : null;
  const read = toSimplified(englishQuestion ? (byTerm ?? byWords?.chinese ?? original) : original);
  const parsed = withHorizon(parseQuestion(library.corpus, read));
  const howMany = englishQuestion && ENGLISH_HOW_MANY.test(original);
  const figure = {
    ...figureIntent(parsed.text, parsed.subject),
    ...(byWords ? { alternatives: byWords.words, alternativesInEnglish: byWords.inEnglish } : {}),
    ...(byWords?.joined ? { subjectsJoined: true } : {}),
    ...(howMany ? { countAsked: true } : {}),
    // ("how many warehouses", no unit named: a count of things, never an area or a weight)
    ...(howMany && !ENGLISH_UNIT_NAMED.test(original) ? { thingsCounted: true } : {}),
  };
  const term = glossaryTerm(library, parsed.text);
  const city = parsed.city;
  const scope = city ? stanceAndYear(library, parsed, city) : null;
  // An English question neither reader could read is not read as Chinese: a lexicon alias inside it (GDP
  // in "energy consumption per unit of GDP") is not its subject.
  // (A question mixing in Chinese words, "jiaxing 2024 GDP目标", is still read as Chinese.)
  // A question about the report itself (who delivered it, at which meeting) needs only its place and year.
  const unread =
    englishQuestion && !byTerm && !byWords && !/\p{Script=Han}/u.test(original) && !REPORT_FACT_WORDS.test(original);
  const shape: AskShape = !/[\p{Script=Han}a-z0-9]/iu.test(original)
    ? 'empty'
    : unread
      ? 'passage'
      : parsed.unknownPlace && !city
        ? 'unknown-place'
        : shapeOf(library, parsed, figure, term);
  return {
    original,
    english: englishQuestion || options.english === true,
    unknownWords: unread && wordByWord && 'unknown' in wordByWord ? wordByWord.unknown : [],
    parsed,
    figure,
    intent: {
      shape,
      language: englishQuestion ? 'en' : 'zh',
      read: parsed.text,
      places: parsed.cities.map((c) => c.city),
      unknownPlace: parsed.unknownPlace,
      year: scope ? scope.year : parsed.year,
      yearWords: parsed.yearWords,
      fiveYears: parsed.fiveYears,
      stance: scope?.stance ?? null,
      measure: figure.measure,
      unit: figure.unit,
      subject: figure.topic,
      indicator: parsed.indicator?.name ?? null,
      term: shape === 'definition' ? term : null,
    },
  };
}
