import type { City } from '../corpus/corpus.js';
import { UserError } from '../corpus/errors.js';
import { placesNamed } from '../corpus/gazetteer.js';
import type { Report } from '../corpus/types.js';
import { MAX_LIMIT, type SearchResponse } from '../search/index.js';
import type { Library } from './library.js';

/** A follow as the query layer reads it: what to look for, and where. */
export interface FollowTopic {
  query: string;
  city: string | null;
}

/** What a new report says on a followed topic: its matching passages, best first. */
export interface FollowMatch {
  report: { id: string; city: string; year: number; title: string };
  hits: SearchResponse['results'];
}

/** The corpus's place for a follow's city, matched as a user types it (杭州 for 杭州市). */
function placeOf(library: Library, city: string): City | undefined {
  return library.corpus.findCity(city) ?? undefined;
}

/**
 * Checks a topic before it is followed: the query must be one search can read (the same polite errors),
 * and the city a place of the corpus — or a place of China the corpus has no report of yet, said so
 * (following 杭州 before its report arrives is the point). Returns the city as the corpus or the
 * gazetteer writes it, and a note.
 */
export function checkFollow(library: Library, topic: FollowTopic): { city: string | null; note: string | null } {
  library.index.search(topic.query, { limit: 1 });
  if (!topic.city) return { city: null, note: null };
  const known = placeOf(library, topic.city);
  if (known) return { city: known.city, note: null };
  const [place] = placesNamed(topic.city);
  if (!place)
    throw new UserError(`不认识“${topic.city.slice(0, 20)}”这个地名。请写城市名，如 嘉兴、南湖区。`, [
      ...library.corpus.cities.slice(0, 5).map((c) => c.short),
    ]);
  return { city: place.name, note: `语料中还没有${place.name}的报告；有新报告时会通知。` };
}

/** Whether a report is of the follow's place (any place when it names none). */
function ofPlace(report: Report, city: string | null): boolean {
  if (!city) return true;
  return report.city === city || report.city.startsWith(city) || city.startsWith(report.city.replace(/[市区县]$/u, ''));
}

/**
 * The passages of one report that match a followed topic: the search a user would run, with the report's
 * place and year as filters, kept to that report. Null when it has none (the follower hears nothing).
 */
export function followMatches(library: Library, topic: FollowTopic, reportId: string): FollowMatch | null {
  const report = library.corpus.reportById(reportId);
  if (!report || !ofPlace(report, topic.city)) return null;
  let response: SearchResponse;
  try {
    response = library.index.search(topic.query, { city: report.city, year: report.year, limit: MAX_LIMIT });
  } catch {
    return null;
  }
  // Only passages holding every word: a partial match is no news on the topic.
  const hits = response.partial ? [] : response.results.filter((h) => h.report === report.id);
  if (hits.length === 0) return null;
  return { report: { id: report.id, city: report.city, year: report.year, title: report.title }, hits };
}
