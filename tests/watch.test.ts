import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchCorpus } from '../src/app/watch.js';
import { CORPUS_DIR } from '../src/corpus/paths.js';
import { loadLibrary } from '../src/query/library.js';
import { createLogger } from '../src/support/log.js';
import { tempDir } from './helpers/tempDir.js';

function copyCorpus(): string {
  const dir = tempDir('watch');
  cpSync(CORPUS_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}raw`) });
  return dir;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Generous: under the full parallel suite on two cores a reload that must build the library takes seconds.
async function until(test: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test() && Date.now() < deadline) await sleep(50);
}

// watchFile takes its first stat asynchronously: a write before it lands is the baseline, never a change
// (under the parallel suite in a fresh clone that first stat came late and a refusal was never logged).
async function watched(dir: string) {
  const lines: string[] = [];
  const ctx = { library: loadLibrary(dir) };
  const reloads: [unknown, unknown][] = [];
  const watcher = watchCorpus(
    ctx,
    createLogger('info', [], (l) => lines.push(l)),
    {
      dir,
      pollMs: 100,
      reloaded: (before, after) => reloads.push([before, after]),
    },
  );
  await sleep(400);
  return { ctx, lines, watcher, before: ctx.library, reloads };
}

const catalogOf = (dir: string) => path.join(dir, 'catalog.json');

describe('corpus lifecycle', () => {
  it('reloads the corpus and rebuilds the index when ingest rewrites the catalog', async () => {
    const dir = copyCorpus();
    const { ctx, watcher, before, reloads } = await watched(dir);
    try {
      const catalog = readFileSync(catalogOf(dir), 'utf8');
      writeFileSync(catalogOf(dir), `${catalog}\n`);
      await until(() => ctx.library !== before);
      expect(ctx.library).not.toBe(before);
      expect(ctx.library.corpus.reports).toHaveLength(before.corpus.reports.length);
      // Whoever listens (the followers' announcer) hears of the swap, with the library it replaced.
      expect(reloads).toEqual([[before, ctx.library]]);
    } finally {
      watcher.close();
    }
  });

  it('refuses an empty catalog and one that loses a report, keeping every report answerable', async () => {
    const dir = copyCorpus();
    const { ctx, lines, watcher, before, reloads } = await watched(dir);
    try {
      const catalog = JSON.parse(readFileSync(catalogOf(dir), 'utf8')) as { id: string }[];
      writeFileSync(catalogOf(dir), '[]');
      await until(() => lines.some((l) => l.includes('no reports')));
      writeFileSync(catalogOf(dir), JSON.stringify(catalog.filter((r) => r.id !== 'wenzhou-2023')));
      await until(() => lines.some((l) => l.includes('wenzhou-2023')));
      expect(lines.filter((l) => l.includes('corpus reload refused'))).toHaveLength(2);
      expect(ctx.library).toBe(before);
      expect(reloads).toEqual([]);
      expect(ctx.library.corpus.reports.some((r) => r.id === 'wenzhou-2023')).toBe(true);
    } finally {
      watcher.close();
    }
  });

  it('keeps watching after the corpus directory is replaced by a new copy', async () => {
    const dir = copyCorpus();
    const { ctx, watcher, before } = await watched(dir);
    try {
      const fresh = copyCorpus();
      rmSync(dir, { recursive: true });
      await sleep(300);
      renameSync(fresh, dir);
      await until(() => ctx.library !== before);
      expect(ctx.library).not.toBe(before);
      expect(ctx.library.corpus.reports).toHaveLength(before.corpus.reports.length);
    } finally {
      watcher.close();
    }
  });
});
