import type { Measure } from '../../facts/fact.js';

/**
 * What an answer says, or why there is none, as data: reply/askWords writes it as a sentence in the
 * language the question was asked in. Names, values and quotes are the reports' own words, never
 * translated; everything else (the frame around them) is the reply layer's.
 */
export type Said = Answered | NotStated | Composed;

/** A report, as a sentence names it: its place and year. */
export interface ReportRef {
  city: string;
  year: number;
}

/** The years a figure is for: one year, a period, or the state at a period's end (到2025年). */
export interface Years {
  from: number;
  to: number;
  /** The state reached at `to` (到2025年), not the span. */
  end?: boolean;
}

/** A figure shown beside a "not stated" as related, never as the answer: its label, value, paragraph and sentence. */
export interface RelatedFigure {
  label: string;
  /** The value with its verb, as written (增长3.7%, 1318.21亿元). */
  value: string;
  measure: Measure;
  paragraphId: string;
  sentence: string;
}

/** Which part of a report was read for a figure. */
export type ReportPart = 'plan' | 'five-year-review' | 'review' | 'work';

/** What a report's header or opening states of itself. */
export type ReportDetail =
  /** `asWritten`: the name as the header writes it, when that is otherwise (李 谦, letter-spaced). */
  | { kind: 'speaker'; role: string | null; name: string; asWritten?: string }
  | { kind: 'meeting'; meeting: string; paragraphId?: string }
  | { kind: 'date'; written: string };

export type ReportDetailKind = ReportDetail['kind'];
/** What a question may ask of a report: its details, or when its session closed or opened, which no header states. */
export type AskedDetail = ReportDetailKind | 'session-day';

export type Answered =
  | {
      say: 'figure';
      report: ReportRef;
      years: Years;
      /** The indicator or the report's own name of the subject. */
      name: string;
      /** The indicator asked, when what is shown are figures of related ones (urban and rural income for income). */
      relatedTo: string | null;
      target: boolean;
      value: string;
      /** Read in the five-year plan's goals, or in the work plan (the main-target list has no such item). */
      /** Where the figure stands: a five-year plan's goals, the main-target list, or the rest of the year's work plan. */
      from: 'plan' | 'target-list' | 'work-plan' | null;
      forecast: boolean;
    }
  | {
      say: 'headline-target';
      report: ReportRef;
      indicator: string;
      value: string;
      direct: boolean;
      /** The work plan's own target of the indicator in another kind of figure (an amount beside the list's growth). */
      alsoPlanned?: { label: string; value: string };
    }
  | { say: 'all-targets'; report: ReportRef; text: string }
  | { say: 'definition'; term: string; definition: string; report: ReportRef; inline: boolean }
  | { say: 'report-details'; title: string; details: ReportDetail[] }
  | {
      say: 'target-ranking';
      year: number | null;
      province: string | null;
      indicator: string;
      lowest: boolean;
      top: { city: string; year: number; value: string }[];
      count: number;
    }
  | {
      say: 'result-ranking';
      year: number;
      province: string | null;
      indicator: string;
      level: boolean;
      lowest: boolean;
      places: string[];
      value: string;
      count: number;
    }
  | {
      say: 'met';
      place: string;
      year: number;
      subject: string;
      target: string | null;
      result: string | null;
      /** The result is the report's estimate (预计), given before the year's final figures. */
      forecast: boolean;
      met: boolean;
      /** The next report's own words saying so, when it does. */
      words: string | null;
    }
  | { say: 'passage'; text: string };

export type NotStated =
  | { say: 'no-report'; place: string; year: number | null; coverage: readonly number[] }
  | { say: 'no-report-for'; place: string; year: number; stance: 'target' | 'result'; coverage: readonly number[] }
  | { say: 'no-reports'; place: string }
  | { say: 'not-given'; report: ReportRef; part: ReportPart; years: Years; subject: string }
  | { say: 'not-given-related'; report: ReportRef; years: Years; subject: string; related: RelatedFigure }
  | {
      say: 'other-kind';
      report: ReportRef;
      part: ReportPart;
      years: Years;
      asked: Measure | null;
      related: RelatedFigure;
    }
  | { say: 'no-total'; report: ReportRef; part: ReportPart; years: Years; subject: string; related: RelatedFigure }
  | { say: 'ambiguous'; report: ReportRef; part: ReportPart; years: Years; subject: string; related: RelatedFigure[] }
  | { say: 'no-target-list'; report: ReportRef }
  | { say: 'not-in-target-list'; report: ReportRef; indicator: string }
  | { say: 'no-plan-goal'; place: string; subject: string }
  | { say: 'no-target'; year: number; subject: string }
  | { say: 'no-result'; year: number; subject: string }
  | {
      say: 'met-unknown';
      place: string;
      year: number;
      subject: string;
      /** Why not: each side missing; none when the two are not comparable and the report says nothing. */
      missing: Said[];
      target: string | null;
      result: string | null;
      forecast: boolean;
    }
  | { say: 'details-unstated'; title: string; asked: AskedDetail[]; shown: ReportDetail[] }
  | { say: 'no-ranked-targets'; indicator: string; year: number | null; province: string | null }
  | { say: 'no-ranked-results'; indicator: string; year: number; province: string | null; level: boolean }
  /** A lower layer's message for the user (a year or province the corpus does not have), as it wrote it. */
  | { say: 'user-error'; message: string }
  | { say: 'empty-question' }
  /** An English question the lexicon cannot read: the words it does not know. */
  | { say: 'english-unread'; words: string[] }
  | { say: 'nothing-asked'; example: boolean }
  | { say: 'no-passage' }
  | { say: 'needs-place'; yearWords: string | null; indicator: string }
  | { say: 'unknown-place'; typed: string; near: string[]; places: string[] };

/** Answers and "not stated"s made of others: a question of several parts, places, or a corrected place. */
export type Composed =
  | { say: 'typo'; typed: string; meant: string; said: Said | null }
  | { say: 'also-unknown-place'; said: Said | null; typed: string; near: string[] }
  | { say: 'parts'; all: boolean; parts: Said[] }
  | { say: 'first-part-only'; count: number; first: Said | null }
  | { say: 'each-place'; parts: Said[] }
  | { say: 'result-missing-plan'; missing: Said | null; plan: Said }
  | { say: 'list-gives-other-kind'; missing: Said | null; value: string }
  | { say: 'not-in-work-plan-either'; missing: Said | null };

/** A report as a sentence names it (never the report itself: a `Said` is printed whole by --json). */
export function reportRef(report: ReportRef): ReportRef {
  return { city: report.city, year: report.year };
}
