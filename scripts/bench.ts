/**
 * `npm run bench`: search figures on this machine. Prints tables; asserts nothing.
 * Each corpus scale runs in its own child process so RSS and start-up are its own.
 */
import { execFileSync } from 'node:child_process';
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
import { normalizeForIndex } from '../src/search/tokenize.js';
import { DEVELOPMENT, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4 } from '../tests/fixtures/figureQuestions.js';
import {
  BENCH_QUERIES,
  HELD_OUT_QUERIES,
  HELD_OUT_QUERIES_2,
  LABELLED_QUERIES,
} from '../tests/fixtures/searchQueries.js';
import { score, summary } from '../tests/helpers/scoreQuestions.js';
import { hostileFigures } from './bench/hostile.js';
import { startupFigures } from './bench/startup.js';
import { MiniSearchEngine } from './engines/minisearchEngine.js';

const started = performance.now();

/** The product's engine and the baselines it was chosen over. */
const ENGINES = {
  postings: (texts) => new PostingEngine(texts),
  'minisearch-bigram': (texts) => new MiniSearchEngine(texts, 'bigram'),
  'minisearch-jieba': (texts) => new MiniSearchEngine(texts, 'jieba'),
  'minisearch-union': (texts) => new MiniSearchEngine(texts, 'union'),
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
  const rounds = scale === 100 ? 1 : scale === 10 ? 3 : 20;
  timeQueries((q) => index.search(q, { limit: 10 }), 1); // warm-up
  const times = timeQueries((q) => index.search(q, { limit: 10 }), rounds);
  const scan = linearScan(corpus);
  const scanTimes = timeQueries(scan, Math.max(1, Math.ceil(rounds / 2)));
  return {
    scale,
    paragraphs: index.size,
    buildMs,
    readyMs,
    rssMb,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    scanP50: percentile(scanTimes, 50),
    scanP99: percentile(scanTimes, 99),
  };
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
  const scaleArg = process.argv.indexOf('--scale');
  if (scaleArg >= 0) {
    process.stdout.write(
      JSON.stringify(measureScale(Number(process.argv[scaleArg + 1]), process.argv[scaleArg + 2] as EngineChoice)),
    );
    return;
  }
  console.log(
    `govreport search benchmark — ${BENCH_QUERIES.length} queries, ${LABELLED_QUERIES.length} labelled paraphrased queries\n`,
  );
  console.log('Labelled figure questions (development, and the held-out batches written before the code)');
  const questionLibrary = buildLibrary(loadCorpus());
  for (const [name, set] of [
    ['development', DEVELOPMENT],
    ['held-out 1', HELD_OUT],
    ['held-out 2', HELD_OUT_2],
    ['held-out 3', HELD_OUT_3],
    ['held-out 4', HELD_OUT_4],
  ] as const) {
    console.log(
      summary(
        name,
        set.map((q) => score(questionLibrary, q)),
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
  const self = fileURLToPath(import.meta.url);
  let last: ScaleFigures | null = null;
  for (const [engine, scales] of [
    ['postings', [1, 10, 100]],
    ['minisearch-bigram', [1, 10]],
  ] as const) {
    console.log(`\nSpeed and memory, ${engine}; linear scan = includes() over all paragraphs, same process`);
    console.log(
      'scale  paragraphs  build ms  start→ready ms  RSS MB  p50 ms  p99 ms  scan p50  scan p99  speed-up p50',
    );
    for (const scale of scales) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--scale', String(scale), engine], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const f = JSON.parse(out) as ScaleFigures;
      if (engine === 'postings') last = f;
      console.log(
        `×${String(f.scale).padEnd(5)} ${String(f.paragraphs).padStart(10)}  ${fmt(f.buildMs, 0).padStart(8)}  ${fmt(f.readyMs, 0).padStart(14)}  ${fmt(f.rssMb, 0).padStart(6)}  ${fmt(f.p50, 2).padStart(6)}  ${fmt(f.p99, 2).padStart(6)}  ${fmt(f.scanP50, 2).padStart(8)}  ${fmt(f.scanP99, 2).padStart(8)}  ${fmt(f.scanP50 / f.p50, 1).padStart(11)}×`,
      );
    }
  }
  if (last) console.log(conclusion(last));
}

function conclusion(f: ScaleFigures): string {
  return [
    '',
    `At ×100 the in-memory posting index costs ${fmt(f.rssMb, 0)} MB RSS and ${fmt(f.readyMs / 1000, 1)} s to start (tokenising every paragraph),`,
    `and answers in ${fmt(f.p50, 2)} ms p50 against ${fmt(f.scanP50, 2)} ms for the linear scan.`,
    'npm run ingest saves the packed postings (corpus/built/library.bin) and start-up opens them; beyond that scale keep the postings',
    'on disk in an engine such as SQLite FTS5 with a bigram tokenizer; the query layer stays the same.',
  ].join('\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
