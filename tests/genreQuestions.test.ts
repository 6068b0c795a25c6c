import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../src/corpus/corpus.js';
import { CORPUS_DIR, PROJECT_ROOT } from '../src/corpus/paths.js';
import { readReportFile } from '../src/ingest/formats.js';
import { ingest, type RawFile } from '../src/ingest/ingest.js';
import { buildLibrary } from '../src/query/library.js';
import { QUESTION_SETS } from './fixtures/figureQuestions.js';
import { type Scored, score, summary } from './helpers/scoreQuestions.js';

/**
 * The question sets written on the genre corpus, asked of the seeds with ../shared/genre ingested beside
 * them. Every set: no wrong and no invented answer. A held-out set is printed beside its first run.
 */
const GENRE = process.env.GOVREPORT_GENRE_DIR ?? path.join(PROJECT_ROOT, '..', 'shared', 'genre');
const sets = QUESTION_SETS.filter((s) => s.corpus === 'seeds+genre');

async function filesUnder(dir: string): Promise<RawFile[]> {
  const out: RawFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...(await filesUnder(full)));
    else if (!name.endsWith('.meta.json')) {
      const read = await readReportFile(name, readFileSync(full));
      if (read.ok) out.push({ name: `${path.basename(dir)}__${name}`, content: read.text });
    }
  }
  return out;
}

const results = new Map<string, Scored[]>();

describe('labelled figure questions on the genre corpus', async () => {
  const files = [...(await filesUnder(path.join(CORPUS_DIR, 'raw'))), ...(await filesUnder(GENRE))];
  const ingested = ingest(files);
  const library = buildLibrary(new Corpus(ingested.reports));

  for (const set of sets) {
    it(`${set.name} (${set.status}): no wrong and no invented answer`, () => {
      const scored = set.questions.map((q) => score(library, q));
      results.set(set.name, scored);
      for (const s of scored) if (s.verdict !== 'right') console.log(`  ${s.verdict}: ${s.question.q} → ${s.why}`);
      const bad = scored.filter((s) => s.verdict === 'wrong' || s.verdict === 'invented').map((s) => s.question.q);
      expect(bad).toEqual([]);
    });
  }

  afterAll(() => {
    for (const set of sets) {
      const scored = results.get(set.name);
      const first = set.firstRun
        ? ` — first run ${set.firstRun.right}/${set.firstRun.of}, ${set.firstRun.wrong ?? '?'} wrong, ${set.firstRun.invented} invented`
        : ' — first run';
      if (scored) console.log(`${summary(`${set.name} (${set.status})`, scored)}${first}`);
    }
  });
});
