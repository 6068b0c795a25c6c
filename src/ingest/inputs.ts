import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** What a user said of a file (--place/--year, or a sidecar beside it), kept beside its raw copy. */
export interface Sidecar {
  place?: string;
  year?: number;
}

/** `报告.txt.meta.json` beside a file says its place and year, as `--place/--year` would. */
export const SIDECAR = '.meta.json';

/** One file to ingest, with what was said of it. */
export interface InputFile {
  path: string;
  said: Sidecar;
}

export interface Inputs {
  files: InputFile[];
  /** A line for each thing given that is not read: a hidden file, a file type no report comes in, a missing path. */
  skipped: string[];
  /** A line for each path given that does not exist: these count as files that did not go in. */
  missing: string[];
  /** The arguments themselves are wrong: one sentence, nothing read. */
  usage?: string;
}

export const USAGE =
  '用法：npm run ingest -- [--place 某地] [--year 2025] <报告文件或文件夹…>（--place/--year 作用于其后的文件）';

/**
 * Files of these kinds are never a report: a folder walk says so and passes them by. A file named on
 * the command line is always read, whatever its name, since its content decides.
 */
const NOT_REPORT_EXTENSIONS =
  /\.(?:json|csv|tsv|xlsx?|pptx?|jpe?g|png|gif|bmp|webp|svg|ico|zip|rar|7z|gz|tgz|bz2|xz|tar|exe|dll|so|js|mjs|ts|css|py|sh|mp3|mp4|avi|mov|wav)$/iu;

const YEAR = /^\d{4}$/u;

/**
 * The command line in order: `--place X` and `--year Y` apply to the files and folders after them (a
 * folder mixes places and years, so each run of files can be told its own), until said again; `--place ''`
 * stops saying it. Folders are walked recursively, in name order.
 */
export async function readInputs(args: string[]): Promise<Inputs> {
  const files: InputFile[] = [];
  const skipped: string[] = [];
  const missing: string[] = [];
  let said: Sidecar = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const flag = /^--(place|year)(?:=(.*))?$/u.exec(arg);
    if (flag) {
      if (flag[2] === undefined) i += 1;
      const value = flag[2] ?? args[i];
      if (value === undefined) return { files, skipped, missing, usage: `--${flag[1]} 后面缺少值。\n${USAGE}` };
      if (flag[1] === 'year') {
        if (value !== '' && !YEAR.test(value))
          return { files, skipped, missing, usage: `--year 应为四位年份，而不是“${value}”。` };
        said = { ...said, year: value === '' ? undefined : Number(value) };
      } else said = { ...said, place: value.trim() || undefined };
      continue;
    }
    if (arg.startsWith('--')) return { files, skipped, missing, usage: `不认识的选项 ${arg}。\n${USAGE}` };
    if (!existsSync(arg)) {
      missing.push(`${arg}: 找不到这个文件。`);
      continue;
    }
    if ((await stat(arg)).isDirectory()) await walk(arg, said, files, skipped);
    else files.push({ path: arg, said: await withSidecar(arg, said, skipped) });
  }
  return { files, skipped, missing };
}

async function walk(dir: string, said: Sidecar, files: InputFile[], skipped: string[]): Promise<void> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.')) {
      skipped.push(`${full}: 隐藏${entry.isDirectory() ? '文件夹' : '文件'}，已跳过。`);
      continue;
    }
    if (entry.isDirectory()) await walk(full, said, files, skipped);
    else if (entry.name.endsWith(SIDECAR))
      continue; // read with the file it describes
    else if (!entry.isFile()) skipped.push(`${full}: 不是普通文件，已跳过。`);
    else if (NOT_REPORT_EXTENSIONS.test(entry.name))
      skipped.push(`${full}: ${path.extname(entry.name)} 文件不会是报告，已跳过。`);
    else files.push({ path: full, said: await withSidecar(full, said, skipped) });
  }
}

/** A sidecar beside the file adds to what the command line said; the command line wins where both say. */
async function withSidecar(file: string, said: Sidecar, notes: string[]): Promise<Sidecar> {
  const sidecar = `${file}${SIDECAR}`;
  if (!existsSync(sidecar)) return said;
  try {
    const read = JSON.parse(await readFile(sidecar, 'utf8')) as Sidecar;
    return {
      place: said.place ?? (typeof read.place === 'string' ? read.place : undefined),
      year: said.year ?? (typeof read.year === 'number' ? read.year : undefined),
    };
  } catch {
    notes.push(`${sidecar}: 不是可读的 JSON（应为 {"place": "某地", "year": 2025}），已忽略。`);
    return said;
  }
}
