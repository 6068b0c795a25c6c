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
}

export interface IngestResult {
  reports: Report[];
  dropped: DroppedLine[];
  files: FileSummary[];
  warnings: string[];
}

/** The whole pipeline: files in, reports plus a full account of every line left out. */
export function ingest(files: RawFile[]): IngestResult {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const dropped: DroppedLine[] = [];
  const warnings: string[] = [];
  const candidates: Candidate[] = [];
  const fileStats = new Map<string, { lines: number; blank: number }>();
  for (const file of sorted) {
    const split = splitFile(file.name, file.content);
    fileStats.set(file.name, { lines: split.lineCount, blank: split.blank });
    for (const t of split.trimmed) dropped.push({ ...ref(t), reason: 'table-pipe', text: t.text });
    const segmented = segmentFile(file.name, classifyJunk(split.pieces, isTitle));
    for (const d of segmented.dropped) dropped.push({ ...ref(d.piece), reason: d.reason, text: d.piece.text });
    candidates.push(...segmented.drafts.map(toCandidate));
  }
  const merged = mergeDuplicates(candidates);
  inferYearsFromSessions(merged);
  const reports: Report[] = [];
  const usedIds = new Set<string>();
  for (const c of merged) {
    const where = `${c.draft.file}:${c.sources[0]!.firstLine}`;
    if (!c.place) {
      warnings.push(`${where}: 无法确定城市，已跳过该报告（请在 src/corpus/gazetteer.ts 中登记）`);
      for (const p of [c.draft.title, ...c.draft.header, ...c.draft.body])
        if (p) dropped.push({ ...ref(p), reason: 'unknown-place', text: p.text });
      continue;
    }
    if (c.year === undefined) {
      warnings.push(`${where}: 无法确定${c.place.name}报告的年份，已跳过`);
      for (const p of [c.draft.title, ...c.draft.header, ...c.draft.body])
        if (p) dropped.push({ ...ref(p), reason: 'unknown-year', text: p.text });
      continue;
    }
    if (c.place.province === '未知')
      warnings.push(`${where}: ${c.place.name}不在 src/corpus/gazetteer.ts 中，省份和级别记为“未知”；请登记该地`);
    const slug = c.place.slug || slugOf(c.place.name);
    let id = `${slug}-${c.year}`;
    for (let k = 2; usedIds.has(id); k += 1) id = `${slug}-${c.year}${String.fromCharCode(96 + k)}`;
    usedIds.add(id);
    reports.push(buildReport(c, id, dropped));
  }
  reports.sort((a, b) => a.short.localeCompare(b.short, 'zh-Hans-CN') || a.year - b.year || a.id.localeCompare(b.id));
  dropped.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  return { reports, dropped, files: summarise(sorted, fileStats, reports, dropped), warnings };
}
