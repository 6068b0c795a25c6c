import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSavedLibrary, writeSavedLibrary } from '../src/built/savedLibrary.js';
import { searchDatabaseProblem, writeSearchDatabase } from '../src/built/searchDatabase.js';
import { Corpus, loadCorpus } from '../src/corpus/corpus.js';
import { PROJECT_ROOT } from '../src/corpus/paths.js';
import { extractFacts } from '../src/facts/store.js';
import { SearchIndex } from '../src/search/index.js';
import { normalizeForIndex } from '../src/search/tokenize.js';
import { buildVocabulary } from '../src/vocab/build.js';
import { corpus as seeds } from './helpers/library.js';
import { tempDir } from './helpers/tempDir.js';

/**
 * What an operator does to the files: kills an ingest at every write it makes, fills the disk, runs two
 * ingests at once, damages a report file, flips bits in the saved library and the SQLite database. Every
 * time the corpus stays readable — the old one or the new one — and the next run repairs or rebuilds.
 */
const GENRE = process.env.GOVREPORT_GENRE_DIR ?? path.join(PROJECT_ROOT, '..', 'shared', 'genre');
const A = path.join(GENRE, 'hailar', '2013.txt');
const B = path.join(GENRE, 'hailar', '2014.txt');
const C = path.join(GENRE, 'hailar', '2017.txt');

function ingest(dir: string, files: string[], fault?: string): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', '--silent', 'ingest', '--', ...files], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, GOVREPORT_CORPUS_DIR: dir, GOVREPORT_FAULT: fault ?? '' },
    encoding: 'utf8',
  });
}

const ids = (dir: string) =>
  loadCorpus(dir)
    .reports.map((r) => r.id)
    .sort();
const copy = (from: string) => {
  const to = tempDir('rel');
  cpSync(from, to, { recursive: true });
  return to;
};
/** Temporary files of interrupted writes left in the folders only ingest writes (built/'s go once they are old). */
const leftovers = (dir: string) =>
  ['reports', 'raw', '.'].flatMap((sub) =>
    existsSync(path.join(dir, sub)) ? readdirSync(path.join(dir, sub)).filter((n) => n.endsWith('.tmp')) : [],
  );

describe.skipIf(!existsSync(GENRE))('ingest under kills, a full disk and a second ingest', () => {
  let base: string;
  let finalIds: string[];

  beforeAll(() => {
    base = tempDir('rel-base');
    expect(ingest(base, [A]).status).toBe(0);
    const done = copy(base);
    expect(ingest(done, [B]).status).toBe(0);
    finalIds = ids(done);
  }, 120_000);

  it('killed at every write it makes, leaves the old corpus or the new one, and the same command finishes it', () => {
    const before = ids(base);
    expect(finalIds.length).toBeGreaterThan(before.length);
    let kills = 0;
    for (let at = 0; at < 40; at += 1) {
      const dir = copy(base);
      const run = ingest(dir, [B], `kill@${at}`);
      if (run.status === 0) break; // past the last write: nothing left to kill
      // npm reports its killed child as a failure; the ingest printed no line of success.
      expect(run.stdout, `write ${at}`).not.toContain('已收录为');
      kills += 1;
      // Readable, and whole: the catalog lists the old reports or the new ones, every one of them readable.
      expect([before, finalIds], `write ${at}`).toContainEqual(ids(dir));
      const again = ingest(dir, [B]);
      expect(again.status, `${at}: ${again.stderr}`).toBe(0);
      expect(ids(dir), `write ${at}`).toEqual(finalIds);
      expect(leftovers(dir)).toEqual([]);
    }
    // The raw copy, the reports, the catalog, the logs and the saved library: each write was killed once.
    console.log(`ingest killed at each of its ${kills} writes`);
    expect(kills).toBeGreaterThanOrEqual(6);
  }, 240_000);

  it('a full disk at the raw copy or mid-corpus: one sentence, exit 1, a readable corpus; the rerun goes through', () => {
    for (const at of [0, 2]) {
      const dir = copy(base);
      const run = ingest(dir, [B], `enospc@${at}`);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('写入失败（磁盘空间不足）');
      expect(run.stderr).not.toMatch(/\n\s+at /u);
      expect([ids(base), finalIds]).toContainEqual(ids(dir));
      if (at === 0) expect(readdirSync(path.join(dir, 'raw'))).toEqual(readdirSync(path.join(base, 'raw')));
      expect(ingest(dir, [B]).status).toBe(0);
      expect(ids(dir)).toEqual(finalIds);
    }
  }, 120_000);

  it('runs one ingest at a time: a second one says so, and nothing is lost', async () => {
    const dir = copy(base);
    const run = (file: string) =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn('npm', ['run', '--silent', 'ingest', '--', file], {
          cwd: PROJECT_ROOT,
          env: { ...process.env, GOVREPORT_CORPUS_DIR: dir },
        });
        let err = '';
        child.stderr.on('data', (d) => {
          err += String(d);
        });
        child.on('close', (code) => resolve({ code, err }));
      });
    const [b, c] = await Promise.all([run(B), run(C)]);
    const refused = [b, c].filter((r) => r.code !== 0);
    for (const r of refused) expect(r.err).toContain('另一个 npm run ingest 正在运行');
    // Whatever went in is in the catalog; the refused one goes in when run again.
    if (b.code !== 0) expect(ingest(dir, [B]).status).toBe(0);
    if (c.code !== 0) expect(ingest(dir, [C]).status).toBe(0);
    expect(ids(dir)).toHaveLength(finalIds.length + 1);
    expect(ids(dir)).toEqual(expect.arrayContaining(finalIds));
    expect(existsSync(path.join(dir, '.ingest.lock'))).toBe(false);
  }, 120_000);

  it('names a damaged report file and the command that repairs it, at start-up of the CLI', () => {
    const dir = copy(base);
    const [report] = readdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports', report!), '{"id": "hailar-20');
    const cli = spawnSync('npm', ['run', '--silent', 'cli', '--', 'reports'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, GOVREPORT_CORPUS_DIR: dir },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`${report} 已损坏，无法读取`);
    expect(cli.stderr).toContain('运行 npm run ingest');
    expect(cli.stderr).not.toMatch(/\n\s+at /u);
    expect(ingest(dir, []).status).toBe(0);
    expect(ids(dir)).toEqual(ids(base));
  }, 60_000);
});

describe('saved files that were damaged are rebuilt, never served', () => {
  it('catches any single flipped bit of the saved library, header included', () => {
    const dir = tempDir('flip');
    const file = path.join(dir, 'library.bin');
    // Two reports keep the file small: each of the ~3,000 flips below writes and reads it whole.
    const corpus = new Corpus(seeds.reports.slice(0, 2));
    const index = SearchIndex.build(corpus);
    writeSavedLibrary(file, corpus, { index, facts: extractFacts(corpus), vocabulary: buildVocabulary(corpus) });
    const bytes = readFileSync(file);
    expect('parts' in openSavedLibrary(file, corpus)).toBe(true);
    // Every bit of the two header lines (the magic with the header's checksum, the header), every bit of the
    // padding after them (read by nothing), and 200 random bits of the body.
    const headerEnd = bytes.indexOf(10, bytes.indexOf(10) + 1) + 1;
    const expected = index.search('发展').total;
    const open = (bit: number) => {
      const flipped = Buffer.from(bytes);
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      writeFileSync(file, flipped);
      return openSavedLibrary(file, corpus);
    };
    for (let bit = 0; bit < headerEnd * 8; bit += 1) expect('problem' in open(bit), `header bit ${bit}`).toBe(true);
    for (let bit = headerEnd * 8; bit < 1024 * 8; bit += 97) {
      const opened = open(bit);
      expect('parts' in opened && opened.parts.index()?.search('发展').total).toBe(expected);
    }
    for (let i = 0; i < 200; i += 1) {
      const bit = 1024 * 8 + Math.floor(Math.random() * (bytes.length - 1024) * 8);
      expect('problem' in open(bit), `body bit ${bit}`).toBe(true);
    }
  });

  it('catches a flipped byte anywhere in the SQLite database, by its checksum, when the file changed', () => {
    const dir = tempDir('flip');
    const file = path.join(dir, 'search.sqlite');
    const corpus = seeds;
    const texts = corpus.allParagraphs().map((r) => normalizeForIndex(r.paragraph.text));
    writeSearchDatabase(file, corpus, texts);
    expect(searchDatabaseProblem(file, corpus)).toBeNull();
    const bytes = readFileSync(file);
    for (let i = 0; i < 60; i += 1) {
      const at = Math.floor(Math.random() * bytes.length);
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ (1 + Math.floor(Math.random() * 255));
      writeFileSync(file, flipped);
      utimesSync(file, new Date(), new Date(Date.now() + 1000 + i));
      expect(searchDatabaseProblem(file, corpus), `byte ${at}`).not.toBeNull();
    }
    writeFileSync(file, bytes);
    expect(searchDatabaseProblem(file, corpus)).toBeNull();
  });
});
