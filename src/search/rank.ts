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
  /** The year the paragraph reviews, when a year filter matched it through its review rather than its report. */
  about: number | null;
}

/**
 * A year is the year the data is about: it matches the report of that year (its targets and plan) and the
 * review of that year in the next report. Returns false, or the reviewed year when that is how it matched.
 */
function passes(ref: ParagraphRef, period: Period | undefined, f: SearchFilters): false | { about: number | null } {
  const r = ref.report;
  if (f.unknownPlace) return false;
  if (f.city && r.city !== f.city) return false;
  if (f.province && !r.province.startsWith(f.province)) return false;
  if (f.level && r.level !== f.level) return false;
  if (f.year === undefined || r.year === f.year) return { about: null };
  const reviews = period && (period.kind === 'review' || period.kind === 'multi-year-review');
  return reviews && period.from <= f.year && f.year <= period.to ? { about: f.year } : false;
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
    const pass = passes(ref, paragraphs.periods[doc], parsed.filters);
    if (!pass) continue;
    const content = paragraphs.contentIds[doc]!;
    if (seen.has(content)) continue;
    seen.add(content);
    const norm = paragraphs.normTexts[doc]!;
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
