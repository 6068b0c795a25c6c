import { UserError } from '../corpus/errors.js';
import { parseYear, resolveReport } from '../corpus/resolve.js';
import { isReviewHeadline } from '../facts/headlines.js';
import { INDICATORS, resolveIndicator } from '../facts/indicators.js';
import type { Target } from '../facts/types.js';
import { inBaseUnit } from '../lexicon/lexicon.js';
import { clip } from '../text/clip.js';
import { describeFact } from './ask/figure.js';
import { type FactRow, factRow } from './figuresQueries.js';
import { factsOf, type Library, placeSuggester } from './library.js';

/** A target as the query layer hands it out: the paragraph id is given once, as the passage's source. */
export type TargetRow = Omit<Target, 'paragraphId' | 'factId'>;

export interface TargetsResult {
  report: { id: string; city: string; year: number; title: string };
  targets: TargetRow[];
  plan: TargetRow[];
  /** The review's headline figures of the year before (the dictionary's indicators, first stated). */
  achieved: FactRow[];
  /** The targets passage: its paragraph id and verbatim text. Null when the report states no targets. */
  source: { id: string; text: string; section: string } | null;
  missing: string | null;
}

function row({ paragraphId: _source, factId: _fact, ...t }: Target): TargetRow {
  return t;
}

export function targets(library: Library, city: string | undefined, year?: string | number | null): TargetsResult {
  const report = resolveReport(library.corpus, city, year, placeSuggester(library));
  const t = factsOf(library, report);
  return {
    report: { id: report.id, city: report.city, year: report.year, title: report.title },
    targets: t.targets.map(row),
    plan: t.plan.map(row),
    achieved: t.facts.filter(isReviewHeadline).map(factRow),
    source: t.passage
      ? { id: t.passage.paragraph.id, text: t.passage.text, section: t.passage.paragraph.section.join(' › ') }
      : null,
    missing: t.passage ? null : `${report.year}年${report.city}政府工作报告中没有“主要预期目标”段落。`,
  };
}

export interface CompareEntry extends TargetRow {
  report: string;
  city: string;
  short: string;
  province: string;
  year: number;
  source: string;
}

export interface CompareResult {
  indicator: string;
  /** target: the 主要预期目标 of the reports of `year`; result: the figures reviewed for data year `year`. */
  stance: 'target' | 'result';
  year: number | null;
  province: string | null;
  /** Numeric targets, highest first. */
  ranked: CompareEntry[];
  /** Targets without a comparable number (与经济增长同步, 高于全省1个百分点…), after the ranking. */
  unranked: CompareEntry[];
  /** Reports in scope with no target for this indicator. */
  without: string[];
}

/** Ranges sort by their upper end, then lower: "7%-7.5%" ranks above "7%以上". */
/** Highest end first, on the kind's own scale (1.3万亿元 above 900亿元). */
function sortKey(e: RankedEntry): [number, number] {
  const scale = inBaseUnit(1, e.unit)?.value ?? 1;
  return e.range ? [e.range[1] * scale, e.range[0] * scale] : [e.number * scale, e.number * scale];
}

/** Growths and amounts, 亿元 and 万人, are not one scale: the kind most places state is ranked, the others listed. */
function oneKind<T extends { unit: string | null }>(entries: T[]): { main: T[]; rest: T[] } {
  const kindOf = (e: T) => inBaseUnit(1, e.unit)?.kind ?? e.unit ?? '';
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(kindOf(e), (counts.get(kindOf(e)) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { main: entries.filter((e) => kindOf(e) === top), rest: entries.filter((e) => kindOf(e) !== top) };
}

type RankedEntry = CompareEntry & { number: number };

export function compare(
  library: Library,
  indicatorInput: string | undefined,
  yearInput?: string | number | null,
  provinceInput?: string | null,
  stanceInput?: string | null,
): CompareResult {
  const { corpus } = library;
  const stance = (stanceInput ?? 'target').trim().toLowerCase();
  if (stance !== 'target' && stance !== 'result') {
    throw new UserError('stance 应为 target（目标）或 result（实际）。', ['target', 'result']);
  }
  const indicator = resolveIndicator(indicatorInput ?? '');
  if (!indicator) {
    throw new UserError(
      `不认识指标“${clip(indicatorInput ?? '', 20)}”。可用的指标：${INDICATORS.slice(0, 12)
        .map((i) => i.name)
        .join('、')}等。`,
      INDICATORS.map((i) => i.name),
    );
  }
  const year = parseYear(yearInput);
  if (stance === 'result') return compareResults(library, indicator.name, year, provinceInput?.trim() || null);
  if (year !== undefined && !corpus.years().includes(year)) {
    throw new UserError(
      `语料中没有${year}年的报告。现有年份：${corpus.years().join('、')}。`,
      corpus.years().map(String),
    );
  }
  const province = provinceInput?.trim() || null;
  const ranked: RankedEntry[] = [];
  const unranked: CompareEntry[] = [];
  const without: string[] = [];
  for (const t of library.facts.values()) {
    const r = t.report;
    if (year !== undefined && r.year !== year) continue;
    if (province && !r.province.startsWith(province)) continue;
    const mine = t.targets.filter((x) => x.indicator === indicator.name);
    if (mine.length === 0) without.push(`${r.short}${r.year}`);
    for (const x of mine) {
      const entry: CompareEntry = {
        ...row(x),
        report: r.id,
        city: r.city,
        short: r.short,
        province: r.province,
        year: r.year,
        source: x.paragraphId,
      };
      const { number } = entry;
      if (number !== null && (x.relation === 'growth' || x.relation === 'level')) ranked.push({ ...entry, number });
      else unranked.push(entry);
    }
  }
  const { main, rest } = oneKind(ranked);
  main.sort((a, b) => {
    const [a1, a2] = sortKey(a);
    const [b1, b2] = sortKey(b);
    return b1 - a1 || b2 - a2 || a.short.localeCompare(b.short, 'zh-Hans-CN') || a.year - b.year;
  });
  unranked.push(...rest);
  unranked.sort((a, b) => a.short.localeCompare(b.short, 'zh-Hans-CN') || a.year - b.year);
  return { indicator: indicator.name, stance: 'target', year: year ?? null, province, ranked: main, unranked, without };
}

/**
 * `/compare GDP year:2022 stance:result`: each place's reviewed figure for the indicator — its growth,
 * else its amount — for the data year (every reviewed year when none is given), highest first.
 */
function compareResults(
  library: Library,
  indicator: string,
  year: number | undefined,
  province: string | null,
): CompareResult {
  const ranked: RankedEntry[] = [];
  const without: string[] = [];
  for (const t of library.facts.values()) {
    const r = t.report;
    if (year !== undefined && r.year !== year + 1) continue;
    if (province && !r.province.startsWith(province)) continue;
    const reviewed = t.facts.filter(
      (f) => f.stance === 'result' && f.period.kind === 'review' && f.indicator === indicator && f.number !== null,
    );
    const fact = reviewed.find((f) => f.measure === 'growth') ?? reviewed.find((f) => f.measure === 'level');
    if (!fact || fact.number === null) {
      without.push(`${r.short}${r.year - 1}`);
      continue;
    }
    ranked.push({
      indicator,
      label: fact.label,
      value: describeFact(fact),
      number: fact.number,
      range: fact.range,
      unit: fact.unit,
      qualifier: fact.qualifier,
      relation: 'level',
      text: fact.sentence,
      report: r.id,
      city: r.city,
      short: r.short,
      province: r.province,
      year: fact.period.from,
      source: fact.paragraphId,
    });
  }
  const { main, rest } = oneKind(ranked);
  main.sort((a, b) => sortKey(b)[0] - sortKey(a)[0] || a.short.localeCompare(b.short, 'zh-Hans-CN'));
  return { indicator, stance: 'result', year: year ?? null, province, ranked: main, unranked: rest, without };
}
