import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { summaryOf } from '../corpus/summary.js';
import type { DroppedLine } from '../corpus/types.js';
import { writeFileAtomic } from '../support/atomicFile.js';
import type { IngestResult } from './ingest.js';

/** Deterministic JSON: same result in, same bytes out (no timestamps, no absolute paths). */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function tsvField(text: string): string {
  return text.replace(/[\t\n\r]/gu, ' ');
}

export function ingestLogTsv(dropped: DroppedLine[]): string {
  const rows = dropped.map((d) => [d.file, d.line, d.col, d.reason, tsvField(d.text)].join('\t'));
  return `file\tline\tcol\treason\ttext\n${rows.join('\n')}\n`;
}

/**
 * Writes reports/<id>.json, catalog.json, ingest-log.tsv and ingest-summary.json under `dir`, each file
 * whole (temporary file, fsync, rename). The catalog is the commit: a reader loads the reports it lists,
 * so the new reports are written first, the catalog then switches to them in one rename, and only after it
 * are reports no longer listed removed. Killed anywhere, the corpus is the old one or the new one.
 */
export async function writeCorpus(dir: string, result: IngestResult): Promise<void> {
  const reportsDir = path.join(dir, 'reports');
  await mkdir(reportsDir, { recursive: true });
  for (const r of result.reports) await writeFileAtomic(path.join(reportsDir, `${r.id}.json`), json(r));
  await writeFileAtomic(path.join(dir, 'catalog.json'), json(result.reports.map(summaryOf)));
  await writeFileAtomic(path.join(dir, 'ingest-log.tsv'), ingestLogTsv(result.dropped));
  await writeFileAtomic(
    path.join(dir, 'ingest-summary.json'),
    json({ files: result.files, warnings: result.warnings }),
  );
  const wanted = new Set(result.reports.map((r) => `${r.id}.json`));
  for (const stale of (await readdir(reportsDir)).filter((f) => !wanted.has(f))) await rm(path.join(reportsDir, stale));
}
