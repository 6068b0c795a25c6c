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

const cache = new WeakMap<Corpus, Map<string, ReportTargets>>();

/** Targets, plan goals and achieved figures of every report, parsed once per loaded corpus. */
export function targetsOf(corpus: Corpus): Map<string, ReportTargets> {
  let all = cache.get(corpus);
  if (all) return all;
  all = new Map();
  for (const report of corpus.reports) {
    const passage = findTargetsPassage(report);
    all.set(report.id, {
      report, passage, targets: passage ? parseTargets(passage) : [], plan: parsePlanTargets(report), achieved: achievedFigures(report),
    });
  }
  cache.set(corpus, all);
  return all;
}
