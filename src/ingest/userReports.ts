import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadReports } from '../corpus/corpus.js';
import type { Report } from '../corpus/types.js';
import { writeFileAtomic } from '../support/atomicFile.js';
import type { Decoded } from './decode.js';
import { readReportFile } from './formats.js';
import { type IngestResult, ingest, type RawFile } from './ingest.js';
import { writeCorpus } from './write.js';

/**
 * Reports users add (from Discord) live in a data folder of their own (DATA_DIR), outside the committed
 * corpus, so updates never touch them: raw/ (their files), staging/ (files shown but not yet confirmed),
 * the ingested corpus (catalog.json, reports/), and audit.log (who added or removed what, one JSON line each).
 */
export interface UserReports {
  dir: string;
  /** Ids of the committed corpus: taken, so a user's report never changes an existing one. */
  reservedIds: readonly string[];
  /**
   * How a file is read: readReportFile in this thread by default; the bot passes readUploadIsolated, a
   * worker with memory and time limits, so no upload can take it down or hold other users up.
   */
  read?: (name: string, bytes: Uint8Array) => Promise<Decoded>;
}

export interface Staged {
  id: string;
  /** What the report would be once confirmed. */
  reports: Report[];
}

export type StageOutcome = { ok: true; staged: Staged } | { ok: false; problems: string[] };

const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

async function rawFiles(store: UserReports): Promise<RawFile[]> {
  const rawDir = path.join(store.dir, 'raw');
  await mkdir(rawDir, { recursive: true });
  const out: RawFile[] = [];
  for (const name of (await readdir(rawDir)).sort()) {
    const read = await (store.read ?? readReportFile)(name, await readFile(path.join(rawDir, name)));
    if (read.ok) out.push({ name, content: read.text });
  }
  return out;
}

/** Reports removed from a file that holds others too: the file stays, these ids are left out of the corpus. */
const REMOVED = 'removed.json';
/** A staged upload nobody confirmed is dropped after this long. */
export const STAGING_TTL_MS = 24 * 60 * 60 * 1000;

async function removedIds(store: UserReports): Promise<string[]> {
  try {
    return (JSON.parse(await readFile(path.join(store.dir, REMOVED), 'utf8')) as { ids: string[] }).ids;
  } catch {
    return [];
  }
}

/** The ids the users' reports were published under, by the raw file they came from. */
function publishedIds(store: UserReports): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let reports: Report[] = [];
  try {
    reports = loadReports(store.dir);
  } catch {
    // A damaged corpus is rebuilt from raw/: ids then follow the files' order, as on a first ingest.
  }
  for (const r of reports)
    for (const source of r.sources) out.set(source.file, [...(out.get(source.file) ?? []), r.id]);
  return out;
}

async function ingestAll(store: UserReports, files: RawFile[]): Promise<IngestResult> {
  const result = ingest(files, { reservedIds: store.reservedIds, previousIds: publishedIds(store) });
  const removed = new Set(await removedIds(store));
  return removed.size ? { ...result, reports: result.reports.filter((r) => !removed.has(r.id)) } : result;
}

/** Rebuilds the users' corpus from raw/ (the repair for a damaged file there); returns its reports. */
export async function rebuildUserCorpus(store: UserReports): Promise<Report[]> {
  const result = await ingestAll(store, await rawFiles(store));
  await writeCorpus(store.dir, result);
  return result.reports;
}

/** Staged uploads older than the TTL, and their files, go: an unconfirmed PDF must not stay forever. */
export async function expireStaging(store: UserReports, now = Date.now()): Promise<number> {
  const staging = path.join(store.dir, 'staging');
  let names: string[];
  try {
    names = await readdir(staging);
  } catch {
    return 0;
  }
  let expired = 0;
  for (const name of names) {
    const file = path.join(staging, name);
    if (now - (await stat(file)).mtimeMs < STAGING_TTL_MS) continue;
    await rm(file, { force: true });
    if (name.endsWith('.json')) expired += 1;
  }
  return expired;
}

export async function audit(store: UserReports, entry: Record<string, unknown>): Promise<void> {
  await mkdir(store.dir, { recursive: true });
  await appendFile(
    path.join(store.dir, 'audit.log'),
    `${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`,
  );
}

/** Reads an uploaded file and ingests it beside the users' other files, in memory; keeps it in staging/. */
export async function stageAddition(
  store: UserReports,
  fileName: string,
  bytes: Uint8Array,
  owner: string,
): Promise<StageOutcome> {
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, problems: ['文件超过 20 MB，不像一份报告。'] };
  const name = path.basename(fileName).replace(/[^\p{Script=Han}\w.-]/gu, '_') || 'report.txt';
  const read = await (store.read ?? readReportFile)(name, bytes);
  if (!read.ok) return { ok: false, problems: [read.reason] };
  await expireStaging(store);
  const existing = await rawFiles(store);
  const id = randomBytes(6).toString('hex');
  const stagedName = `${id}_${name}`;
  const result = await ingestAll(store, [...existing, { name: stagedName, content: read.text }]);
  if (result.errors.length > 0)
    return { ok: false, problems: result.errors.map((e) => e.replaceAll(stagedName, name)) };
  const reports = result.reports.filter((r) => r.sources.some((s) => s.file === stagedName && s.role === 'kept'));
  if (reports.length === 0) return { ok: false, problems: ['这个文件与已有的报告相同，或没有可以导入的报告正文。'] };
  const staging = path.join(store.dir, 'staging');
  await mkdir(staging, { recursive: true });
  await writeFileAtomic(path.join(staging, stagedName), bytes);
  await writeFileAtomic(path.join(staging, `${id}.json`), JSON.stringify({ file: stagedName, owner }));
  return { ok: true, staged: { id, reports } };
}

/** Publishes a staged file: into raw/, and the users' corpus is rebuilt. Only its uploader may confirm. */
export async function confirmAddition(store: UserReports, id: string, user: string): Promise<Report[] | string> {
  const staging = path.join(store.dir, 'staging');
  let meta: { file: string; owner: string };
  try {
    meta = JSON.parse(await readFile(path.join(staging, `${id}.json`), 'utf8')) as { file: string; owner: string };
  } catch {
    return '这个待确认的报告已过期或已处理。';
  }
  if (meta.owner !== user) return '只有上传这份报告的用户可以确认。';
  if (Date.now() - (await stat(path.join(staging, `${id}.json`))).mtimeMs >= STAGING_TTL_MS) {
    await expireStaging(store);
    return '这个待确认的报告已过期或已处理。';
  }
  await mkdir(path.join(store.dir, 'raw'), { recursive: true });
  await rename(path.join(staging, meta.file), path.join(store.dir, 'raw', meta.file));
  await rm(path.join(staging, `${id}.json`), { force: true });
  const result = await ingestAll(store, await rawFiles(store));
  await writeCorpus(store.dir, result);
  const added = result.reports.filter((r) => r.sources.some((s) => s.file === meta.file));
  await audit(store, { user, action: 'add', file: meta.file, reports: added.map((r) => r.id) });
  return added;
}

export async function cancelAddition(store: UserReports, id: string, user: string): Promise<string> {
  const staging = path.join(store.dir, 'staging');
  try {
    const meta = JSON.parse(await readFile(path.join(staging, `${id}.json`), 'utf8')) as {
      file: string;
      owner: string;
    };
    if (meta.owner !== user) return '只有上传这份报告的用户可以取消。';
    await rm(path.join(staging, meta.file), { force: true });
    await rm(path.join(staging, `${id}.json`), { force: true });
    return '已取消，语料库没有改动。';
  } catch {
    return '这个待确认的报告已过期或已处理。';
  }
}

/** The reports users added. */
export function listUserReports(store: UserReports): Report[] {
  return loadReports(store.dir);
}

/** Removes a user-added report (the raw files it came from) and rebuilds the users' corpus. */
export async function removeUserReport(store: UserReports, reportId: string, user: string): Promise<string> {
  const report = listUserReports(store).find((r) => r.id === reportId.trim().toLowerCase());
  if (!report) {
    const ids = listUserReports(store).map((r) => r.id);
    return `用户添加的报告中没有“${reportId.slice(0, 40)}”。${ids.length ? `现有：${ids.join('、')}。` : '目前没有用户添加的报告。'}`;
  }
  // A raw file that also holds other reports stays (they are not removed with it); this report's id is left
  // out of the corpus instead. A file holding only this report is moved to trash/, not deleted.
  const others = listUserReports(store).filter(
    (r) => r.id !== report.id && r.sources.some((s) => report.sources.some((mine) => mine.file === s.file)),
  );
  const moved: string[] = [];
  if (others.length > 0) {
    const ids = [...new Set([...(await removedIds(store)), report.id])];
    await writeFileAtomic(path.join(store.dir, REMOVED), `${JSON.stringify({ ids }, null, 1)}\n`);
  } else {
    const trash = path.join(store.dir, 'trash');
    await mkdir(trash, { recursive: true });
    for (const source of report.sources) {
      const kept = `${Date.now()}_${source.file}`;
      await rename(path.join(store.dir, 'raw', source.file), path.join(trash, kept)).then(
        () => moved.push(`trash/${kept}`),
        () => undefined,
      );
    }
  }
  const result = await ingestAll(store, await rawFiles(store));
  await writeCorpus(store.dir, result);
  await audit(store, {
    user,
    action: 'remove',
    report: report.id,
    files: report.sources.map((s) => s.file),
    ...(moved.length ? { movedTo: moved } : { keptFileFor: others.map((r) => r.id) }),
  });
  return `已删除 ${report.title}（${report.id}）。${others.length ? `同一文件中的 ${others.map((r) => r.id).join('、')} 保留不变。` : ''}`;
}
