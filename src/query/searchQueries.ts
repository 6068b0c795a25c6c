import { UserError } from '../corpus/errors.js';
import type { SearchOptions, SearchResponse } from '../search/index.js';
import { normalizeForIndex } from '../search/tokenize.js';
import type { Library } from './library.js';

export interface SearchResult extends SearchResponse {
  /** Real words of the reports close to the query's words, when nothing matched. */
  suggestions: string[];
}

const MAX_SUGGESTIONS = 5;
/** A report's five-year plan reaches this many years past its own. */
const PLAN_YEARS = 5;

/** Ranked passages; with no hit, the reports' own words that are closest to what was typed. */
export function searchPassages(library: Library, query: string, options: SearchOptions = {}): SearchResult {
  const { year, yearTo = year } = options;
  const years = library.corpus.years();
  // A year matches its own report, the next report's review and the five-year plans of the reports
  // before it: with none of them, say what exists.
  const covered = (y: number) => years.some((r) => r === y + 1 || (r <= y && r >= y - PLAN_YEARS));
  if (year !== undefined && yearTo !== undefined) {
    let any = false;
    for (let y = year; y <= yearTo && !any; y += 1) any = covered(y);
    const asked = yearTo === year ? `${year}年` : `${year}—${yearTo}年`;
    if (!any)
      throw new UserError(
        `语料中没有${asked}的报告，也没有回顾或规划${asked}的报告。现有报告年份：${years.join('、')}（各自回顾前一年）。`,
        years.map(String),
      );
  }
  const response = library.index.search(query, options);
  if (response.total > 0) return { ...response, suggestions: [] };
  const suggestions = new Set<string>();
  const closest = new Map<string, string[]>();
  for (const word of response.words) {
    const near = library.vocabulary.closest(word, { kind: 'word', limit: MAX_SUGGESTIONS }).map((e) => e.value);
    closest.set(word, near);
    for (const value of near) suggestions.add(value);
  }
  return (
    nearestWordSearch(library, query, options, closest) ?? {
      ...response,
      suggestions: [...suggestions].slice(0, MAX_SUGGESTIONS),
    }
  );
}

/**
 * A word the reports never use (营商环竟, a colloquial spelling) found nothing: the reports' own word
 * closest to it (sharing most of its character pairs, or one character away) is searched instead, and
 * the reply says so. Null when no near word finds anything.
 */
function nearestWordSearch(
  library: Library,
  query: string,
  options: SearchOptions,
  closest: ReadonlyMap<string, string[]>,
): SearchResult | null {
  const typed = normalizeForIndex(query);
  for (const [word, near] of closest) {
    const [best] = near;
    if (!best || !typed.includes(word)) continue;
    const retry = library.index.search(typed.replace(word, best), options);
    if (retry.total === 0) continue;
    return {
      ...retry,
      notes: [`报告中没有“${word}”，以下是最接近的词“${best}”的结果。`, ...retry.notes],
      suggestions: near.slice(1),
    };
  }
  return null;
}
