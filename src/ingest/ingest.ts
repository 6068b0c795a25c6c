import { placesNamed, resolvePlaceName } from '../corpus/gazetteer.js';
import type { DroppedLine, FileSummary, Report } from '../corpus/types.js';
import { buildReport, slugOf } from './assemble.js';
import { type Candidate, ref, toCandidate } from './candidate.js';
import { classifyJunk } from './junk.js';
import { inferYearsFromSessions, mergeDuplicates } from './merge.js';
import { isTitle } from './metadata.js';
import { splitFile } from './pieces.js';
import { segmentFile } from './segment.js';
import { summarise } from './summary.js';

export interface RawFile {
  name: string;
  content: string;
  /** Said by the user (`npm run ingest -- --place 某地 --year 2025 file`) where the text does not say it. */
  place?: string;
  year?: number;
}

export interface IngestResult {
  reports: Report[];
  dropped: DroppedLine[];
  files: FileSummary[];
  warnings: string[];
  /**
   * Reports whose place or year the text does not determine, each naming the file and line and how to
   * say it. Nothing is guessed: the caller writes no corpus while there are errors.
   */
  errors: string[];
  /** The files those errors are about: a caller publishing file by file leaves exactly these out. */
  refused: string[];
}

/** The whole pipeline: files in, reports plus a full account of every line left out. */
export function ingest(files: RawFile[], { reservedIds = [] }: { reservedIds?: readonly string[] } = {}): IngestResult {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const dropped: DroppedLine[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  const refused = new Set<string>();
  const candidates: Candidate[] = [];
  const fileStats = new Map<string, { lines: number; blank: number }>();
  for (const file of sorted) {
    const split = splitFile(file.name, file.content);
    fileStats.set(file.name, { lines: split.lineCount, blank: split.blank });
    for (const t of split.trimmed) dropped.push({ ...ref(t), reason: 'table-pipe', text: t.text });
    const segmented = segmentFile(file.name, classifyJunk(split.pieces, isTitle));
    for (const d of segmented.dropped) dropped.push({ ...ref(d.piece), reason: d.reason, text: d.piece.text });
    const before = errors.length;
    candidates.push(...segmented.drafts.map((d) => withOverrides(toCandidate(d), file, errors)));
    if (errors.length > before) refused.add(file.name);
  }
  const merged = mergeDuplicates(candidates);
  inferYearsFromSessions(merged);
  const reports: Report[] = [];
  // Ids another corpus already uses (the committed one, for reports users add) are taken: 嘉兴 2024 added
  // again becomes jiaxing-2024b, and no existing report's id or metadata changes.
  const usedIds = new Set<string>(reservedIds);
  for (const c of merged) {
    const where = `${c.draft.file}:${c.sources[0]!.firstLine}`;
    const how = `请用 npm run ingest -- --place 某地 --year 2025 ${c.draft.file} 指定`;
    if (!c.place || c.year === undefined) refused.add(c.draft.file);
    if (!c.place) {
      errors.push(`${where}: 无法确定这份报告属于哪个地方（标题、会议行、报告人行都没有写明）。${how}。`);
      continue;
    }
    if (c.year === undefined) {
      errors.push(`${where}: 无法确定${c.place.name}这份报告的年份。${how}。`);
      continue;
    }
    const slug = c.place.slug || slugOf(c.place.name);
    let id = `${slug}-${c.year}`;
    for (let k = 2; usedIds.has(id); k += 1) id = `${slug}-${c.year}${String.fromCharCode(96 + k)}`;
    usedIds.add(id);
    reports.push(buildReport(c, id, dropped));
  }
  reports.sort((a, b) => a.short.localeCompare(b.short, 'zh-Hans-CN') || a.year - b.year || a.id.localeCompare(b.id));
  dropped.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  return {
    reports,
    dropped,
    files: summarise(sorted, fileStats, reports, dropped),
    warnings,
    errors,
    refused: [...refused],
  };
}

/** What the user said of a file wins over what its text says; a place the gazetteer does not know is an error. */
function withOverrides(c: Candidate, file: RawFile, errors: string[]): Candidate {
  if (file.place) {
    const place = resolvePlaceName(file.place.trim());
    if (place) {
      c.place = place;
      c.placeEvidence = `用户指定：${file.place}`;
    } else {
      const several = placesNamed(file.place.trim());
      errors.push(
        several.length > 1
          ? `${file.name}: “${file.place}”有${several.length}处：${several.map((p) => `${p.parent ?? p.province}${p.name}`).join('、')}；请连上一级写，如“${several[0]?.parent ?? several[0]?.province}${several[0]?.name}”。`
          : `${file.name}: 不认识地名“${file.place}”（按全国行政区划查找）；请写全称，如“嘉兴市”“南湖区”。`,
      );
    }
  }
  if (file.year !== undefined) {
    c.year = file.year;
    c.yearEvidence = [`用户指定：${file.year}年`, ...c.yearEvidence];
  }
  return c;
}
