/**
 * The library saved beside the corpus: the packed posting lists, the facts and the vocabulary in one
 * file, written by `npm run ingest` (and by a start that had to build them), opened at start instead of
 * re-tokenising. The file names the corpus and the code it was built from; a file built from anything
 * else, cut short or damaged is reported and rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { Corpus } from '../corpus/corpus.js';
import { PROJECT_ROOT } from '../corpus/paths.js';
import { openPackedFacts, packFacts } from '../facts/persist.js';
import type { FactStore } from '../facts/store.js';
import { SearchIndex } from '../search/index.js';
import { pad8 } from '../search/postings.js';
import { writeFileAtomicSync } from '../support/atomicFile.js';
import { type SavedVocabulary, Vocabulary } from '../vocab/vocabulary.js';

const MAGIC = 'GRLIB\u0000v3';
/** The header is padded to a fixed size so the sections' offsets can be written into it; the body starts here. */
const HEADER_BYTES = 1024;
const SECTIONS = ['postings', 'facts', 'vocabulary'] as const;
type Section = (typeof SECTIONS)[number];

interface Header {
  key: string;
  crc: number;
  sections: Record<Section, [offset: number, length: number]>;
}

/** The parts a saved library holds, each opened on first use; no index when it was saved for the SQLite engine. */
export interface SavedParts {
  index(): SearchIndex | undefined;
  facts(): FactStore;
  vocabulary(): Vocabulary;
}

export function savedLibraryPath(corpusDir: string): string {
  return path.join(corpusDir, 'built', 'library.bin');
}

/** The source folders whose code and data decide what the library holds: a change there makes old files stale. */
const BUILDING_CODE = ['text', 'lexicon', 'corpus', 'search', 'facts', 'vocab', 'built'];

let codeHash: string | undefined;
/**
 * A hash of the code that builds the library: its TypeScript sources and data, so that `npm run ingest` (from
 * dist/) and a test or the CLI under tsx agree; the running files when the sources are not there.
 */
function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const sources = path.join(PROJECT_ROOT, 'src');
  const root = existsSync(sources) ? sources : path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      // The lexicon's and the gazetteer's JSON decide facts as much as the code does.
      else if (/\.(?:ts|js|json)$/u.test(entry.name)) hash.update(entry.name).update(readFileSync(file));
    }
  };
  for (const dir of BUILDING_CODE) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  codeHash = hash.digest('hex');
  return codeHash;
}

/** What a saved library (or search database) must have been built from to serve this corpus. */
export function keyOf(corpus: Corpus): string {
  return createHash('sha256').update(corpus.fingerprint).update(codeFingerprint()).digest('hex').slice(0, 32);
}

/** Writes the library of `corpus` to `file` whole, through a temporary name: a reader never sees half a file. */
export function writeSavedLibrary(
  file: string,
  corpus: Corpus,
  parts: { index: SearchIndex; facts: FactStore; vocabulary: Vocabulary },
): void {
  const bodies: Record<Section, Uint8Array> = {
    postings: parts.index.packedPostings() ?? new Uint8Array(0),
    facts: packFacts(parts.facts),
    vocabulary: Buffer.from(JSON.stringify(parts.vocabulary.save()), 'utf8'),
  };
  let at = HEADER_BYTES;
  const sections = {} as Header['sections'];
  for (const s of SECTIONS) {
    sections[s] = [at, bodies[s].byteLength];
    at = pad8(at + bodies[s].byteLength);
  }
  const out = Buffer.alloc(at);
  for (const s of SECTIONS) out.set(bodies[s], sections[s][0]);
  const header: Header = { key: keyOf(corpus), crc: crc32(out.subarray(HEADER_BYTES)), sections };
  // The header has a checksum of its own on the first line: a flipped bit in an offset is caught too.
  const headerJson = JSON.stringify(header);
  const head = Buffer.from(`${MAGIC} ${crc32(Buffer.from(headerJson, 'utf8'))}\n${headerJson}\n`, 'utf8');
  if (head.byteLength > HEADER_BYTES) throw new Error('saved library header too long');
  out.set(head, 0);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomicSync(file, out);
}

export type OpenedLibrary = { parts: SavedParts } | { problem: string };

/**
 * Opens the saved library for `corpus`, or says why it cannot serve: missing, stale, cut short, damaged,
 * or without the posting lists the in-memory engine needs (`needPostings`).
 */
export function openSavedLibrary(file: string, corpus: Corpus, needPostings = true): OpenedLibrary {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { problem: 'no saved library yet' };
  }
  const firstLine = bytes.indexOf(10);
  const secondLine = bytes.indexOf(10, firstLine + 1);
  const magic = firstLine < 0 ? null : /^(.+) (\d+)$/su.exec(bytes.subarray(0, firstLine).toString('utf8'));
  if (!magic || secondLine < 0 || secondLine >= HEADER_BYTES || magic[1] !== MAGIC)
    return { problem: 'the saved library is not one this version writes, or its header is damaged' };
  const headerBytes = bytes.subarray(firstLine + 1, secondLine);
  if (crc32(headerBytes) !== Number(magic[2])) return { problem: 'the saved library’s header is damaged' };
  let header: Header;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as Header;
  } catch {
    return { problem: 'the saved library’s header is damaged' };
  }
  if (header.key !== keyOf(corpus)) return { problem: 'the saved library was built from another corpus or code' };
  const sane = SECTIONS.every(
    (s) =>
      Array.isArray(header.sections?.[s]) &&
      header.sections[s][0] >= HEADER_BYTES &&
      header.sections[s][1] >= 0 &&
      header.sections[s][0] + header.sections[s][1] <= bytes.byteLength,
  );
  if (!sane) return { problem: 'the saved library is cut short' };
  if (crc32(bytes.subarray(HEADER_BYTES)) !== header.crc) return { problem: 'the saved library is damaged' };
  const hasPostings = header.sections.postings[1] > 0;
  if (needPostings && !hasPostings)
    return { problem: 'the saved library has no posting lists (it was saved for the SQLite engine)' };
  const section = (s: Section) => bytes.subarray(header.sections[s][0], header.sections[s][0] + header.sections[s][1]);
  const json = <T>(s: Section) => JSON.parse(section(s).toString('utf8')) as T;
  // A Buffer read from a file may sit at any offset of a shared pool; the posting views need 8-byte alignment.
  const aligned = (view: Uint8Array) => (view.byteOffset % 8 === 0 ? view : new Uint8Array(view));
  return {
    parts: {
      index: () => (hasPostings ? SearchIndex.open(corpus, aligned(section('postings'))) : undefined),
      facts: () => openPackedFacts(corpus, section('facts')),
      vocabulary: () => Vocabulary.restore(json<SavedVocabulary>('vocabulary')),
    },
  };
}
