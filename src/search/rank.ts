import type { ParagraphRef } from '../corpus/corpus.js';
import type { Period } from '../corpus/period.js';
import type { Hits } from './postings.js';
import type { ParsedQuery, SearchFilters } from './query.js';

/** The paragraphs of an index as ranking sees them, by position. */
export interface IndexedParagraphs {
  readonly refs: readonly ParagraphRef[];
  readonly normTexts: readonly string[];
  /** Same city + same text → same number: a passage repeated in two reports of one city is shown once. */
  readonly contentIds: Int32Array;
  /** The period each paragraph talks about, by position. */
  readonly periods: readonly Period[];
}

export interface Ranked {
  ref: ParagraphRef;
  score: number;
  /** Every query word stands in the paragraph as written (in some synonym form). */
  exact: boolean;
  /** How a year filter matched a passage of another year's report; null for the report's own year. */
  about: YearMatch | null;
}

/** A passage of another report matched by its period: a review of the year, a plan holding it, or its name in the text. */
export interface YearMatch {
  year: number;
  via: 'review' | 'plan' | 'named';
  /** The period the passage covers (a five-year plan: its five years). */
  from: number;
  to: number;
}

/**
 * A year is the year the data is about: it matches the report of that year (its targets and plan), the
 * review of that year in the next report, a five-year review or plan whose years hold it, and a passage
 * naming it (到2025年). A range (year:2010-2015) matches any of its years. Returns false, or the year the
 * passage is about when that is how it matched (null: the report's own year).
 */
function passesYear(
  ref: ParagraphRef,
  period: Period | undefined,
  norm: string,
  f: SearchFilters,
): false | { about: YearMatch | null } {
  if (f.year === undefined) return { about: null };
  const from = f.year;
  const to = f.yearTo ?? f.year;
  const year = ref.report.year;
  if (from <= year && year <= to) return { about: null };
  const dated = period && period.kind !== 'none' && period.kind !== 'year-plan';
  if (dated && period.from <= to && from <= period.to) {
    const via = period.kind === 'review' || period.kind === 'multi-year-review' ? 'review' : 'plan';
    return { about: { year: Math.max(from, period.from), via, from: period.from, to: period.to } };
  }
  for (let y = from; y <= to; y += 1)
    if (norm.includes(`${y}年`)) return { about: { year: y, via: 'named', from: y, to: y } };
  return false;
}

/** A five-year plan as the scope: its review or plan (by the section's period), or a passage naming it. */
function inPeriod(period: Period | undefined, norm: string, scope: NonNullable<SearchFilters['period']>): boolean {
  const multi = period && (period.kind === 'multi-year-review' || period.kind === 'multi-year-plan');
  return (multi && period.from <= scope.to && scope.from <= period.to) || norm.includes(scope.name);
}

function passes(ref: ParagraphRef, period: Period | undefined, norm: string, f: SearchFilters) {
  const r = ref.report;
  if (f.unknownPlace) return false;
  if (f.city && r.city !== f.city) return false;
  if (f.province && !r.province.startsWith(f.province)) return false;
  if (f.level && r.level !== f.level) return false;
  if (f.period && !inPeriod(period, norm, f.period)) return false;
  return passesYear(ref, period, norm, f);
}

/** A word typed in quotes stands in the passage as written; one typed after a minus does not. */
function honoursOperators(norm: string, parsed: ParsedQuery): boolean {
  if (parsed.excluded.some((w) => w.alternatives.some((a) => norm.includes(a)))) return false;
  return parsed.words.every((w) => w.form !== 'phrase' || w.alternatives.some((a) => norm.includes(a)));
}

/**
 * Filtered, de-duplicated candidates in BM25 order, except that paragraphs holding the query words as
 * written come first (measured: fixes the misses that pairs leave).
 */
export function rankCandidates(paragraphs: IndexedParagraphs, candidates: Hits, parsed: ParsedQuery): Ranked[] {
  const whole = parsed.words.length > 1 ? parsed.words.map((w) => w.text).join('') : null;
  const seen = new Set<number>();
  const ranked: (Ranked & { phrase: number; doc: number })[] = [];
  for (let i = 0; i < candidates.docs.length; i += 1) {
    const doc = candidates.docs[i]!;
    const ref = paragraphs.refs[doc]!;
    const norm = paragraphs.normTexts[doc]!;
    const pass = passes(ref, paragraphs.periods[doc], norm, parsed.filters);
    if (!pass || !honoursOperators(norm, parsed)) continue;
    const content = paragraphs.contentIds[doc]!;
    if (seen.has(content)) continue;
    seen.add(content);
    const present = parsed.words.filter((w) => w.alternatives.some((a) => norm.includes(a))).length;
    const phrase = (whole && norm.includes(whole) ? parsed.words.length + 1 : 0) + present;
    ranked.push({
      ref,
      score: candidates.scores[i]!,
      exact: present === parsed.words.length,
      phrase,
      doc,
      about: pass.about,
    });
  }
  // A bare heading ("（三）优化营商环境") holds the words in few characters, so BM25 favours it; the
  // paragraphs under it are what a reader wants, so within one phrase class headings come last.
  const heading = (r: (typeof ranked)[number]) => (r.ref.paragraph.kind === 'heading' ? 1 : 0);
  return ranked.sort((a, b) => b.phrase - a.phrase || heading(a) - heading(b) || b.score - a.score || a.doc - b.doc);
}
