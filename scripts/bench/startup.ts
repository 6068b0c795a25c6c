/**
 * Start-up figures for `npm run bench`: peak RSS and time to the first answer of the processes a user
 * starts, beside a bare `node`. Each is spawned fresh; the median of a few runs is printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

function runOnce(command: string, args: string[], stdin: string): Promise<Run> {
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

async function measure(command: string, args: string[], stdin = '', runs = 3): Promise<Run> {
  const all: Run[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await runOnce(command, args, stdin));
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
