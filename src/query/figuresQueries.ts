import { UserError } from '../corpus/errors.js';
import { parseYear, resolveCity } from '../corpus/resolve.js';
import type { Fact, Stance } from '../facts/fact.js';
import { resolveIndicator } from '../facts/indicators.js';
import { clip } from '../text/clip.js';
import { coverage } from './ask/answers.js';
import { describeFact } from './ask/figure.js';
import { factsOf, type Library, placeSuggester } from './library.js';

/** A fact as the tables and --json hand it out. */
export interface FactRow {
  indicator: string | null;
  label: string;
  measure: Fact['measure'];
  /** The value with its verb: "增长0.5%", "1318.21亿元". */
  shown: string;
  value: string;
  number: number | null;
  unit: string | null;
  qualifier: string | null;
  stance: Stance;
  /** The year the figure is about. */
  year: number;
  report: string;
  source: string;
  sentence: string;
  headline: boolean;
}

export function factRow(f: Fact): FactRow {
  return {
    indicator: f.indicator,
    label: f.label,
    measure: f.measure,
    shown: describeFact(f),
    value: f.value,
    number: f.number,
    unit: f.unit,
    qualifier: f.qualifier,
    stance: f.stance,
    year: f.period.to,
    report: f.report,
    source: f.paragraphId,
    sentence: f.sentence,
    headline: f.headline,
  };
}

export interface FiguresResult {
  city: string;
  /** The year the figures are about. */
  year: number;
  report: { id: string; year: number; title: string };
  figures: FactRow[];
}

/**
 * `/figures 梅州 2022`: what a year achieved, as the next report's review states it — the twin of
 * /targets. The headline figures (the dictionary's indicators) come first, then everything else.
 */
export function figures(
  library: Library,
  cityInput: string | undefined,
  yearInput?: string | number | null,
): FiguresResult {
  const city = resolveCity(library.corpus, cityInput, placeSuggester(library));
  const latest = city.years.at(-1) ?? 0;
  const year = parseYear(yearInput) ?? latest - 1;
  const report = library.corpus.report(city, year + 1);
  if (!report) {
    throw new UserError(
      `${city.short}${year}年的实际数据应在${year + 1}年的报告中，语料中没有该报告。现有：${coverage(city)}。`,
      city.years.map((y) => String(y - 1)),
    );
  }
  const rows = factsOf(library, report)
    .facts.filter(
      (f) => (f.stance === 'result' || f.stance === 'forecast') && f.period.kind === 'review' && f.period.from === year,
    )
    .map(factRow)
    .sort((a, b) => Number(b.indicator !== null) - Number(a.indicator !== null));
  return { city: city.city, year, report: { id: report.id, year: report.year, title: report.title }, figures: rows };
}

export interface FactsResult {
  city: string;
  year: number | null;
  indicator: string | null;
  stance: Stance | null;
  facts: FactRow[];
}

const STANCES: readonly Stance[] = ['result', 'target', 'plan', 'forecast'];

/** `govreport facts 嘉兴 2023 --indicator GDP --stance result`: every fact of a place, filtered. */
export function placeFacts(
  library: Library,
  cityInput: string | undefined,
  yearInput?: string | number | null,
  indicatorInput?: string,
  stanceInput?: string,
): FactsResult {
  const city = resolveCity(library.corpus, cityInput, placeSuggester(library));
  const year = parseYear(yearInput) ?? null;
  const indicator = indicatorInput ? resolveIndicator(indicatorInput) : undefined;
  if (indicatorInput && !indicator) throw new UserError(`不认识指标“${clip(indicatorInput, 20)}”。`);
  const stance = stanceInput ? STANCES.find((s) => s === stanceInput.trim().toLowerCase()) : undefined;
  if (stanceInput && !stance) throw new UserError(`stance 应为 ${STANCES.join(' / ')} 之一。`, [...STANCES]);
  const rows = library.corpus
    .reportsOf(city)
    .flatMap((r) => factsOf(library, r).facts)
    .filter((f) => year === null || (f.period.from <= year && year <= f.period.to))
    .filter((f) => !indicator || f.indicator === indicator.name)
    .filter((f) => !stance || f.stance === stance)
    .map(factRow);
  return { city: city.city, year, indicator: indicator?.name ?? null, stance: stance ?? null, facts: rows };
}
