import type { ParagraphRef } from '../corpus/corpus.js';
import type { Hits } from './postings.js';
import type { ParsedQuery, SearchFilters } from './query.js';

/** The paragraphs of an index as ranking sees them, by position. */
export interface IndexedParagraphs {
  readonly refs: readonly ParagraphRef[];
  readonly normTexts: readonly string[];
  /** Same city + same text → same number: a passage repeated in two reports of one city is shown once. */
  readonly contentIds: Int32Array;
}

export interface Ranked {
  ref: ParagraphRef;
  score: number;
  /** Every query word stands in the paragraph as written (in some synonym form). */
  exact: boolean;
}

function passes(ref: ParagraphRef, f: SearchFilters): boolean {
  const r = ref.report;
  return (
    (!f.city || r.city === f.city) &&
    (f.year === undefined || r.year === f.year) &&
    (!f.province || r.province.startsWith(f.province)) &&
    (!f.level || r.level === f.level)
  );
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
    if (!passes(ref, parsed.filters)) continue;
    const content = paragraphs.contentIds[doc]!;
    if (seen.has(content)) continue;
    seen.add(content);
    const norm = paragraphs.normTexts[doc]!;
    const present = parsed.words.filter((w) => w.alternatives.some((a) => norm.includes(a))).length;
    const phrase = (whole && norm.includes(whole) ? parsed.words.length + 1 : 0) + present;
    ranked.push({ ref, score: candidates.scores[i]!, exact: present === parsed.words.length, phrase, doc });
  }
  return ranked.sort((a, b) => b.phrase - a.phrase || b.score - a.score || a.doc - b.doc);
}
