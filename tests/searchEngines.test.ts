import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseEngine, parseEngineWish } from '../src/built/engineChoice.js';
import { searchDatabasePath, searchDatabaseProblem, sqliteEngineFor } from '../src/built/searchDatabase.js';
import { Corpus } from '../src/corpus/corpus.js';
import { CORPUS_DIR } from '../src/corpus/paths.js';
import { loadLibrary } from '../src/query/library.js';
import { SearchIndex, type SearchOptions } from '../src/search/index.js';
import { BENCH_QUERIES, HELD_OUT_QUERIES, HELD_OUT_QUERIES_2, LABELLED_QUERIES } from './fixtures/searchQueries.js';
import { corpus, library } from './helpers/library.js';
import { tempDir } from './helpers/tempDir.js';

const dir = tempDir('sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'search.sqlite');
const memory = library.index;
const sqlite = SearchIndex.build(corpus, (texts) => sqliteEngineFor(file, corpus, texts));

const QUERIES = [
  ...LABELLED_QUERIES.map((q) => q.query),
  ...HELD_OUT_QUERIES.map((q) => q.query),
  ...HELD_OUT_QUERIES_2.map((q) => q.query),
  ...BENCH_QUERIES,
  // One-character words (scanned), Latin tokens kept whole, a word no report holds, an empty query.
  '镇',
  'PM2.5',
  'R&D',
  '3.5%',
  '5G 基站',
  // Numbers and words inside longer Latin runs ("13.5%" holds "3.5" but not as a token).
  '3.5',
  '2023',
  '5%',
  'GDP 增长',
  'AI',
  '量子引力波',
];

const FILTERS: SearchOptions[] = [
  {},
  { limit: 50 },
  { city: '嘉兴市' },
  { year: 2022 },
  { province: '浙江' },
  { level: 'county' },
  { offset: 10, limit: 10 },
];

describe('the SQLite engine answers exactly as the posting lists', () => {
  it('is the engine it says it is', () => {
    expect(sqlite.engineName).toMatch(/sqlite/u);
    expect(memory.engineName).toMatch(/postings/u);
  });

  it(`gives the same results, scores and order on ${QUERIES.length} queries × ${FILTERS.length} filters`, () => {
    let compared = 0;
    let withResults = 0;
    for (const q of QUERIES)
      for (const f of FILTERS) {
        const a = memory.search(q, f);
        expect(sqlite.search(q, f), `${q} ${JSON.stringify(f)}`).toEqual(a);
        compared += 1;
        if (a.total > 0) withResults += 1;
      }
    expect(compared).toBe(QUERIES.length * FILTERS.length);
    // The comparison means something only if most queries find paragraphs.
    expect(withResults).toBeGreaterThan(compared / 2);
  });

  it('agrees on phrases as written', () => {
    for (const p of ['南湖实验室', '营商环境', '量子引力波']) expect(sqlite.hasPhrase(p)).toBe(memory.hasPhrase(p));
  });
});

describe('the search database file', () => {
  it('is refused for another corpus, and rebuilt when damaged or foreign', () => {
    expect(searchDatabaseProblem(file, corpus)).toBeNull();
    expect(searchDatabaseProblem(file, new Corpus(corpus.reports.slice(1)))).toMatch(/another corpus/u);
    const junk = path.join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all');
    expect(searchDatabaseProblem(junk, corpus)).toMatch(/no search database/u);
    const said: string[] = [];
    const rebuilt = SearchIndex.build(corpus, (texts) => sqliteEngineFor(junk, corpus, texts, (l) => said.push(l)));
    expect(said.join('\n')).toMatch(/built .*junk\.sqlite \(no search database/u);
    expect(rebuilt.search('营商环境').total).toBe(memory.search('营商环境').total);
    expect(searchDatabaseProblem(junk, corpus)).toBeNull();
  });

  it('is what loadLibrary uses with SEARCH_ENGINE=sqlite, built once then opened', () => {
    const corpusDir = path.join(dir, 'corpus');
    cpSync(path.join(CORPUS_DIR, 'catalog.json'), path.join(corpusDir, 'catalog.json'));
    cpSync(path.join(CORPUS_DIR, 'reports'), path.join(corpusDir, 'reports'), { recursive: true });
    const said: string[] = [];
    const first = loadLibrary(corpusDir, { engine: 'sqlite', said: (l) => said.push(l) });
    expect(first.engine).toBe('sqlite (SEARCH_ENGINE)');
    expect(first.index.search('营商环境').total).toBe(memory.search('营商环境').total);
    expect(said).toEqual([expect.stringMatching(/^built .*search\.sqlite/u)]);
    // Facts and vocabulary are saved without posting lists; the next start opens both files.
    expect(first.save()).toMatch(/^saved /u);
    const second = loadLibrary(corpusDir, { engine: 'sqlite', said: (l) => said.push(l) });
    expect(second.origin).toMatch(/^opened /u);
    expect(second.index.engineName).toMatch(/sqlite/u);
    expect(said[1]).toBe(`opened ${searchDatabasePath(corpusDir)}`);
    // The in-memory engine does not take a saved library without posting lists: it rebuilds.
    expect(loadLibrary(corpusDir, { engine: 'memory' }).origin).toMatch(/no posting lists/u);
  });
});

describe('choosing the engine', () => {
  it('reads SEARCH_ENGINE, and picks by corpus size when auto', () => {
    expect(parseEngineWish(undefined)).toEqual({ wish: 'auto', problem: null });
    expect(parseEngineWish(' SQLite ')).toEqual({ wish: 'sqlite', problem: null });
    expect(parseEngineWish('postgres').problem).toMatch(/memory, sqlite or auto/u);
    expect(chooseEngine(corpus, 'auto')).toEqual({ engine: 'memory', why: 'auto: 2,058 paragraphs ≤ 100,000' });
    expect(chooseEngine(corpus, 'sqlite').engine).toBe('sqlite');
  });
});
