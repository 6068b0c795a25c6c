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
}

export interface SearchResponse {
  query: string;
  words: string[];
  filters: SearchFilters;
  total: number;
  offset: number;
  results: SearchHit[];
  /** Set when no paragraph has every word and the results match only some. */
  partial: boolean;
  notes: string[];
}

export interface SearchOptions extends SearchFilters {
  limit?: number;
  offset?: number;
}
