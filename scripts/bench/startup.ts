/**
 * Start-up figures for `npm run bench`: peak RSS and time to the first answer of the processes a user
 * starts, beside a bare `node`. Each is spawned fresh; the median of a few runs is printed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/corpus/paths.js';

const PRELOAD = path.join(PROJECT_ROOT, 'scripts', 'bench', 'exitReport.mjs');

interface Run {
  /** From spawn to the first byte of the answer on stdout. */
  answerMs: number;
  /** Peak RSS of the largest node process of the run (the app, not npm's wrapper), MiB. */
  peakMb: number;
}

function runOnce(command: string, args: string[], stdin: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-bench-'));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answerMs = -1;
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: '',
        LOG_LEVEL: 'error',
        BENCH_EXIT_REPORT: dir,
        NODE_OPTIONS: `--import ${PRELOAD}`,
        ...env,
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    child.stdout.once('data', () => {
      answerMs = performance.now() - started;
    });
    child.stdout.resume();
    child.stdin.end(stdin);
    child.on('error', reject);
    child.on('close', () => {
      try {
        const peaks = readdirSync(dir).map(
          (f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { maxRssKb: number }).maxRssKb,
        );
        resolve({ answerMs, peakMb: Math.max(...peaks) / 1024 });
      } catch (e) {
        reject(e);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function measure(
  command: string,
  args: string[],
  stdin = '',
  runs = 3,
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  const all: Run[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await runOnce(command, args, stdin, env));
  return { answerMs: median(all.map((r) => r.answerMs)), peakMb: median(all.map((r) => r.peakMb)) };
}

export async function startupFigures(): Promise<string[]> {
  const node = process.execPath;
  const rows: [string, Run][] = [
    ['bare node (prints one line)', await measure(node, ['-e', 'console.log(1)'])],
    ['npm start, console: /reports', await measure('npm', ['start', '--silent'], '/reports\n')],
    ['node dist/src/app/main.js: /reports', await measure(node, ['dist/src/app/main.js'], '/reports\n')],
    [
      'CLI: govreport search 营商环境 --json',
      await measure(node, ['dist/src/faces/cli/main.js', 'search', '营商环境', '--json']),
    ],
  ];
  return [
    'what                                      first answer ms  peak RSS MB',
    ...rows.map(
      ([label, r]) => `${label.padEnd(40)} ${r.answerMs.toFixed(0).padStart(16)}  ${r.peakMb.toFixed(0).padStart(11)}`,
    ),
    '(peak RSS of the app process; npm start also runs npm itself and the stale-build check before it.)',
  ];
}

/** The committed corpus written `factor` times into `dir` under new report and paragraph ids, as ingest lays it out. */
function writeScaledCorpus(dir: string, factor: number): number {
  const source = path.join(PROJECT_ROOT, 'corpus');
  const catalog = JSON.parse(readFileSync(path.join(source, 'catalog.json'), 'utf8')) as { id: string }[];
  mkdirSync(path.join(dir, 'reports'), { recursive: true });
  const scaled: object[] = [];
  for (let k = 0; k < factor; k += 1)
    for (const entry of catalog) {
      const id = k === 0 ? entry.id : `${entry.id}x${k}`;
      const report = JSON.parse(readFileSync(path.join(source, 'reports', `${entry.id}.json`), 'utf8')) as {
        paragraphs: { n: number }[];
      };
      const copy = { ...report, id, paragraphs: report.paragraphs.map((p) => ({ ...p, id: `${id}-${p.n}` })) };
      writeFileSync(path.join(dir, 'reports', `${id}.json`), JSON.stringify(copy));
      scaled.push({ ...entry, id });
    }
  writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(scaled));
  return scaled.length;
}

/**
 * The whole bot (console face: index, facts, vocabulary) over the corpus repeated on disk: the first
 * start builds and saves the library, the next ones open it. Time is to the first answer of a search.
 */
export async function scaledStartFigures(factors: number[]): Promise<string[]> {
  const lines = ['scale  engine  reports  first start (builds, saves) ms / MB  next start (opens) ms / MB  saved MB'];
  for (const factor of factors)
    for (const engine of ['memory', 'sqlite'] as const) {
      const dir = mkdtempSync(path.join(tmpdir(), 'govreport-scaled-'));
      try {
        const reports = writeScaledCorpus(dir, factor);
        const env = { GOVREPORT_CORPUS_DIR: dir, SEARCH_ENGINE: engine, GOVREPORT_HEAP_MB: '16000' };
        const args = ['--max-old-space-size=16000', 'dist/src/app/main.js'];
        const first = await runOnce(process.execPath, args, '/search 营商环境\n', env);
        const next = await measure(process.execPath, args, '/search 营商环境\n', 3, env);
        const built = path.join(dir, 'built');
        const savedMb = readdirSync(built).reduce((n, f) => n + statSync(path.join(built, f)).size, 0) / 2 ** 20;
        lines.push(
          `×${String(factor).padEnd(5)} ${engine.padEnd(7)} ${String(reports).padStart(7)}  ${`${first.answerMs.toFixed(0)} / ${first.peakMb.toFixed(0)}`.padStart(35)}  ${`${next.answerMs.toFixed(0)} / ${next.peakMb.toFixed(0)}`.padStart(26)}  ${savedMb.toFixed(0).padStart(8)}`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  return lines;
}
