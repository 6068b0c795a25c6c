import type { Corpus } from '../corpus/corpus.js';
import type { Report } from '../corpus/types.js';
import { achievedFigures } from './achieved.js';
import { findTargetsPassage, parsePlanTargets, parseTargets, type TargetsPassage } from './extract.js';
import type { AchievedFigure, Target } from './types.js';

export interface ReportTargets {
  report: Report;
  passage: TargetsPassage | null;
  targets: Target[];
  plan: Target[];
  achieved: AchievedFigure[];
}

/** Targets, plan goals and achieved figures of every report, by report id. */
export type FactStore = ReadonlyMap<string, ReportTargets>;

export function extractFacts(corpus: Corpus): FactStore {
  const all = new Map<string, ReportTargets>();
  for (const report of corpus.reports) {
    const passage = findTargetsPassage(report);
    all.set(report.id, {
      report,
      passage,
      targets: passage ? parseTargets(passage) : [],
      plan: parsePlanTargets(report),
      achieved: achievedFigures(report),
    });
  }
  return all;
}
