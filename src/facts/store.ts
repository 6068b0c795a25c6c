import type { Corpus } from '../corpus/corpus.js';
import { type Period, paragraphPeriods } from '../corpus/period.js';
import type { Report } from '../corpus/types.js';
import { foldWidth } from '../text/normalize.js';
import { achievedFigures } from './achieved.js';
import { findTargetsPassage, parsePlanTargets, parseTargets, type TargetsPassage } from './extract.js';
import type { Fact } from './fact.js';
import { type ExtractionTally, statementsOf } from './statements.js';
import type { AchievedFigure, Target } from './types.js';

export interface ReportTargets {
  report: Report;
  passage: TargetsPassage | null;
  targets: Target[];
  plan: Target[];
  achieved: AchievedFigure[];
  /** Every quantitative statement of the report. */
  facts: Fact[];
  /** The period each paragraph talks about, by paragraph id. */
  periods: ReadonlyMap<string, Period>;
  tally: ExtractionTally;
}

/** Targets, plan goals, achieved figures and all facts of every report, by report id. */
export type FactStore = ReadonlyMap<string, ReportTargets>;

/**
 * The audited parsers of the 主要预期目标 list and the headline review figures know the indicator of
 * their values better than the general reader: where they read the same value, their indicator wins.
 */
function markHeadlines(
  report: Report,
  facts: Fact[],
  passage: TargetsPassage | null,
  targets: Target[],
  achieved: AchievedFigure[],
): void {
  // The main-target list is this year's targets wherever the headings put it (河北 2004 sets its list
  // under the review's heading): every figure read inside it is a target of the report's year.
  if (passage) {
    const from = passage.paragraph.text.indexOf(passage.text);
    const to = from + passage.text.length;
    for (const f of facts) {
      const at = Number(f.id.slice(f.id.lastIndexOf('@') + 1));
      if (f.paragraphId !== passage.paragraph.id || from < 0 || at < from || at >= to) continue;
      f.stance = 'target';
      f.period = { kind: 'year-plan', from: report.year, to: report.year };
    }
  }
  for (const t of targets) {
    // The same figure can close two clauses (全部财政收入…增长10%；城镇居民人均可支配收入增长10%): the fact
    // must be the target's own — its subject written in the target's clause.
    const clause = foldWidth(t.text);
    const fact = facts.find(
      (f) =>
        f.paragraphId === t.paragraphId &&
        t.value.includes(f.value) &&
        f.stance !== 'result' &&
        clause.includes(foldWidth(f.label)),
    );
    if (fact && t.indicator) {
      fact.indicator = t.indicator;
      fact.headline = true;
    }
  }
  for (const a of achieved) {
    for (const written of [a.amount, a.growth?.replace(/^-/u, '')]) {
      if (!written) continue;
      const fact = facts.find(
        (f) => f.paragraphId === a.paragraphId && f.value === written && a.sentence.includes(f.sentence.slice(0, 8)),
      );
      if (fact) {
        fact.indicator = a.indicator;
        fact.headline = true;
      }
    }
  }
}

export function extractFacts(corpus: Corpus): FactStore {
  const all = new Map<string, ReportTargets>();
  for (const report of corpus.reports) {
    const passage = findTargetsPassage(report);
    const targets = passage ? parseTargets(passage) : [];
    const achieved = achievedFigures(report);
    const periods = paragraphPeriods(report);
    const tally: ExtractionTally = { values: 0, facts: 0, leftOut: {} };
    const facts = report.paragraphs
      .filter((p) => p.kind === 'paragraph')
      .flatMap((p) => statementsOf(report, p, periods.get(p.id) ?? { kind: 'none', from: 0, to: 0 }, tally));
    markHeadlines(report, facts, passage, targets, achieved);
    all.set(report.id, { report, passage, targets, plan: parsePlanTargets(report), achieved, facts, periods, tally });
  }
  return all;
}
