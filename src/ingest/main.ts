/**
 * `npm run ingest -- [--place 某地] [--year 2025] <files or folders…>`: reads the given report files
 * (any of the encodings decodeReport knows), ingests them with every file already in corpus/raw/, and
 * only when all of it ingests copies the new files in and rewrites corpus/. A file that cannot be a
 * report, or a report whose place or year the text does not say, leaves the corpus as it was.
 * With no files it re-ingests corpus/raw/ as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chooseEngine, parseEngineWish } from '../built/engineChoice.js';
import { savedLibraryPath, writeSavedLibrary } from '../built/savedLibrary.js';
import { searchDatabasePath, sqliteEngineFor } from '../built/searchDatabase.js';
import { loadCorpus } from '../corpus/corpus.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import { extractFacts, type FactStore } from '../facts/store.js';
import { SearchIndex } from '../search/index.js';
import { runIfMain } from '../support/isMain.js';
import { buildVocabulary } from '../vocab/build.js';
import { readReportFile } from './formats.js';
import { ingest, type RawFile } from './ingest.js';
import { writeCorpus } from './write.js';

/** What the user said of a file (--place/--year), kept beside its raw copy so later ingests remember it. */
interface Sidecar {
  place?: string;
  year?: number;
}

const SIDECAR = '.meta.json';

async function readRaw(dir: string, name: string): Promise<{ file?: RawFile; bytes: Buffer; problem?: string }> {
  const bytes = await readFile(path.join(dir, name));
  const decoded = await readReportFile(name, bytes);
  if (!decoded.ok) return { bytes, problem: decoded.reason };
  const sidecarPath = path.join(dir, `${name}${SIDECAR}`);
  const said = existsSync(sidecarPath) ? (JSON.parse(await readFile(sidecarPath, 'utf8')) as Sidecar) : {};
  return { bytes, file: { name, content: decoded.text, ...said } };
}

/** The files a user named: a folder stands for the files in it. */
async function expand(paths: string[], problems: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      problems.push(`${p}: 找不到这个文件。`);
      continue;
    }
    if ((await stat(p)).isDirectory()) {
      for (const name of (await readdir(p)).sort()) if (!name.startsWith('.')) out.push(path.join(p, name));
    } else out.push(p);
  }
  return out;
}

export async function runIngest(args: string[], dir: string = CORPUS_DIR): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{
      args: string[];
      allowPositionals: true;
      options: { place: { type: 'string' }; year: { type: 'string' } };
    }>
  >;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { place: { type: 'string' }, year: { type: 'string' } },
    });
  } catch (e) {
    console.error(
      `${e instanceof Error ? e.message : String(e)}\n用法：npm run ingest -- [--place 某地] [--year 2025] <报告文件…>`,
    );
    return 1;
  }
  const year = parsed.values.year ? Number(parsed.values.year) : undefined;
  if (year !== undefined && !/^\d{4}$/u.test(parsed.values.year ?? '')) {
    console.error(`--year 应为四位年份，而不是“${parsed.values.year}”。`);
    return 1;
  }
  const rawDir = path.join(dir, 'raw');
  await mkdir(rawDir, { recursive: true });
  const problems: string[] = [];
  const existing = (await readdir(rawDir)).filter((n) => !n.endsWith(SIDECAR) && !n.startsWith('.')).sort();
  const known = new Map<string, Buffer>();
  const files: RawFile[] = [];
  for (const name of existing) {
    const raw = await readRaw(rawDir, name);
    if (raw.file) files.push(raw.file);
    else problems.push(`corpus/raw/${name}: ${raw.problem}`);
    known.set(createHash('sha256').update(raw.bytes).digest('hex'), raw.bytes);
  }
  // New files are staged in memory: nothing is copied until everything ingests.
  const staged: { path: string; name: string; bytes: Buffer; sidecar: Sidecar | null }[] = [];
  // Every file given gets a line saying what became of it (a refused one: its problem line).
  const outcomes: string[] = [];
  for (const p of await expand(parsed.positionals, problems)) {
    const bytes = await readFile(p);
    const decoded = await readReportFile(p, bytes);
    if (!decoded.ok) {
      // The problem line is this file's line: printed once, with the others.
      problems.push(`${p}: 未收录（${decoded.reason}）`);
      continue;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (known.has(hash)) {
      outcomes.push(`${p}: 与语料库中已有的文件内容相同，已跳过。`);
      continue;
    }
    // Two downloads both called 政府工作报告.txt must never overwrite each other: a taken name gets a prefix.
    const base = path.basename(p);
    const taken = new Set([...existing, ...staged.map((s) => s.name)]);
    const name = taken.has(base) ? `${hash.slice(0, 8)}_${base}` : base;
    const sidecar = parsed.values.place || year !== undefined ? { place: parsed.values.place, year } : null;
    staged.push({ path: p, name, bytes, sidecar });
    files.push({ name, content: decoded.text, ...(sidecar ?? {}) });
    known.set(hash, bytes);
  }
  const result = ingest(files);
  for (const problem of [...problems, ...result.errors]) console.error(problem);
  if (problems.length > 0 || result.errors.length > 0) {
    for (const s of staged) outcomes.push(`${s.path}: 未写入（同批有错误，整批未收录）`);
    for (const line of outcomes) console.error(line);
    console.error('没有写入任何改动：语料库保持原样。');
    return 1;
  }
  for (const s of staged) {
    const ids = result.files.find((f) => f.file === s.name)?.reports ?? [];
    const merged = result.reports.filter((r) =>
      r.sources.some((src) => src.file === s.name && src.role === 'duplicate'),
    );
    const what = [
      ids.length ? `报告 ${ids.join('、')}` : '',
      merged.length ? `并入 ${merged.map((r) => r.id).join('、')}（同一报告的副本）` : '',
    ]
      .filter(Boolean)
      .join('，');
    outcomes.push(`${s.path}: 已收录为 corpus/raw/${s.name}${what ? `，${what}` : ''}`);
  }
  for (const s of staged) {
    await writeFile(path.join(rawDir, s.name), s.bytes);
    if (s.sidecar) await writeFile(path.join(rawDir, `${s.name}${SIDECAR}`), `${JSON.stringify(s.sidecar)}\n`);
  }
  await writeCorpus(dir, result);
  // The search index, facts and vocabulary are built now, once, and saved beside the corpus: the bot and
  // the CLI open them instead of re-tokenising (and a running bot's reload is a file read). The corpus is
  // read back from disk so its fingerprint is the one a start computes from the same files.
  // With the SQLite engine (SEARCH_ENGINE, or auto for a big corpus) the index is its database instead.
  const corpus = loadCorpus(dir);
  const { engine, why } = chooseEngine(corpus, parseEngineWish(process.env.SEARCH_ENGINE).wish);
  const facts = extractFacts(corpus);
  const database = searchDatabasePath(dir);
  const index =
    engine === 'sqlite'
      ? SearchIndex.build(corpus, (texts) => sqliteEngineFor(database, corpus, texts))
      : SearchIndex.build(corpus);
  writeSavedLibrary(savedLibraryPath(dir), corpus, { index, facts, vocabulary: buildVocabulary(corpus) });
  report(
    result,
    staged.map((s) => s.name),
    facts,
  );
  console.log(
    `search engine: ${engine} (${why}); index: ${engine === 'sqlite' ? 'corpus/built/search.sqlite' : 'corpus/built/library.bin'}`,
  );
  for (const line of outcomes) console.log(line);
  return 0;
}

/** Per file what was recognised, so a user sees a mistake at once; then the facts per report. */
function report(result: ReturnType<typeof ingest>, added: string[], facts: FactStore): void {
  console.log('file\tlines\tblank\tkept\tdropped\treports');
  for (const f of result.files) {
    const mark = added.includes(f.file) ? ' (new)' : '';
    console.log(`${f.file}${mark}\t${f.lines}\t${f.blank}\t${f.kept}\t${f.dropped}\t${f.reports.join(' ')}`);
    const reasons = Object.entries(f.droppedByReason)
      .map(([r, n]) => `${r}×${n}`)
      .join(', ');
    if (reasons) console.log(`  dropped: ${reasons}`);
  }
  for (const r of result.reports.filter((x) => x.sources.some((s) => added.includes(s.file)))) {
    console.log(
      `  → ${r.id}: ${r.city}（${r.level}，${r.province}），${r.year}年，${r.paragraphs.length} 段，${r.yearEvidence[0] ?? ''}`,
    );
  }
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  // Every quantitative statement becomes a fact; what could not be paired is counted, not guessed.
  console.log('report\tfacts\tleft out');
  for (const [id, r] of facts) {
    const leftOut = Object.entries(r.tally.leftOut)
      .map(([why, n]) => `${why}×${n}`)
      .join(', ');
    console.log(`${id}\t${r.facts.length}\t${leftOut || '—'}`);
  }
  console.log(
    `${result.reports.length} reports, ${result.reports.reduce((n, r) => n + r.paragraphs.length, 0)} paragraphs; log: corpus/ingest-log.tsv; facts and vocabulary: corpus/built/library.bin`,
  );
}

runIfMain(import.meta.url, () => runIngest(process.argv.slice(2)), 2);
