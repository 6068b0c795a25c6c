/**
 * `npm run bench`: search figures on this machine. Prints tables; asserts nothing.
 * Each corpus scale runs in its own child process so RSS and start-up are its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Corpus, loadCorpus } from '../src/corpus/corpus.js';
import type { Report } from '../src/corpus/types.js';
import { buildLibrary } from '../src/query/library.js';
import { compare } from '../src/query/targetsQueries.js';
import { trend } from '../src/query/trendQueries.js';
import { ChartCache } from '../src/reply/charts/cache.js';
import { compareChart, trendChart } from '../src/reply/charts/charts.js';
import { registeredSubsetCount } from '../src/reply/charts/fonts.js';
import { type EngineFactory, SearchIndex } from '../src/search/index.js';
import { PostingEngine } from '../src/search/postingEngine.js';
import { parseQuery } from '../src/search/query.js';
import { SqliteEngine, writeTokenDatabase } from '../src/search/sqliteEngine.js';
import { normalizeForIndex } from '../src/search/tokenize.js';
import { QUESTION_SETS } from '../tests/fixtures/figureQuestions.js';
import {
  BENCH_QUERIES,
  HELD_OUT_QUERIES,
  HELD_OUT_QUERIES_2,
  LABELLED_QUERIES,
} from '../tests/fixtures/searchQueries.js';
import { score, summary } from '../tests/helpers/scoreQuestions.js';
import { concurrencyFigures, sustainedFigures } from './bench/concurrency.js';
import { hostileFigures } from './bench/hostile.js';
import { scaledStartFigures, startupFigures } from './bench/startup.js';
import { MiniSearchEngine } from './engines/minisearchEngine.js';

const started = performance.now();

/** Where the engines' files go while a scale is measured: the build process writes, the open process reads. */
const workDir = () => process.env.BENCH_DIR ?? tmpdir();
const artefact = (engine: string, paragraphs: number) =>
  path.join(workDir(), engine === 'sqlite' ? `search-${paragraphs}.sqlite` : `postings-${paragraphs}.bin`);

/** The product's engine and the baselines it was chosen over. */
const ENGINES = {
  postings: (texts) => new PostingEngine(texts),
  'minisearch-bigram': (texts) => new MiniSearchEngine(texts, 'bigram'),
  'minisearch-jieba': (texts) => new MiniSearchEngine(texts, 'jieba'),
  'minisearch-union': (texts) => new MiniSearchEngine(texts, 'union'),
  sqlite: (texts) => {
    const file = artefact('sqlite', texts.length);
    rmSync(file, { force: true });
    writeTokenDatabase(file, texts, 'bench');
    return new SqliteEngine(file, texts);
  },
} satisfies Record<string, EngineFactory>;
type EngineChoice = keyof typeof ENGINES;

/** What query parsing needs of a corpus, without building an index for it. */
function scopeOf(corpus: Corpus) {
  return { corpus, hasPhrase: () => false };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The reports repeated under new ids, for the ×10 and ×100 figures. */
function scaled(base: Corpus, factor: number): Corpus {
  if (factor === 1) return base;
  const reports: Report[] = [];
  for (let k = 0; k < factor; k += 1) {
    for (const r of base.reports) {
      const id = k === 0 ? r.id : `${r.id}x${k}`;
      reports.push({ ...r, id, paragraphs: r.paragraphs.map((p) => ({ ...p, id: `${id}-${p.n}` })) });
    }
  }
  return new Corpus(reports);
}

/** The plain alternative: NFKC every paragraph once, then `includes` for every query word on every query. */
function linearScan(corpus: Corpus) {
  const refs = corpus.allParagraphs();
  const texts = refs.map((r) => normalizeForIndex(r.paragraph.text));
  return (query: string) => {
    const words = parseQuery(scopeOf(corpus), query).words;
    const out: string[] = [];
    texts.forEach((t, i) => {
      if (words.every((w) => w.alternatives.some((a) => t.includes(a)))) out.push(refs[i]!.paragraph.id);
    });
    return out;
  };
}

function timeQueries(fn: (q: string) => unknown, rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of BENCH_QUERIES) {
      const t = performance.now();
      fn(q);
      times.push(performance.now() - t);
    }
  }
  return times;
}

interface ScaleFigures {
  scale: number;
  paragraphs: number;
  buildMs: number;
  fileMb: number;
  readyMs: number;
  rssMb: number;
  p50: number;
  p99: number;
  scanP50: number;
  scanP99: number;
}

function measureScale(scale: number, engine: EngineChoice): ScaleFigures {
  const corpus = scaled(loadCorpus(), scale);
  const t = performance.now();
  const index = SearchIndex.build(corpus, ENGINES[engine]);
  const buildMs = performance.now() - t;
  const readyMs = performance.now() - started; // from this process's first line to a ready index
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  // The file the open process reads: the packed postings as ingest saves them, or the database itself.
  const file = artefact(engine, index.size);
  const packed = index.packedPostings();
  if (packed) writeFileSync(file, packed);
  const fileMb = packed || engine === 'sqlite' ? statSync(file).size / 2 ** 20 : 0;
  const rounds = scale >= 100 ? 1 : scale === 10 ? 3 : 20;
  timeQueries((q) => index.search(q, { limit: 10 }), 1); // warm-up
  const times = timeQueries((q) => index.search(q, { limit: 10 }), rounds);
  const scan = linearScan(corpus);
  const scanTimes = timeQueries(scan, Math.max(1, Math.ceil(rounds / 2)));
  return {
    scale,
    paragraphs: index.size,
    buildMs,
    fileMb,
    readyMs,
    rssMb,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    scanP50: percentile(scanTimes, 50),
    scanP99: percentile(scanTimes, 99),
  };
}

interface OpenFigures {
  scale: number;
  openMs: number;
  readyMs: number;
  rssMb: number;
  p50: number;
  p99: number;
  /** Bench queries whose whole first page and total agree with the other engine (sqlite only). */
  same: number | null;
}

/** A fresh process opening what the build process saved: what a start (or a shard) costs. */
function measureOpen(scale: number, engine: 'postings' | 'sqlite'): OpenFigures {
  const corpus = scaled(loadCorpus(), scale);
  const open = (which: 'postings' | 'sqlite') =>
    which === 'sqlite'
      ? SearchIndex.build(corpus, (texts) => new SqliteEngine(artefact('sqlite', texts.length), texts))
      : SearchIndex.open(corpus, new Uint8Array(readFileSync(artefact('postings', corpus.paragraphCount))));
  const t = performance.now();
  const index = open(engine);
  const openMs = performance.now() - t;
  const readyMs = performance.now() - started;
  timeQueries((q) => index.search(q, { limit: 10 }), 1);
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const times = timeQueries((q) => index.search(q, { limit: 10 }), scale >= 100 ? 1 : scale === 10 ? 3 : 20);
  let same: number | null = null;
  // At ×1000 the posting lists are not built unless asked for (9.3 GB), so there is nothing to compare with.
  if (engine === 'sqlite' && existsSync(artefact('postings', corpus.paragraphCount))) {
    const other = open('postings');
    const shown = (i: SearchIndex, q: string) => {
      const r = i.search(q, { limit: 10 });
      return JSON.stringify([r.total, r.results.map((h) => [h.id, h.score])]);
    };
    same = BENCH_QUERIES.filter((q) => shown(index, q) === shown(other, q)).length;
  }
  return { scale, openMs, readyMs, rssMb, p50: percentile(times, 50), p99: percentile(times, 99), same };
}

function quality(mode: EngineChoice) {
  const corpus = loadCorpus();
  const t = performance.now();
  const index = SearchIndex.build(corpus, ENGINES[mode]);
  const buildMs = performance.now() - t;
  const scan = linearScan(corpus);
  let precisionSum = 0;
  let precisionN = 0;
  let truthTotal = 0;
  let found = 0;
  for (const q of BENCH_QUERIES) {
    const parsed = parseQuery(index, q);
    const truth = new Set(
      scan(q).filter((id) => {
        const r = corpus.paragraph(id)!.report;
        return (
          (!parsed.filters.city || r.city === parsed.filters.city) &&
          (parsed.filters.year === undefined || r.year === parsed.filters.year)
        );
      }),
    );
    const all = index.search(q, { limit: 50 });
    const top = all.results.slice(0, 10);
    if (top.length > 0) {
      precisionSum += top.filter((h) => truth.has(h.id)).length / top.length;
      precisionN += 1;
    }
    const everything = index.search(q, { limit: 50, offset: 0 });
    const ids = new Set<string>();
    for (let offset = 0; offset < everything.total; offset += 50)
      for (const h of index.search(q, { limit: 50, offset }).results) ids.add(h.id);
    truthTotal += truth.size;
    found += [...truth].filter((id) => ids.has(id)).length;
  }
  const at3 = (set: readonly { query: string; expect: string }[]) =>
    set.filter((l) => index.search(l.query, { limit: 3 }).results.some((h) => h.id === l.expect)).length / set.length;
  return {
    mode,
    buildMs,
    p10: precisionSum / precisionN,
    recall: found / truthTotal,
    at3: at3(LABELLED_QUERIES),
    heldAt3: at3([...HELD_OUT_QUERIES, ...HELD_OUT_QUERIES_2]),
  };
}

const fmt = (n: number, d = 1) => n.toFixed(d);

async function main() {
  const openArg = process.argv.indexOf('--open');
  if (openArg >= 0) {
    const engine = process.argv[openArg + 2] as 'postings' | 'sqlite';
    process.stdout.write(JSON.stringify(measureOpen(Number(process.argv[openArg + 1]), engine)));
    return;
  }
  const scaleArg = process.argv.indexOf('--scale');
  if (scaleArg >= 0) {
    process.stdout.write(
      JSON.stringify(measureScale(Number(process.argv[scaleArg + 1]), process.argv[scaleArg + 2] as EngineChoice)),
    );
    return;
  }
  // `npm run bench -- --engines` (or --bot) prints only that part; --large adds ×1000 (see engineFigures).
  if (process.argv.includes('--engines')) return engineFigures();
  if (process.argv.includes('--bot')) {
    for (const line of await concurrencyFigures()) console.log(line);
    return;
  }
  if (process.argv.includes('--sustained')) {
    console.log('The bot under sustained load: 60 interactions/s for a minute (fake Discord, one npm start)');
    for (const line of await sustainedFigures()) console.log(line);
    return;
  }
  if (process.argv.includes('--scaled-start')) {
    for (const line of await scaledStartFigures([1, 10, 100])) console.log(line);
    return;
  }
  console.log(
    `govreport search benchmark — ${BENCH_QUERIES.length} queries, ${LABELLED_QUERIES.length} labelled paraphrased queries\n`,
  );
  console.log('Labelled figure questions on the seeds (npm test scores the genre sets on the genre corpus)');
  const questionLibrary = buildLibrary(loadCorpus());
  for (const set of QUESTION_SETS.filter((s) => (s.corpus ?? 'seeds') === 'seeds')) {
    console.log(
      summary(
        `${set.name} (${set.status})`,
        set.questions.map((q) => score(questionLibrary, q)),
      ),
    );
  }
  console.log('');
  console.log('Start-up (median of 3 fresh processes; the build is checked first)');
  for (const line of await startupFigures()) console.log(line);
  console.log('');
  console.log('Hostile run (npm start against the fake Discord; counts, not assertions)');
  for (const line of await hostileFigures()) console.log(line);
  console.log('');
  console.log('Tokenizer quality at ×1 (truth: paragraphs containing every query word, any synonym form)');
  console.log(
    `engine               build ms  P@10    recall  recall@3 dev (${LABELLED_QUERIES.length})  recall@3 held-out (${HELD_OUT_QUERIES.length + HELD_OUT_QUERIES_2.length})`,
  );
  for (const mode of ['postings', 'minisearch-bigram', 'minisearch-jieba', 'minisearch-union'] as const) {
    const q = quality(mode);
    console.log(
      `${mode.padEnd(20)} ${fmt(q.buildMs, 0).padStart(8)}  ${fmt(q.p10, 3)}   ${fmt(q.recall, 3)}   ${fmt(q.at3, 3)}             ${fmt(q.heldAt3, 3)}`,
    );
  }
  console.log('\nCharts (first render includes loading the font subsets; then the cache answers)');
  const library = buildLibrary(loadCorpus());
  const cache = new ChartCache();
  for (const [label, make] of [
    ['compare GDP 2023', () => compareChart(compare(library, 'GDP', 2023), cache)],
    ['trend 嘉兴 GDP', () => trendChart(trend(library, '嘉兴', 'GDP'), cache)],
    ['compare CPI (all years)', () => compareChart(compare(library, '居民消费价格'), cache)],
  ] as const) {
    let t = performance.now();
    make();
    const cold = performance.now() - t;
    t = performance.now();
    make();
    console.log(`${label.padEnd(26)} first ${fmt(cold, 0)} ms, cached ${fmt(performance.now() - t, 2)} ms`);
  }
  console.log(`font subsets registered for these charts: ${registeredSubsetCount()} of 102`);
  await engineFigures();
  console.log('');
  console.log('The whole library over the corpus repeated on disk (console face, first answer of a search)');
  for (const line of await scaledStartFigures([1, 10, 100])) console.log(line);
  console.log('');
  console.log('The bot: ready, and the first acknowledgement of concurrent interactions (fake Discord)');
  for (const line of await concurrencyFigures()) console.log(line);
}

/** Each engine at each scale: a build process, then a fresh process that opens what it saved. */
async function engineFigures(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-bench-'));
  // --large adds ×1000 for SQLite; the posting lists at ×1000 need 9–14 GB and minutes, so only with --large-postings.
  const large = process.argv.includes('--large') || process.argv.includes('--large-postings');
  const largePostings = process.argv.includes('--large-postings');
  const child = (args: string[]) =>
    JSON.parse(
      execFileSync(process.execPath, ['--max-old-space-size=20000', '--import', 'tsx', self, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, BENCH_DIR: dir },
      }),
    );
  let last: ScaleFigures | null = null;
  try {
    for (const [engine, scales] of [
      ['postings', largePostings ? [1, 10, 100, 1000] : [1, 10, 100]],
      ['sqlite', large ? [1, 10, 100, 1000] : [1, 10, 100]],
      ['minisearch-bigram', [1, 10]],
    ] as const) {
      console.log(`\nSpeed and memory, ${engine}; linear scan = includes() over all paragraphs, same process`);
      console.log(
        'scale  paragraphs  build ms  file MB  start→ready ms  RSS MB  p50 ms  p99 ms  scan p50  scan p99  speed-up p50',
      );
      const opened: string[] = [];
      for (const scale of scales) {
        let f: ScaleFigures;
        try {
          f = child(['--scale', String(scale), engine]) as ScaleFigures;
        } catch (e) {
          console.log(`×${scale}: did not finish (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
          continue;
        }
        if (engine === 'postings') last = f;
        console.log(
          `×${String(f.scale).padEnd(5)} ${String(f.paragraphs).padStart(10)}  ${fmt(f.buildMs, 0).padStart(8)}  ${fmt(f.fileMb, 1).padStart(7)}  ${fmt(f.readyMs, 0).padStart(14)}  ${fmt(f.rssMb, 0).padStart(6)}  ${fmt(f.p50, 2).padStart(6)}  ${fmt(f.p99, 2).padStart(6)}  ${fmt(f.scanP50, 2).padStart(8)}  ${fmt(f.scanP99, 2).padStart(8)}  ${fmt(f.scanP50 / f.p50, 1).padStart(11)}×`,
        );
        if (engine === 'minisearch-bigram') continue;
        const o = child(['--open', String(scale), engine]) as OpenFigures;
        opened.push(
          `×${String(o.scale).padEnd(5)} ${fmt(o.openMs, 0).padStart(7)}  ${fmt(o.readyMs, 0).padStart(14)}  ${fmt(o.rssMb, 0).padStart(6)}  ${fmt(o.p50, 2).padStart(6)}  ${fmt(o.p99, 2).padStart(6)}  ${o.same === null ? '—' : `${o.same}/${BENCH_QUERIES.length}`}`,
        );
      }
      if (opened.length) {
        console.log(
          `opened from its file in a fresh process (${engine}); same = first page and total identical to postings`,
        );
        console.log('scale  open ms  start→ready ms  RSS MB  p50 ms  p99 ms  same');
        for (const line of opened) console.log(line);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (last) console.log(conclusion(last));
}

function conclusion(f: ScaleFigures): string {
  return [
    '',
    `At ×100 the in-memory posting index costs ${fmt(f.rssMb, 0)} MB RSS and ${fmt(f.readyMs / 1000, 1)} s to start (tokenising every paragraph),`,
    `and answers in ${fmt(f.p50, 2)} ms p50 against ${fmt(f.scanP50, 2)} ms for the linear scan.`,
    'npm run ingest saves the packed postings (corpus/built/library.bin) and start-up opens them; past 100,000 paragraphs',
    'SEARCH_ENGINE=auto picks the SQLite FTS5 file instead (same results, one file mapped by every process on the machine).',
  ].join('\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
