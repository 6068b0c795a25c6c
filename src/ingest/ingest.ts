import { pinyin } from 'pinyin-pro';
import type { Place } from '../corpus/gazetteer.js';
import { shortName } from '../corpus/gazetteer.js';
import type {
  DroppedLine,
  FileSummary,
  GlossaryEntry,
  MetaLine,
  Paragraph,
  PlaceLevel,
  Report,
  ReportSource,
} from '../corpus/types.js';
import { bodyChars, coverage, isSameReport } from './dedupe.js';
import { classifyJunk } from './junk.js';
import {
  type HeaderFacts,
  isSpeakerLine,
  isTitle,
  placeFromBody,
  readHeader,
  type Session,
  sessionFromBody,
  yearCluesInBody,
} from './metadata.js';
import { type Piece, splitFile } from './pieces.js';
import { type Draft, segmentFile } from './segment.js';
import { type StructuredPiece, structureBody } from './structure.js';

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

interface Candidate {
  draft: Draft;
  structured: StructuredPiece[];
  facts: HeaderFacts;
  place?: Place;
  placeEvidence?: string;
  year?: number;
  yearEvidence: string[];
  session?: Session;
  sources: ReportSource[];
  /** Title and header lines of duplicate copies, kept as metadata of this report. */
  extraMeta: MetaLine[];
  duplicates: { draft: Draft; matches: number[] }[];
}

const COLOPHON = /秘书处.{0,20}印$/u;
const GLOSSARY_SECTION = /名词解释|缩略语|注释/u;
const GLOSSARY_ENTRY = /^【(\d+)】(.+?)[:：]([\s\S]+)$/u;
const FOOTNOTE = /\[(\d+)\]/gu;

function lineRange(draft: Draft): ReportSource {
  const lines = [draft.title, ...draft.header, ...draft.body].filter((p): p is Piece => !!p).map((p) => p.line);
  return { file: draft.file, firstLine: Math.min(...lines), lastLine: Math.max(...lines), role: 'kept' };
}

function toCandidate(draft: Draft): Candidate {
  const structured = structureBody(draft.body);
  const facts = readHeader(draft.title, draft.header);
  const headings = structured
    .filter((s) => s.kind === 'heading' || s.section.length > 0)
    .map((s) => (s.kind === 'heading' ? s.piece.text : s.section.at(-1)!));
  const texts = draft.body.map((p) => p.text);
  const yearEvidence = [...facts.yearEvidence];
  let year = facts.year;
  for (const clue of yearCluesInBody([...new Set(headings)])) {
    if (year === undefined) year = clue.year;
    yearEvidence.push(clue.year === year ? clue.evidence : `${clue.evidence}（指向${clue.year}年，与采用的年份不符）`);
  }
  const bodySession = sessionFromBody(texts);
  const session = facts.session ?? bodySession?.session;
  if (bodySession && !facts.session) yearEvidence.push(bodySession.evidence);
  let place = facts.place;
  let placeEvidence = facts.placeEvidence;
  if (!place) {
    const guess = placeFromBody(texts);
    if (guess) ({ place, evidence: placeEvidence } = guess);
  }
  return {
    draft,
    structured,
    facts,
    place,
    placeEvidence,
    year,
    yearEvidence,
    session,
    sources: [lineRange(draft)],
    extraMeta: [],
    duplicates: [],
  };
}

/** Merges copies of one report (by content), keeping the most complete and filling its metadata from the others. */
function mergeDuplicates(candidates: Candidate[]): Candidate[] {
  const order = [...candidates].sort((a, b) => bodyChars(b.draft.body) - bodyChars(a.draft.body));
  const kept: Candidate[] = [];
  for (const c of order) {
    let into: Candidate | undefined;
    let matches: number[] = [];
    for (const k of kept) {
      const cover = coverage(c.draft.body, k.draft.body);
      if (isSameReport(cover)) {
        into = k;
        matches = cover.matches;
        break;
      }
    }
    if (!into) {
      kept.push(c);
      continue;
    }
    into.duplicates.push({ draft: c.draft, matches });
    into.sources.push({ ...c.sources[0]!, role: 'duplicate' });
    if (c.draft.title) into.extraMeta.push({ role: 'title', text: c.draft.title.text, source: ref(c.draft.title) });
    for (const h of c.draft.header)
      into.extraMeta.push({ role: isSpeakerLine(h.text) ? 'speaker' : 'meeting', text: h.text, source: ref(h) });
    // A place named in the copy's title or header beats one guessed from word counts in the body.
    if (c.facts.place && (!into.place || into.placeEvidence?.startsWith('正文'))) {
      into.place = c.facts.place;
      into.placeEvidence = `${c.facts.placeEvidence}（来自重复副本 ${c.draft.file}）`;
    }
    into.facts = { ...c.facts, ...definedOnly(into.facts) };
    if (c.facts.year !== undefined) {
      // A dated header outranks clues read from headings, so it becomes the year and comes first.
      if (into.facts.yearEvidence.length === 0) into.year = c.facts.year;
      into.yearEvidence.unshift(...c.facts.yearEvidence.map((e) => `${e}（来自重复副本 ${c.draft.file}）`));
    }
    into.session ??= c.session;
  }
  // Back to input order, so ids and output do not depend on sizes.
  return candidates.filter((c) => kept.includes(c));
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Same place, same term of the people's congress: sittings are one year apart, so a dated report dates the others. */
function inferYearsFromSessions(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.year !== undefined || !c.session || !c.place) continue;
    const anchor = candidates.find(
      (a) => a !== c && a.year !== undefined && a.session?.term === c.session!.term && a.place?.name === c.place!.name,
    );
    if (!anchor) continue;
    c.year = anchor.year! + (c.session.sitting - anchor.session!.sitting);
    c.yearEvidence.push(
      `同届人大推算：${anchor.year}年的报告为第${anchor.session!.sitting}次会议，本报告为第${c.session.sitting}次会议`,
    );
  }
}

function ref(p: Piece) {
  return { file: p.file, line: p.line, col: p.col };
}

function slugOf(name: string): string {
  return (
    pinyin(shortName(name), { toneType: 'none', type: 'array' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/gu, '') || 'report'
  );
}

function buildReport(c: Candidate, id: string, dropped: DroppedLine[]): Report {
  const place = c.place!;
  const meta: MetaLine[] = [];
  if (c.draft.title) meta.push({ role: 'title', text: c.draft.title.text, source: ref(c.draft.title) });
  for (const h of c.draft.header)
    meta.push({ role: isSpeakerLine(h.text) ? 'speaker' : 'meeting', text: h.text, source: ref(h) });
  meta.push(...c.extraMeta);
  const paragraphs: Paragraph[] = [];
  const bodyIndexToId = new Map<number, string>();
  let inGlossary = false;
  c.structured.forEach((s, bodyIndex) => {
    if (COLOPHON.test(s.piece.text)) {
      meta.push({ role: 'colophon', text: s.piece.text, source: ref(s.piece) });
      return;
    }
    if (s.kind === 'heading' && s.level === 1) inGlossary = GLOSSARY_SECTION.test(s.piece.text);
    const n = paragraphs.length + 1;
    const pid = `${id}-${n}`;
    bodyIndexToId.set(bodyIndex, pid);
    const kind = inGlossary && s.kind === 'paragraph' && GLOSSARY_ENTRY.test(s.piece.text) ? 'glossary' : s.kind;
    const paragraph: Paragraph = { id: pid, n, kind, section: s.section, text: s.piece.text, source: ref(s.piece) };
    if (s.level !== undefined) paragraph.level = s.level;
    paragraphs.push(paragraph);
  });
  const glossary: GlossaryEntry[] = paragraphs
    .filter((p) => p.kind === 'glossary')
    .map((p) => {
      const m = GLOSSARY_ENTRY.exec(p.text)!;
      return { marker: Number(m[1]), term: m[2]!.trim(), definition: m[3]!.trim(), paragraphId: p.id };
    });
  const terms = new Map(glossary.map((g) => [g.marker, g.term]));
  for (const p of paragraphs) {
    if (p.kind === 'glossary') continue;
    const refs = [...p.text.matchAll(FOOTNOTE)]
      .map((m) => Number(m[1]))
      .filter((n) => terms.has(n))
      .map((marker) => ({ marker, term: terms.get(marker)! }));
    if (refs.length > 0) p.glossaryRefs = refs;
  }
  for (const dup of c.duplicates) {
    dup.draft.body.forEach((piece, i) => {
      const at = dup.matches[i]!;
      const target = at >= 0 ? bodyIndexToId.get(at) : undefined;
      dropped.push({
        ...ref(piece),
        reason: target ? `duplicate-of ${target}` : `duplicate-extra ${id}`,
        text: piece.text,
      });
    });
  }
  const facts = c.facts;
  return {
    id,
    city: place.name,
    short: place.short,
    province: place.province,
    level: place.level as PlaceLevel,
    parent: place.parent,
    year: c.year!,
    yearEvidence: c.yearEvidence,
    title: `${c.year}年${place.name}政府工作报告`,
    date: facts.date ?? null,
    meeting: facts.meeting ?? null,
    speaker: facts.speaker ?? null,
    speakerRole: facts.speakerRole ?? null,
    sources: c.sources,
    meta,
    paragraphs,
    glossary,
  };
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

function summarise(
  files: RawFile[],
  stats: Map<string, { lines: number; blank: number }>,
  reports: Report[],
  dropped: DroppedLine[],
): FileSummary[] {
  return files.map((f) => {
    const keptLines = new Set<number>();
    const reportIds = new Set<string>();
    for (const r of reports) {
      for (const p of r.paragraphs)
        if (p.source.file === f.name) {
          keptLines.add(p.source.line);
          reportIds.add(r.id);
        }
      for (const m of r.meta)
        if (m.source.file === f.name) {
          keptLines.add(m.source.line);
          reportIds.add(r.id);
        }
      if (r.sources.some((s) => s.file === f.name)) reportIds.add(r.id);
    }
    const droppedHere = dropped.filter((d) => d.file === f.name);
    const droppedLines = new Set(droppedHere.map((d) => d.line).filter((l) => !keptLines.has(l)));
    const byReason: Record<string, number> = {};
    for (const d of droppedHere) {
      const reason = d.reason.split(' ')[0]!;
      byReason[reason] = (byReason[reason] ?? 0) + 1;
    }
    const s = stats.get(f.name)!;
    return {
      file: f.name,
      lines: s.lines,
      blank: s.blank,
      kept: keptLines.size,
      dropped: droppedLines.size,
      droppedByReason: Object.fromEntries(Object.entries(byReason).sort(([a], [b]) => a.localeCompare(b))),
      reports: [...reportIds].sort(),
    };
  });
}
