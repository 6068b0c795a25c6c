import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../../src/corpus/paths.js';
import type { RawFile } from '../../src/ingest/ingest.js';

/** The raw report files as committed in corpus/raw (copies of ../shared/seeds). */
export function rawFiles(): RawFile[] {
  const dir = path.join(CORPUS_DIR, 'raw');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, content: readFileSync(path.join(dir, name), 'utf8') }));
}
