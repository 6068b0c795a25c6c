import type { City } from '../../corpus/corpus.js';
import type { Indicator } from '../../facts/indicators.js';
import type { ParsedQuestion, QuestionKind } from './parseQuestion.js';

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
  /** A result was asked and the review is silent: what is answered is that year's plan (kind 'target'). */
  onlyPlan?: boolean;
  /** The language the question was asked in: the answer sentence comes in it; quotes stay verbatim Chinese. */
  language?: 'zh' | 'en';
}

/** A question about one indicator of one place: what the target, result, plan and met answers need. */
export interface PlaceQuestion extends ParsedQuestion {
  city: City;
  indicator: Indicator;
}
