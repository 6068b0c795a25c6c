import type { Corpus } from '../corpus/corpus.js';

/** The two search engines: posting lists in memory, or the SQLite FTS5 file every process shares. */
export type SearchEngineKind = 'memory' | 'sqlite';
export type SearchEngineWish = SearchEngineKind | 'auto';

/**
 * Above this many paragraphs (about 50 times the seed corpus) `auto` picks SQLite: measured in `npm run
 * bench`, the posting lists cost each process about 5 MB per thousand paragraphs and seconds to open,
 * while the SQLite file is mapped once per machine and opens in milliseconds.
 */
export const SQLITE_FROM_PARAGRAPHS = 100_000;

/** SEARCH_ENGINE as set (memory, sqlite, auto or empty), with a line for the operator when it is none of those. */
export function parseEngineWish(value: string | undefined): { wish: SearchEngineWish; problem: string | null } {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'auto') return { wish: 'auto', problem: null };
  if (v === 'memory' || v === 'sqlite') return { wish: v, problem: null };
  return {
    wish: 'auto',
    problem: `SEARCH_ENGINE must be memory, sqlite or auto; "${v.slice(0, 20)}" is none, using auto`,
  };
}

/** The engine for this corpus, and why, for the start-up line. */
export function chooseEngine(corpus: Corpus, wish: SearchEngineWish): { engine: SearchEngineKind; why: string } {
  if (wish !== 'auto') return { engine: wish, why: 'SEARCH_ENGINE' };
  const n = corpus.paragraphCount;
  const engine = n > SQLITE_FROM_PARAGRAPHS ? 'sqlite' : 'memory';
  return {
    engine,
    why: `auto: ${n.toLocaleString('en')} paragraphs ${engine === 'sqlite' ? '>' : '≤'} ${SQLITE_FROM_PARAGRAPHS.toLocaleString('en')}`,
  };
}
