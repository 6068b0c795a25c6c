import { placesNamed, resolvePlaceName } from '../corpus/gazetteer.js';
import type { DroppedLine, FileSummary, Report } from '../corpus/types.js';
import { buildReport, slugOf } from './assemble.js';
import { type Candidate, ref, toCandidate } from './candidate.js';
import { writtenYear } from './headerText.js';
import { classifyJunk } from './junk.js';
import { inferYearsFromSessions, kindOf, mergeDuplicates } from './merge.js';
import { isTitle, notAReport } from './metadata.js';
import { splitFile } from './pieces.js';
import { takePreamble } from './preamble.js';
import { type Draft, segmentFile } from './segment.js';
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
export function ingest(
  files: RawFile[],
  {
    reservedIds = [],
    previousIds = new Map(),
  }: {
    reservedIds?: readonly string[];
    /** The ids a file's reports were published under before (file name → ids): a published id never changes. */
    previousIds?: ReadonlyMap<string, readonly string[]>;
  } = {},
): IngestResult {
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
    const preamble = takePreamble(split.pieces);
    for (const p of preamble.used) dropped.push({ ...ref(p), reason: 'collector-preamble', text: p.text });
    const classified = classifyJunk(preamble.rest, isTitle);
    // A file that says in its first lines that it is about a report (a resolution on it) is not one.
    const opening = classified.filter((c) => !c.junk).slice(0, 3);
    const about = [preamble.fields.标题 ?? '', ...opening.map((c) => c.piece.text)].map(
      (t) => [t, notAReport(t)] as const,
    );
    const notOne = about.find(([, kind]) => kind);
    if (notOne) {
      errors.push(
        `${file.name}:${opening[0]?.piece.line ?? 1}: 这不是政府工作报告，而是${notOne[1]}（“${notOne[0].trim().slice(0, 40)}”）。没有收录。`,
      );
      refused.add(file.name);
      continue;
    }
    const segmented = segmentFile(file.name, classified, preamble.fields, preamble);
    for (const d of segmented.dropped) dropped.push({ ...ref(d.piece), reason: d.reason, text: d.piece.text });
    const before = errors.length;
    for (const draft of segmented.drafts) {
      const notOne = notAReportDraft(draft);
      if (notOne) errors.push(`${draft.file}:${firstLine(draft)}: ${notOne}没有收录。`);
      else candidates.push(withOverrides(toCandidate(draft), file, errors));
    }
    if (errors.length > before) refused.add(file.name);
  }
  const merged = mergeDuplicates(candidates, warnings);
  inferYearsFromSessions(merged);
  const reports: Report[] = [];
  // Ids another corpus already uses (the committed one, for reports users add) are taken: 嘉兴 2024 added
  // again becomes jiaxing-2024b, and no existing report's id or metadata changes.
  const usedIds = new Set<string>(reservedIds);
  // Ids published before are held for the files they came from, whatever order the files sort in now: a
  // second 朝阳区 2025 never takes chaoyang-2025 from the first (old citations and buttons would quote it).
  const present = new Set(sorted.map((f) => f.name));
  const held = new Set<string>();
  for (const [file, ids] of previousIds) if (present.has(file)) for (const id of ids) held.add(id);
  for (const id of held) usedIds.add(id);
  const claimed = new Set<string>();
  // The year's work report claims the plain id before a report on a plan of the same place and year.
  const byKind = [...merged].sort((a, b) => Number(kindOf(a) === 'plan-report') - Number(kindOf(b) === 'plan-report'));
  for (const c of byKind) {
    const where = `${c.draft.file}:${c.sources[0]!.firstLine}`;
    const how = `请用 npm run ingest -- --place ${c.place?.name ?? '某地'} --year ${c.year ?? yearStated(c) ?? '某年'} ${c.draft.file} 指定`;
    if (!c.place || c.year === undefined) refused.add(c.draft.file);
    if (!c.place) {
      errors.push(
        `${where}: 无法确定这份报告属于哪个地方（标题、会议行、报告人行、开头都没有写明地名，正文里也没有一个明显为主的地名）；读到的：${foundSoFar(c)}。${how}。`,
      );
      continue;
    }
    if (c.year === undefined) {
      errors.push(`${where}: 无法确定${c.place.name}这份报告的年份；读到的：${foundSoFar(c)}。${how}。`);
      continue;
    }
    const slug = c.place.slug || slugOf(c.place.name);
    const stem = `${slug}-${c.year}`;
    const before = c.sources
      .flatMap((source) => previousIds.get(source.file) ?? [])
      .find((x) => (x === stem || x.startsWith(stem)) && held.has(x) && !claimed.has(x));
    let id = before ?? stem;
    if (!before) {
      // A report on a five-year plan beside the year's work report is told apart by what it is.
      if (usedIds.has(id) && kindOf(c) === 'plan-report') id = `${stem}-plan`;
      for (let k = 2; usedIds.has(id); k += 1) id = `${stem}${String.fromCharCode(96 + k)}`;
    }
    usedIds.add(id);
    claimed.add(id);
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

function firstLine(draft: Draft): number {
  return Math.min(
    ...[draft.title, ...draft.otherTitles, ...draft.header, ...draft.body].flatMap((p) => (p ? [p.line] : [])),
  );
}

/** A resolution on a report, a digest of one — or text with none of a report's marks — is refused, not guessed at. */
function notAReportDraft(draft: Draft): string | null {
  for (const line of [draft.title, ...draft.otherTitles].flatMap((p) => (p ? [p.text] : []))) {
    const kind = notAReport(line);
    if (kind) return `这不是政府工作报告，而是${kind}（“${line.trim().slice(0, 40)}”）。`;
  }
  const opening = draft.body.slice(0, 12).some((p) => /^[\s\u3000]*各位代表/u.test(p.text));
  const self = /我代表.{0,16}(?:人民政府|国务院)|受国务院的委托/u.test(
    draft.body
      .slice(0, 12)
      .map((p) => p.text)
      .join(''),
  );
  const collectorTitle = /报告/u.test(draft.preamble.标题 ?? '');
  if (
    !draft.title &&
    draft.otherTitles.length === 0 &&
    draft.header.length === 0 &&
    !opening &&
    !self &&
    !collectorTitle
  )
    return '不像一份政府工作报告：没有报告标题、会议行、报告人，开头也没有“各位代表”或“我代表……政府”。';
  return null;
}

/** The year a refused report's own lines state, for the command that would add it. */
function yearStated(c: Candidate): number | null {
  const lines = [c.draft.title, ...c.draft.otherTitles, ...c.draft.header].flatMap((p) => (p ? [p.text] : []));
  for (const line of [...lines, c.draft.preamble.标题 ?? '']) {
    const year = writtenYear(line);
    if (year) return year;
  }
  return null;
}

/** What the header did say, so a refusal shows what was read rather than only what was missing. */
function foundSoFar(c: Candidate): string {
  const said = [
    ...[c.draft.title, ...c.draft.otherTitles].flatMap((p) => (p ? [`标题“${p.text.trim()}”`] : [])),
    ...c.draft.header.map((p) => `“${p.text.trim()}”`),
    c.draft.preamble.标题 ? `采集者标题“${c.draft.preamble.标题}”` : '',
    c.placeEvidence ?? '',
    ...c.yearEvidence.slice(0, 1),
  ].filter(Boolean);
  return said.length > 0 ? said.join('，') : '没有标题、会议行或报告人';
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
