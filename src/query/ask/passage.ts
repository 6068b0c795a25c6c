import type { SearchResponse } from '../../search/index.js';
import type { Library } from '../library.js';
import { notFound } from './answers.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { AskResult } from './types.js';

/** A question about no indicator: the one paragraph that holds every word of it, or "not found". */
export function answerFromPassage(library: Library, parsed: ParsedQuestion, base: AskResult): AskResult {
  if (!parsed.rest) {
    return notFound(library, parsed, base, { say: 'nothing-asked', example: true });
  }
  let r: SearchResponse;
  try {
    r = library.index.search(parsed.rest, {
      city: parsed.city?.city,
      year: parsed.reportYear ?? (parsed.yearWords && parsed.year ? parsed.year : undefined),
      limit: 3,
    });
  } catch {
    // What is left of the question may hold no searchable word.
    return notFound(library, parsed, base, { say: 'nothing-asked', example: false });
  }
  const best = r.results[0];
  const others = (from: number) =>
    r.results.slice(from).map((h) => ({ id: h.id, city: h.city, year: h.year, snippet: h.snippet }));
  if (!best || r.partial || !best.exact) {
    return { ...notFound(library, parsed, base, { say: 'no-passage' }), suggestions: others(0) };
  }
  return {
    ...base,
    found: true,
    kind: 'passage',
    city: best.city,
    year: best.year,
    value: null,
    answer: { say: 'passage', text: best.text },
    source: { id: best.id, city: best.city, year: best.year, section: best.section, text: best.text },
    suggestions: others(1),
  };
}
