import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/corpus.js';
import { CORPUS_DIR } from '../src/corpus/paths.js';
import { watchCorpus } from '../src/app/watch.js';
import { silentLogger } from '../src/support/log.js';
import { searchIndexFor } from '../src/search/index.js';

describe('corpus lifecycle', () => {
  it('reloads the corpus and rebuilds the index when ingest rewrites the catalog', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govreport-watch-'));
    cpSync(CORPUS_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}raw`) });
    const ctx = { corpus: loadCorpus(dir) };
    const before = ctx.corpus;
    const watcher = watchCorpus(ctx, silentLogger, dir);
    try {
      const catalog = JSON.parse(readFileSync(path.join(dir, 'catalog.json'), 'utf8')) as { id: string }[];
      writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(catalog.filter((r) => r.id !== 'wenzhou-2023')));
      const deadline = Date.now() + 5000;
      while (ctx.corpus === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(ctx.corpus).not.toBe(before);
      expect(ctx.corpus.reports).toHaveLength(28);
      expect(searchIndexFor(ctx.corpus).search('数字经济', { limit: 50 }).results.some((h) => h.city === '温州市')).toBe(false);
    } finally {
      watcher.close();
    }
  });
});
