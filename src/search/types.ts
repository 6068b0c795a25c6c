import type { SearchFilters } from './query.js';

export interface SearchHit {
  id: string;
  report: string;
  city: string;
  year: number;
  section: string;
  /** The whole paragraph, verbatim. */
  text: string;
  snippet: string;
  snippetMarks: [number, number][];
  marks: [number, number][];
  score: number;
  /** Every query word stands in the paragraph as written (in some synonym form). */
  exact: boolean;
  /** The year this paragraph of a later report reviews, when the year filter matched it that way. */
  about: number | null;
  /** How the year filter matched it: a review of that year, a plan holding it, or the year named in the text. */
  aboutVia?: 'review' | 'plan' | 'named';
}

/** Most relevant first, or newest report first (relevance within a year). */
export type SearchSort = 'relevance' | 'date';

export interface SearchResponse {
  query: string;
  words: string[];
  /** The query as understood, operators spelled back: `"老旧小区改造" 数字经济 OR 数字产业 -温州`. */
  understood: string;
  sort: SearchSort;
  filters: SearchFilters;
  total: number;
  offset: number;
  results: SearchHit[];
  /** Set when no paragraph has every word and the results match only some. */
  partial: boolean;
  notes: string[];
}

export interface SearchOptions extends SearchFilters {
  sort?: SearchSort;
  limit?: number;
  offset?: number;
}
