import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchCorpus } from '../src/app/watch.js';
import { CORPUS_DIR } from '../src/corpus/paths.js';
import { loadLibrary } from '../src/query/library.js';
import { silentLogger } from '../src/support/log.js';
import { nonEmpty } from './helpers/nonEmpty.js';

describe('corpus lifecycle', () => {
  it('reloads the corpus and rebuilds the index when ingest rewrites the catalog', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govreport-watch-'));
    cpSync(CORPUS_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}raw`) });
    const ctx = { library: loadLibrary(dir) };
    const before = ctx.library;
    const watcher = watchCorpus(ctx, silentLogger, dir);
    try {
      const catalog = JSON.parse(readFileSync(path.join(dir, 'catalog.json'), 'utf8')) as { id: string }[];
      writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(catalog.filter((r) => r.id !== 'wenzhou-2023')));
      const deadline = Date.now() + 5000;
      while (ctx.library === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(ctx.library).not.toBe(before);
      expect(ctx.library.corpus.reports).toHaveLength(28);
      expect(
        nonEmpty(ctx.library.index.search('数字经济', { limit: 50 }).results).some((h) => h.city === '温州市'),
      ).toBe(false);
    } finally {
      watcher.close();
    }
  });
});
