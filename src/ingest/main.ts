/**
 * `npm run ingest -- [--place 某地] [--year 2025] <files or folders…>`: reads the given report files
 * (any of the formats readReportFile knows; folders walked recursively), ingests them with every file
 * already in corpus/raw/, and copies in each file that ingests whole. A file that cannot be a report, or
 * a report whose place or year the text does not say, is left out with its reasons and leaves the corpus
 * as it was for that file; the others go in. Exit 0 only when every file given went in (or was there).
 * With no files it re-ingests corpus/raw/ as it is.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { chooseEngine, parseEngineWish } from '../built/engineChoice.js';
import { savedLibraryPath, writeSavedLibrary } from '../built/savedLibrary.js';
import { searchDatabasePath, sqliteEngineFor } from '../built/searchDatabase.js';
import { loadCorpus, loadReports } from '../corpus/corpus.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import { extractFacts, type FactStore } from '../facts/store.js';
import { SearchIndex } from '../search/index.js';
import { writeFailure, writeFileAtomic } from '../support/atomicFile.js';
import { runIfMain } from '../support/isMain.js';
import { buildVocabulary } from '../vocab/build.js';
import { readReportFile } from './formats.js';
import { type IngestResult, ingest, type RawFile } from './ingest.js';
import { readInputs, SIDECAR, type Sidecar } from './inputs.js';
import { rebuildUserCorpus } from './userReports.js';
import { writeCorpus } from './write.js';

async function readRaw(dir: string, name: string): Promise<{ file?: RawFile; bytes: Buffer; problem?: string }> {
  const bytes = await readFile(path.join(dir, name));
  const decoded = await readReportFile(name, bytes);
  if (!decoded.ok) return { bytes, problem: decoded.reason };
  const sidecarPath = path.join(dir, `${name}${SIDECAR}`);
  const said = existsSync(sidecarPath) ? (JSON.parse(await readFile(sidecarPath, 'utf8')) as Sidecar) : {};
  return { bytes, file: { name, content: decoded.text, ...said } };
}

interface Staged {
  path: string;
  name: string;
  bytes: Buffer;
  sidecar: Sidecar | null;
  file: RawFile;
}

/**
 * Each new file is its own transaction: the corpus takes all of it or none of it, and one file that
 * cannot go in never holds back the others. Ingests everything, leaves out the files any error is about,
 * and ingests again until no error is left (a file left out can change another's evidence, so this repeats).
 */
function ingestFileByFile(
  existing: RawFile[],
  staged: Staged[],
  previousIds: ReadonlyMap<string, readonly string[]>,
): {
  result: IngestResult;
  accepted: Staged[];
  refused: { staged: Staged; errors: string[] }[];
  brokenCorpus: string[];
} {
  let accepted = [...staged];
  const refused: { staged: Staged; errors: string[] }[] = [];
  for (;;) {
    const result = ingest([...existing, ...accepted.map((s) => s.file)], { previousIds });
    const failing = new Set(result.refused);
    const broken = existing.filter((f) => failing.has(f.name)).map((f) => f.name);
    if (broken.length > 0) {
      const errors = result.errors.filter((e) => broken.some((name) => e.startsWith(`${name}:`)));
      return { result, accepted: [], refused, brokenCorpus: errors };
    }
    const out = accepted.filter((s) => failing.has(s.name));
    if (out.length === 0) return { result, accepted, refused, brokenCorpus: [] };
    for (const s of out) refused.push({ staged: s, errors: result.errors.filter((e) => e.startsWith(`${s.name}:`)) });
    accepted = accepted.filter((s) => !failing.has(s.name));
  }
}

/** A refusal names the file as the user gave it, not the name its raw copy would have had. */
function asGiven(error: string, s: Staged): string {
  return error.startsWith(`${s.name}:`) ? `${s.path}${error.slice(s.name.length)}` : error;
}

export async function runIngest(args: string[], dir: string = CORPUS_DIR): Promise<number> {
  if (args[0] === '--rebuild-data') return rebuildData(args[1]);
  // One ingest at a time: two would each read the corpus, and the second's catalog would lose the first's report.
  const lock = takeIngestLock(dir);
  if (typeof lock === 'string') {
    console.error(lock);
    return 1;
  }
  try {
    return await ingestLocked(args, dir);
  } catch (e) {
    // Out of space, no permission: one sentence, and what was kept (every file is written whole or not at all).
    if (!isWriteError(e)) throw e;
    console.error(
      `写入失败（${writeFailure(e)}）：${(e as NodeJS.ErrnoException).path ?? ''}。已写入的文件都是完整的，语料库仍是上一版或这一版；腾出空间后重新运行同一命令即可。`,
    );
    return 1;
  } finally {
    lock.release();
  }
}

/** The ids the corpus's reports are published under, by raw file: kept by the next ingest. */
function publishedIds(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  try {
    for (const r of loadReports(dir))
      for (const source of r.sources) out.set(source.file, [...(out.get(source.file) ?? []), r.id]);
  } catch {
    // A damaged corpus is rebuilt from raw/ as on a first ingest.
  }
  return out;
}

/** A file system error (ENOSPC, EACCES…), as opposed to a bug. */
function isWriteError(e: unknown): boolean {
  return (
    typeof (e as NodeJS.ErrnoException)?.code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string'
  );
}

/**
 * `corpus/.ingest.lock`, created exclusively with this process's id. A lock whose process is gone (killed)
 * is taken over; a live one is named, so the second ingest says so instead of racing the first.
 */
function takeIngestLock(dir: string): { release(): void } | string {
  const file = path.join(dir, '.ingest.lock');
  mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && processAlive(holder))
        return `另一个 npm run ingest 正在运行（进程 ${holder}）：请等它结束后再运行。`;
      rmSync(file, { force: true });
    }
  }
  return '无法取得语料库的写入锁（corpus/.ingest.lock）：请稍后再试。';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `npm run ingest -- --rebuild-data [dir]`: rebuilds the reports users added (DATA_DIR, default ./data)
 * from the files in its raw/ — the repair a damaged file there names.
 */
async function rebuildData(dirArg: string | undefined): Promise<number> {
  const dataDir = path.resolve(dirArg ?? process.env.DATA_DIR ?? 'data');
  const reservedIds = loadCorpus(CORPUS_DIR).reports.map((r) => r.id);
  const reports = await rebuildUserCorpus({ dir: dataDir, reservedIds });
  console.log(
    `${dataDir}: 已从 raw/ 重建 ${reports.length} 份用户添加的报告：${reports.map((r) => r.id).join('、') || '（无）'}`,
  );
  return 0;
}

/**
 * The temporary files of writes a kill interrupted (`.<name>.<pid>.<time>.tmp`): removed under the lock,
 * from the folders only ingest writes; in built/, where a starting bot may be writing, only old ones.
 */
function removeInterruptedWrites(dir: string): void {
  const interrupted = (name: string) => name.startsWith('.') && name.endsWith('.tmp');
  for (const sub of ['.', 'raw', 'reports', 'built']) {
    const folder = path.join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter(interrupted)) {
      const file = path.join(folder, name);
      if (sub === 'built' && Date.now() - statSync(file).mtimeMs < 10 * 60_000) continue;
      rmSync(file, { force: true });
    }
  }
}

async function ingestLocked(args: string[], dir: string): Promise<number> {
  removeInterruptedWrites(dir);
  const inputs = await readInputs(args);
  if (inputs.usage) {
    console.error(inputs.usage);
    return 1;
  }
  const rawDir = path.join(dir, 'raw');
  await mkdir(rawDir, { recursive: true });
  const existingNames = (await readdir(rawDir)).filter((n) => !n.endsWith(SIDECAR) && !n.startsWith('.')).sort();
  const known = new Map<string, string>();
  const existing: RawFile[] = [];
  const corpusProblems: string[] = [];
  for (const name of existingNames) {
    const raw = await readRaw(rawDir, name);
    if (raw.file) existing.push(raw.file);
    else corpusProblems.push(`corpus/raw/${name}: ${raw.problem}`);
    known.set(createHash('sha256').update(raw.bytes).digest('hex'), `corpus/raw/${name}`);
  }
  if (corpusProblems.length > 0) {
    for (const p of corpusProblems) console.error(p);
    console.error('语料库中已有的文件无法读取：没有写入任何改动。');
    return 1;
  }
  // Every file given gets a line saying what became of it; `failed` counts those that did not go in.
  const lines: string[] = [...inputs.missing, ...inputs.skipped];
  let failed = inputs.missing.length;
  const staged: Staged[] = [];
  for (const input of inputs.files) {
    const bytes = await readFile(input.path);
    const decoded = await readReportFile(input.path, bytes);
    if (!decoded.ok) {
      lines.push(`${input.path}: 未收录（${decoded.reason}）`);
      failed += 1;
      continue;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const same = known.get(hash);
    if (same) {
      lines.push(
        `${input.path}: 与${same.startsWith('corpus/') ? `语料库中的 ${same}` : ` ${same} `}内容相同，已跳过。`,
      );
      continue;
    }
    // Two downloads both called 政府工作报告.txt must never overwrite each other: a taken name gets a prefix.
    const base = path.basename(input.path);
    const taken = new Set([...existingNames, ...staged.map((s) => s.name)]);
    const name = taken.has(base) ? `${hash.slice(0, 8)}_${base}` : base;
    const sidecar = input.said.place || input.said.year !== undefined ? input.said : null;
    staged.push({ path: input.path, name, bytes, sidecar, file: { name, content: decoded.text, ...(sidecar ?? {}) } });
    known.set(hash, input.path);
  }
  const { result, accepted, refused, brokenCorpus } = ingestFileByFile(existing, staged, publishedIds(dir));
  if (brokenCorpus.length > 0) {
    for (const e of brokenCorpus) console.error(e);
    console.error('语料库中已有的报告无法收录：没有写入任何改动。');
    return 1;
  }
  for (const r of refused) {
    for (const e of r.errors) lines.push(asGiven(e, r.staged));
    lines.push(`${r.staged.path}: 未收录（见上），其他文件不受影响。`);
    failed += 1;
  }
  for (const s of accepted) {
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
    lines.push(`${s.path}: 已收录为 corpus/raw/${s.name}${what ? `，${what}` : ''}`);
  }
  // With no files named, corpus/raw is ingested again as it is; files all present already change nothing —
  // unless the corpus is behind corpus/raw (an ingest stopped after the raw copy: a full disk, a kill), when
  // the same command finishes the work.
  const reingestOnly = inputs.files.length === 0 && inputs.skipped.length === 0 && inputs.missing.length === 0;
  const published = publishedIds(dir);
  const behind = existing.some((f) => !published.has(f.name));
  if (accepted.length > 0 || reingestOnly || behind) {
    for (const s of accepted) await keepRawCopy(rawDir, s);
    await writeCorpus(dir, result);
    saveLibrary(dir);
    report(
      result,
      accepted.map((s) => s.name),
    );
  }
  const out = failed > 0 ? console.error : console.log;
  for (const line of lines) out(line);
  if (failed > 0) out(`${failed} 个文件未收录，${accepted.length} 个已收录。`);
  return failed > 0 ? 1 : 0;
}

/**
 * A file's copy in corpus/raw: its sidecar (--place/--year) first, then the file, each written whole, and
 * the copy read back and compared with what was read from the source — a short copy (a full disk) is
 * removed and said, never ingested later. The sidecar first: a kill between the two leaves a sidecar with
 * no file (ignored), never a file without the place it needs.
 */
async function keepRawCopy(rawDir: string, s: Staged): Promise<void> {
  const file = path.join(rawDir, s.name);
  const sidecar = path.join(rawDir, `${s.name}${SIDECAR}`);
  if (s.sidecar) await writeFileAtomic(sidecar, `${JSON.stringify(s.sidecar)}\n`);
  await writeFileAtomic(file, s.bytes);
  const copy = await readFile(file);
  if (!copy.equals(s.bytes)) {
    await rm(file, { force: true });
    await rm(sidecar, { force: true });
    throw Object.assign(new Error(`the copy of ${s.path} differs from the file`), {
      code: 'EIO',
      syscall: 'write',
      path: file,
    });
  }
}

/**
 * The search index, facts and vocabulary are built now, once, and saved beside the corpus: the bot and
 * the CLI open them instead of re-tokenising (and a running bot's reload is a file read). The corpus is
 * read back from disk so its fingerprint is the one a start computes from the same files.
 * With the SQLite engine (SEARCH_ENGINE, or auto for a big corpus) the index is its database instead.
 */
function saveLibrary(dir: string): void {
  const corpus = loadCorpus(dir);
  const { engine, why } = chooseEngine(corpus, parseEngineWish(process.env.SEARCH_ENGINE).wish);
  const facts = extractFacts(corpus);
  const database = searchDatabasePath(dir);
  const index =
    engine === 'sqlite'
      ? SearchIndex.build(corpus, (texts) => sqliteEngineFor(database, corpus, texts))
      : SearchIndex.build(corpus);
  writeSavedLibrary(savedLibraryPath(dir), corpus, { index, facts, vocabulary: buildVocabulary(corpus) });
  reportFacts(facts);
  console.log(
    `search engine: ${engine} (${why}); index: ${engine === 'sqlite' ? 'corpus/built/search.sqlite' : 'corpus/built/library.bin'}`,
  );
}

/** Per file what was recognised, so a user sees a mistake at once; then the facts per report. */
function report(result: IngestResult, added: string[]): void {
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
  console.log(
    `${result.reports.length} reports, ${result.reports.reduce((n, r) => n + r.paragraphs.length, 0)} paragraphs; log: corpus/ingest-log.tsv; facts and vocabulary: corpus/built/library.bin`,
  );
}

/** Every quantitative statement becomes a fact; what could not be paired is counted, not guessed. */
function reportFacts(facts: FactStore): void {
  console.log('report\tfacts\tleft out');
  for (const [id, r] of facts) {
    const leftOut = Object.entries(r.tally.leftOut)
      .map(([why, n]) => `${why}×${n}`)
      .join(', ');
    console.log(`${id}\t${r.facts.length}\t${leftOut || '—'}`);
  }
}

runIfMain(import.meta.url, () => runIngest(process.argv.slice(2)), 2);
