import { UserError } from '../corpus/errors.js';
import type { SearchOptions, SearchResponse } from '../search/index.js';
import type { Library } from './library.js';

export interface SearchResult extends SearchResponse {
  /** Real words of the reports close to the query's words, when nothing matched. */
  suggestions: string[];
}

const MAX_SUGGESTIONS = 5;

/** Ranked passages; with no hit, the reports' own words that are closest to what was typed. */
export function searchPassages(library: Library, query: string, options: SearchOptions = {}): SearchResult {
  const { year } = options;
  const years = library.corpus.years();
  // A year matches its own report and the next report's review: with neither, say what exists.
  if (year !== undefined && !years.includes(year) && !years.includes(year + 1)) {
    throw new UserError(
      `语料中没有${year}年的报告，也没有回顾${year}年的报告。现有报告年份：${years.join('、')}（各自回顾前一年）。`,
      years.map(String),
    );
  }
  const response = library.index.search(query, options);
  if (response.total > 0) return { ...response, suggestions: [] };
  const suggestions = new Set<string>();
  for (const word of response.words) {
    for (const entry of library.vocabulary.closest(word, { kind: 'word', limit: MAX_SUGGESTIONS }))
      suggestions.add(entry.value);
  }
  return { ...response, suggestions: [...suggestions].slice(0, MAX_SUGGESTIONS) };
}
