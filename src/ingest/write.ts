import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { summaryOf } from '../corpus/summary.js';
import type { DroppedLine } from '../corpus/types.js';
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

/** Writes reports/<id>.json, catalog.json, ingest-log.tsv and ingest-summary.json under `dir`. */
export async function writeCorpus(dir: string, result: IngestResult): Promise<void> {
  const reportsDir = path.join(dir, 'reports');
  await mkdir(reportsDir, { recursive: true });
  const wanted = new Set(result.reports.map((r) => `${r.id}.json`));
  for (const stale of (await readdir(reportsDir)).filter((f) => !wanted.has(f))) await rm(path.join(reportsDir, stale));
  for (const r of result.reports) await writeFile(path.join(reportsDir, `${r.id}.json`), json(r));
  await writeFile(path.join(dir, 'catalog.json'), json(result.reports.map(summaryOf)));
  await writeFile(path.join(dir, 'ingest-log.tsv'), ingestLogTsv(result.dropped));
  await writeFile(path.join(dir, 'ingest-summary.json'), json({ files: result.files, warnings: result.warnings }));
}
