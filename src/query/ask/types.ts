import type { City } from '../../corpus/corpus.js';
import type { Fact, Measure } from '../../facts/fact.js';
import type { Indicator } from '../../facts/indicators.js';
import type { ParsedQuestion, QuestionKind } from './parseQuestion.js';
import type { Said } from './said.js';

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
  /** What the answer says, as data (reply/askWords writes the sentence); null when the reports don't say. */
  answer: Said | null;
  /** The value as written ("6%左右", "8029.8亿元、增长3.7%"). */
  value: string | null;
  city: string | null;
  year: number | null;
  indicator: string | null;
  kind: QuestionKind;
  source: AskSource | null;
  /** A question of several parts answered from several sentences: every part's source, the first as `source`. */
  sources?: AskSource[];
  /** Why nothing was found, and what is stated instead, as data (reply/askWords writes the sentence). */
  reason: Said | null;
  /** For a ranking question: the ranked targets. */
  ranking: { city: string; year: number; value: string; source: string }[];
  suggestions: AskSuggestion[];
  /** The facts the answer states, as data (a met answer compares them; a face may tabulate them). */
  figures?: readonly Fact[];
  /** A result was asked and the review is silent: what is answered is that year's plan (kind 'target'). */
  onlyPlan?: boolean;
  /** A met question's verdict: the target reached or not (the report's own words, else the figures compared). */
  met?: boolean;
  /** The language the question was asked in: the answer sentence comes in it; quotes stay verbatim Chinese. */
  language?: 'zh' | 'en';
  /** How the question was understood (logged, and printed by --json). */
  intent?: QuestionIntent;
}
/**
 * What kind of answer a question wants, decided once, before any figure is looked for:
 * - `definition`: a glossary term's meaning; `report-facts`: who delivered a report, at which meeting, when;
 * - `compare`: places ranked on an indicator; `all-targets`: a report's whole list of main targets;
 * - `five-year-review`: a past five-year period, from the review of the report after it;
 * - `plan`: a five-year plan's goal; `met`: whether a year's target was met (its target and result, each
 *   found as a figure is, and the verdict);
 * - `needs-place`: an indicator asked of no place; `each-place`: one figure for each of several places;
 * - `figure`: one figure of one place; `figure-or-passage`: a quantity named without a figure word, a figure
 *   if the report states one, else the passages; `passage`: anything else, answered with passages.
 */
export type AskShape =
  | 'empty'
  | 'unknown-place'
  | 'definition'
  | 'report-facts'
  | 'compare'
  | 'all-targets'
  | 'five-year-review'
  | 'plan'
  | 'met'
  | 'needs-place'
  | 'passage'
  | 'each-place'
  | 'figure'
  | 'figure-or-passage';

/** The question as understood: plain data, logged with each answer and printed by `--json`. */
export interface QuestionIntent {
  shape: AskShape;
  /** The language the question was asked in; an English question is read as the Chinese one it rewrites to. */
  language: 'zh' | 'en';
  /** The Chinese text read (simplified; an English question's rewriting). */
  read: string;
  /** The places named, as the corpus calls them. */
  places: string[];
  /** A place named that the corpus does not have. */
  unknownPlace: string | null;
  /** The year the data is about: a result's year, or the year a target is set for. */
  year: number | null;
  /** 今年 / 去年 / 2024年, as written. */
  yearWords: string | null;
  /** A five-year period named (十三五, 2016-2020). */
  fiveYears: { from: number; to: number } | null;
  /** A target set for the year, or the result achieved in it; null where no place decides it. */
  stance: 'target' | 'result' | null;
  /** The kind of figure asked: an amount, a growth, a share… or null (whatever the report states). */
  measure: Measure | null;
  /** A unit the question names (多少家 → 家). */
  unit: string | null;
  /** The subject as a noun phrase, question words, fillers, place and year removed. */
  subject: string;
  /** The lexicon's indicator the subject names, if any. */
  indicator: string | null;
  /** The glossary term asked about, for `definition`. */
  term: string | null;
}

/** A question about one indicator of one place: what the target, result, plan and met answers need. */
export interface PlaceQuestion extends ParsedQuestion {
  city: City;
  indicator: Indicator;
}
