/**
 * `npm run ingest -- <files…>`: copies the given raw report files into corpus/raw/ and re-ingests
 * every file there, so adding next year's report is one command and the corpus never forgets older files.
 * With no files it re-ingests corpus/raw/ as it is.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Corpus } from '../corpus/corpus.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import { extractFacts } from '../facts/store.js';
import { ingest } from './ingest.js';
import { writeCorpus } from './write.js';

async function main(args: string[]): Promise<number> {
  const rawDir = path.join(CORPUS_DIR, 'raw');
  await mkdir(rawDir, { recursive: true });
  for (const file of args) await copyFile(file, path.join(rawDir, path.basename(file)));
  const names = (await readdir(rawDir)).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) {
    console.error('corpus/raw/ 中没有报告文件。用法：npm run ingest -- <报告文件…>');
    return 1;
  }
  const files = await Promise.all(
    names.map(async (name) => ({ name, content: await readFile(path.join(rawDir, name), 'utf8') })),
  );
  const result = ingest(files);
  await writeCorpus(CORPUS_DIR, result);
  console.log('file\tlines\tblank\tkept\tdropped\treports');
  for (const f of result.files)
    console.log(`${f.file}\t${f.lines}\t${f.blank}\t${f.kept}\t${f.dropped}\t${f.reports.join(' ')}`);
  for (const f of result.files) {
    const reasons = Object.entries(f.droppedByReason)
      .map(([r, n]) => `${r}×${n}`)
      .join(', ');
    if (reasons) console.log(`  ${f.file} dropped: ${reasons}`);
  }
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  // Every quantitative statement becomes a fact; what could not be paired is counted, not guessed.
  console.log('report\tfacts\tleft out');
  for (const [id, r] of extractFacts(new Corpus(result.reports))) {
    const leftOut = Object.entries(r.tally.leftOut)
      .map(([why, n]) => `${why}×${n}`)
      .join(', ');
    console.log(`${id}\t${r.facts.length}\t${leftOut || '—'}`);
  }
  console.log(
    `${result.reports.length} reports, ${result.reports.reduce((n, r) => n + r.paragraphs.length, 0)} paragraphs; log: corpus/ingest-log.tsv`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
