/**
 * The SQLite search database beside the corpus (corpus/built/search.sqlite): the engine for corpora too
 * big for posting lists in every process. Written whole through a temporary name, stamped with the
 * corpus and the code it was built from; a stale, damaged or foreign file is rebuilt, never trusted.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Corpus } from '../corpus/corpus.js';
import { SqliteEngine, tokenDatabaseStamp, writeTokenDatabase } from '../search/sqliteEngine.js';
import { keyOf } from './savedLibrary.js';

export function searchDatabasePath(corpusDir: string): string {
  return path.join(corpusDir, 'built', 'search.sqlite');
}

/** Why the database at `file` cannot serve this corpus, or null when it can. */
export function searchDatabaseProblem(file: string, corpus: Corpus): string | null {
  const stamp = tokenDatabaseStamp(file);
  if (stamp === null) return 'no search database yet (or not one this version reads)';
  return stamp === keyOf(corpus) ? null : 'the search database was built from another corpus or code';
}

/** Writes the search database of `corpus` (its normalised texts, by position) to `file`. */
export function writeSearchDatabase(file: string, corpus: Corpus, normTexts: readonly string[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeTokenDatabase(temporary, normTexts, keyOf(corpus));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * The SQLite engine over `corpus`: opens `file` when it was built from this corpus and code, otherwise
 * builds it first (into the system's temporary folder when the corpus folder cannot be written). `said`
 * hears what happened, for the start-up log.
 */
export function sqliteEngineFor(
  file: string,
  corpus: Corpus,
  normTexts: readonly string[],
  said: (line: string) => void = () => {},
): SqliteEngine {
  const problem = searchDatabaseProblem(file, corpus);
  if (problem === null) {
    said(`opened ${file}`);
    return new SqliteEngine(file, normTexts);
  }
  let target = file;
  try {
    writeSearchDatabase(file, corpus, normTexts);
  } catch (e) {
    target = path.join(os.tmpdir(), `govreport-search-${keyOf(corpus)}.sqlite`);
    said(`could not write ${file} (${e instanceof Error ? e.message : String(e)}); using ${target}`);
    writeSearchDatabase(target, corpus, normTexts);
  }
  said(`built ${target} (${problem})`);
  return new SqliteEngine(target, normTexts);
}
