import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSavedLibrary, writeSavedLibrary } from '../src/built/savedLibrary.js';
import { Corpus, loadCorpus } from '../src/corpus/corpus.js';
import { buildLibrary, warmLibrary } from '../src/query/library.js';
import { tempDir } from './helpers/tempDir.js';

const corpus = loadCorpus();
const built = warmLibrary(buildLibrary(corpus));
const dir = tempDir('saved');
const file = path.join(dir, 'library.bin');
writeSavedLibrary(file, corpus, built);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ids = (r: { results: { id: string }[] }) => r.results.map((h) => h.id);

describe('the library saved beside the corpus', () => {
  it('answers searches, facts and suggestions exactly as the built one', () => {
    const opened = openSavedLibrary(file, corpus);
    if (!('parts' in opened)) throw new Error(opened.problem);
    const lib = buildLibrary(corpus, { saved: opened.parts });
    for (const q of ['营商环境', '嘉兴 研发投入', '5G', '老旧小区改造', '数字经济 核心产业', '旅游收入'])
      expect(ids(lib.index.search(q, { limit: 20 }))).toEqual(ids(built.index.search(q, { limit: 20 })));
    expect(lib.facts.size).toBe(29);
    expect(JSON.stringify([...lib.facts.values()].map((r) => [r.targets, r.facts, r.passage?.paragraph.id]))).toBe(
      JSON.stringify([...built.facts.values()].map((r) => [r.targets, r.facts, r.passage?.paragraph.id])),
    );
    expect(lib.vocabulary.closest('营商环竟', { kind: 'word' }).map((e) => e.value)).toEqual(
      built.vocabulary.closest('营商环竟', { kind: 'word' }).map((e) => e.value),
    );
  });

  it('parses a report’s facts only when asked, and iterates them in corpus order whatever came first', async () => {
    const { LazyFacts } = await import('../src/facts/persist.js');
    const { warmFactsGradually } = await import('../src/query/library.js');
    const opened = openSavedLibrary(file, corpus);
    if (!('parts' in opened)) throw new Error(opened.problem);
    const lib = buildLibrary(corpus, { saved: opened.parts });
    const facts = lib.facts;
    if (!(facts instanceof LazyFacts)) throw new Error('a saved library’s facts should be lazy');
    const count = corpus.reports.length;
    expect(facts.unparsed).toBe(count);
    const last = corpus.reports.at(-1)!.id;
    expect(JSON.stringify(facts.get(last)!.facts)).toBe(JSON.stringify(built.facts.get(last)!.facts));
    expect(facts.unparsed).toBe(count - 1);
    expect(facts.get('no-such-report')).toBeUndefined();
    await warmFactsGradually(lib);
    expect(facts.unparsed).toBe(0);
    expect([...facts.keys()]).toEqual(corpus.reports.map((r) => r.id));
  });

  it('is refused for another corpus: one report fewer, or one paragraph changed', () => {
    const fewer = new Corpus(corpus.reports.slice(1));
    expect(openSavedLibrary(file, fewer)).toEqual({ problem: expect.stringContaining('another corpus') });
    const [first, ...rest] = corpus.reports;
    const edited = { ...first!, paragraphs: [{ ...first!.paragraphs[0]!, text: `${first!.paragraphs[0]!.text}。` }] };
    expect(openSavedLibrary(file, new Corpus([edited, ...rest]))).toHaveProperty('problem');
  });

  it('is refused when damaged, cut short, foreign or missing, and never read', () => {
    const bytes = readFileSync(file);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 100] = (damaged[damaged.length - 100]! + 1) % 256;
    const cases: [string, Buffer | null, RegExp][] = [
      ['damaged.bin', damaged, /damaged/u],
      ['short.bin', bytes.subarray(0, bytes.length - 5000), /cut short/u],
      ['foreign.bin', Buffer.from('{"not": "ours"}\n'), /not one this version writes/u],
      ['missing.bin', null, /no saved library/u],
    ];
    for (const [name, content, problem] of cases) {
      const f = path.join(dir, name);
      if (content) writeFileSync(f, content);
      const opened = openSavedLibrary(f, corpus);
      expect('problem' in opened && opened.problem).toMatch(problem);
    }
  });

  it('is rebuilt by loadLibrary when stale, and says so', async () => {
    const { loadLibrary } = await import('../src/query/library.js');
    const corpusDir = tempDir('corpus');
    try {
      const { cpSync } = await import('node:fs');
      cpSync(path.join(import.meta.dirname, '..', 'corpus', 'catalog.json'), path.join(corpusDir, 'catalog.json'));
      cpSync(path.join(import.meta.dirname, '..', 'corpus', 'reports'), path.join(corpusDir, 'reports'), {
        recursive: true,
      });
      const first = loadLibrary(corpusDir);
      expect(first.origin).toMatch(/no saved library yet/u);
      expect(warmLibrary(first).save()).toMatch(/^saved /u);
      expect(loadLibrary(corpusDir).origin).toMatch(/^opened /u);
      writeFileSync(path.join(corpusDir, 'built', 'library.bin'), 'junk');
      expect(loadLibrary(corpusDir).origin).toMatch(/built from the corpus \(the saved library is not one/u);
    } finally {
      rmSync(corpusDir, { recursive: true, force: true });
    }
  });
});
