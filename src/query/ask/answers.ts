import { sentenceAround } from '../../text/sentences.js';
import type { Library } from '../library.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { AskResult, AskSource, AskSuggestion } from './types.js';

/** Where an answer comes from: the paragraph and the one sentence holding the quoted fragment. */
export function sourceOf(library: Library, paragraphId: string, fragment: string): AskSource {
  const ref = library.corpus.paragraph(paragraphId);
  if (!ref) throw new Error(`answer cites paragraph ${paragraphId}, which the corpus does not have`);
  return {
    id: paragraphId,
    city: ref.report.city,
    year: ref.report.year,
    section: ref.paragraph.section.join(' › '),
    text: sentenceAround(ref.paragraph.text, fragment),
  };
}

function nearest(library: Library, parsed: ParsedQuestion): AskSuggestion[] {
  const words = [parsed.indicator?.name, parsed.rest].filter(Boolean).join(' ').trim();
  if (!words) return [];
  try {
    const r = library.index.search(words, { city: parsed.city?.city, limit: 3 });
    return r.results.map((h) => ({ id: h.id, city: h.city, year: h.year, snippet: h.snippet }));
  } catch {
    // The words left after the question words may be no searchable words at all.
    return [];
  }
}

export function emptyResult(parsed: ParsedQuestion, question: string): AskResult {
  return {
    question,
    found: false,
    answer: null,
    value: null,
    city: parsed.city?.city ?? null,
    year: parsed.year,
    indicator: parsed.indicator?.name ?? null,
    kind: parsed.kind,
    source: null,
    reason: null,
    ranking: [],
    suggestions: [],
  };
}

/** No answer: say why, and show the passages closest to the question. */
export function notFound(library: Library, parsed: ParsedQuestion, base: AskResult, reason: string): AskResult {
  return { ...base, found: false, answer: null, reason, suggestions: nearest(library, parsed) };
}
