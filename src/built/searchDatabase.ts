/**
 * The SQLite search database beside the corpus (corpus/built/search.sqlite): the engine for corpora too
 * big for posting lists in every process. Written whole through a temporary name, stamped with the
 * corpus and the code it was built from; a stale, damaged or foreign file is rebuilt, never trusted.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Corpus } from '../corpus/corpus.js';
import { SqliteEngine, tokenDatabaseStamp, writeTokenDatabase } from '../search/sqliteEngine.js';
import { writeFileAtomicSync } from '../support/atomicFile.js';
import { keyOf } from './savedLibrary.js';

export function searchDatabasePath(corpusDir: string): string {
  return path.join(corpusDir, 'built', 'search.sqlite');
}

/** The database's checksum, written beside it: `<file>.sum`. */
interface Checksum {
  crc: number;
  size: number;
  /** The file's mtime when the checksum last matched: an unchanged file is not read again. */
  verifiedMtimeMs: number;
}

const sumPath = (file: string) => `${file}.sum`;

/** CRC-32 of a whole file, read in slices (a ×1000 database is a gigabyte: ~1 s, only after a change). */
function fileCrc(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const slice = Buffer.alloc(8 << 20);
    let crc = 0;
    for (;;) {
      const n = readSync(fd, slice, 0, slice.length, null);
      if (n === 0) return crc;
      crc = crc32(slice.subarray(0, n), crc);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the file's bytes are the ones written: its size, and — when it changed since it was last checked
 * (another mtime) — its CRC against the checksum saved with it. SQLite's own checks let a flipped bit in a
 * page through and serve wrong rankings; this does not.
 */
function checksumProblem(file: string): string | null {
  let sum: Checksum;
  try {
    sum = JSON.parse(readFileSync(sumPath(file), 'utf8')) as Checksum;
  } catch {
    return 'the search database has no checksum (an older or interrupted build)';
  }
  const { size, mtimeMs } = statSync(file);
  if (size !== sum.size) return 'the search database is not the size it was written';
  if (mtimeMs === sum.verifiedMtimeMs) return null;
  if (fileCrc(file) !== sum.crc) return 'the search database is damaged (its checksum does not match)';
  try {
    writeFileAtomicSync(sumPath(file), JSON.stringify({ ...sum, verifiedMtimeMs: mtimeMs }));
  } catch {
    // A read-only corpus folder: the check is repeated at the next start.
  }
  return null;
}

/** Why the database at `file` cannot serve this corpus, or null when it can. */
export function searchDatabaseProblem(file: string, corpus: Corpus): string | null {
  const stamp = tokenDatabaseStamp(file);
  if (stamp === null) return 'no search database yet (or not one this version reads)';
  if (stamp !== keyOf(corpus)) return 'the search database was built from another corpus or code';
  return checksumProblem(file);
}

/** Writes the search database of `corpus` (its normalised texts, by position) to `file`, then its checksum. */
export function writeSearchDatabase(file: string, corpus: Corpus, normTexts: readonly string[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeTokenDatabase(temporary, normTexts, keyOf(corpus));
    const crc = fileCrc(temporary);
    const { size } = statSync(temporary);
    renameSync(temporary, file);
    // Killed before the checksum is written, the database has none and is rebuilt at the next start.
    writeFileAtomicSync(sumPath(file), JSON.stringify({ crc, size, verifiedMtimeMs: statSync(file).mtimeMs }));
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
