import type { Corpus } from '../corpus/corpus.js';
import { type Period, paragraphPeriods } from '../corpus/period.js';
import type { Report } from '../corpus/types.js';
import { findTargetsPassage, type TargetsPassage } from './extract.js';
import type { Fact } from './fact.js';
import { markListTargets, markReviewHeadlines } from './headlines.js';
import { type ExtractionTally, statementsOf } from './statements.js';
import { listTargets, planTargets } from './targetList.js';
import type { Target } from './types.js';

export interface ReportTargets {
  report: Report;
  passage: TargetsPassage | null;
  targets: Target[];
  plan: Target[];
  /** Every quantitative statement of the report. */
  facts: Fact[];
  /** The period each paragraph talks about, by paragraph id. */
  periods: ReadonlyMap<string, Period>;
  tally: ExtractionTally;
}

/** Targets, plan goals and all facts of every report, by report id. */
export type FactStore = ReadonlyMap<string, ReportTargets>;

export function extractFacts(corpus: Corpus): FactStore {
  const all = new Map<string, ReportTargets>();
  for (const report of corpus.reports) {
    const passage = findTargetsPassage(report);
    const periods = paragraphPeriods(report);
    const tally: ExtractionTally = { values: 0, facts: 0, leftOut: {} };
    const facts = report.paragraphs
      .filter((p) => p.kind === 'paragraph')
      .flatMap((p) => statementsOf(report, p, periods.get(p.id) ?? { kind: 'none', from: 0, to: 0 }, tally));
    markListTargets(report, facts, passage);
    markReviewHeadlines(report, facts);
    const targets = passage ? listTargets(passage, facts) : [];
    all.set(report.id, { report, passage, targets, plan: planTargets(report, facts), facts, periods, tally });
  }
  return all;
}
