import type { Report } from '../../corpus/types.js';
import { factsOf, type Library } from '../library.js';

/** The month from which a report is given late in its year (国务院 1980: 9月; 1981: 11月30日). */
const LATE_MONTH = 9;
/** How many estimates of its own year make a report one given late in it (a spring report's plan has one or two). */
const OWN_YEAR_ESTIMATES = 5;
/** How many targets of the next year make a report one that plans it (a spring report names the next year rarely). */
const NEXT_YEAR_TARGETS = 3;

/**
 * A report given late in its year reviews that year as well: dated in its last third, estimating the year it is
 * given in again and again (国务院 1981: 今年轻纺工业的总产值预计比去年增长１２％…), or setting the next year's targets
 * — a report of the spring estimates the year before, not its own, and plans its own.
 */
export function deliveredLate(library: Library, report: Report): boolean {
  const month = report.date ? Number(report.date.slice(5, 7)) : 0;
  const estimates = factsOf(library, report).facts.filter(
    (f) => f.stance === 'forecast' && f.period.kind === 'year-plan' && f.period.from === report.year,
  );
  return month >= LATE_MONTH || estimates.length >= OWN_YEAR_ESTIMATES || plansNextYear(library, report);
}

/**
 * A report setting the next year's plan (1981年国民经济计划主要指标安排如下, in the report given in 1980): that year's
 * targets are its, and what the next year's own report says of its year is an estimate.
 */
export function plansNextYear(library: Library, report: Report): boolean {
  // (asked of the year before's report for every target question: read once per report)
  let plans = planning.get(report);
  if (plans === undefined) {
    const nextYearTargets = factsOf(library, report).facts.filter(
      (f) => f.stance === 'target' && f.period.kind === 'year-plan' && f.period.from === report.year + 1,
    );
    plans = nextYearTargets.length >= NEXT_YEAR_TARGETS;
    planning.set(report, plans);
  }
  return plans;
}
const planning = new WeakMap<Report, boolean>();
