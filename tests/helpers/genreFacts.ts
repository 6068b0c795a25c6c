import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Corpus } from '../../src/corpus/corpus.js';
import { PROJECT_ROOT } from '../../src/corpus/paths.js';
import { extractFacts, type FactStore } from '../../src/facts/store.js';
import { readReportFile } from '../../src/ingest/formats.js';
import { ingest } from '../../src/ingest/ingest.js';

/** The genre corpus the tests read, beside the seeds (../shared/genre, or GOVREPORT_GENRE_DIR). */
export const GENRE = process.env.GOVREPORT_GENRE_DIR ?? path.join(PROJECT_ROOT, '..', 'shared', 'genre');

/** The facts of some genre reports, ingested as `npm run ingest` would (files missing here are left out). */
export async function genreFacts(files: readonly string[]): Promise<FactStore> {
  const raw = [];
  for (const file of files.filter((f) => existsSync(path.join(GENRE, f)))) {
    const read = await readReportFile(path.basename(file), readFileSync(path.join(GENRE, file)));
    if (read.ok) raw.push({ name: file.replace('/', '__'), content: read.text });
  }
  return extractFacts(new Corpus(ingest(raw).reports));
}
