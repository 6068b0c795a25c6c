import type { QueryWord } from './query.js';
import type { Ranked } from './rank.js';
import { matchRanges, snippetOf } from './snippet.js';
import type { SearchHit } from './types.js';

/** A ranked paragraph as a result: the verbatim text, its marks, and a snippet cut around them. */
export function hitOf({ ref, score, exact, about }: Ranked, words: QueryWord[]): SearchHit {
  const marks = matchRanges(ref.paragraph.text, words);
  const snippet = snippetOf(ref.paragraph.text, marks);
  return {
    id: ref.paragraph.id,
    report: ref.report.id,
    city: ref.report.city,
    year: ref.report.year,
    section: ref.paragraph.section.join(' › '),
    text: ref.paragraph.text,
    snippet: snippet.text,
    snippetMarks: snippet.marks,
    marks,
    score: Math.round(score * 1000) / 1000,
    exact,
    about: about?.year ?? null,
    ...(about ? { aboutVia: about.via } : {}),
  };
}
