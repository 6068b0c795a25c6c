import type { City } from '../../corpus/corpus.js';
import type { Report } from '../../corpus/types.js';
import { sentenceAround } from '../../text/sentences.js';
import type { Library } from '../library.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { Said } from './said.js';
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

/**
 * The report a question about a place's year reads (its latest when no year is named), or the
 * "not found" that says which reports exist, in both senses.
 */
export function reportAsked(
  library: Library,
  parsed: ParsedQuestion,
  city: City,
  base: AskResult,
): { report: Report; year: number } | { missing: AskResult } {
  // A report named (2002年的政府工作报告) is that report; a year named is the report of that year.
  const year = parsed.reportYear ?? parsed.year ?? city.years.at(-1) ?? null;
  const report = year === null ? undefined : library.corpus.report(city, year);
  if (report && year !== null) return { report, year };
  return {
    missing: notFound(
      library,
      parsed,
      { ...base, year },
      {
        say: 'no-report',
        place: city.short,
        year,
        coverage: city.years,
      },
    ),
  };
}

/** Which years a place's reports cover, in both senses, for the /figures error: "2023年报告（回顾2022年、部署2023年）". */
export function coverage(city: City): string {
  return city.years.map((y) => `${y}年报告（回顾${y - 1}年、部署${y}年）`).join('；');
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
export function notFound(library: Library, parsed: ParsedQuestion, base: AskResult, reason: Said): AskResult {
  return { ...base, found: false, answer: null, reason, suggestions: nearest(library, parsed) };
}
