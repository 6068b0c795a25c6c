import type { Place } from '../corpus/gazetteer.js';
import type { MetaLine, ReportSource } from '../corpus/types.js';
import {
  type HeaderFacts,
  isMeetingLine,
  isSpeakerLine,
  placeFromOpening,
  readHeader,
  type Session,
  sessionFromBody,
  WEIGHT,
  yearCluesInBody,
} from './metadata.js';
import type { Piece } from './pieces.js';
import { placeFromBody } from './placeFromBody.js';
import type { Draft } from './segment.js';
import { type StructuredPiece, structureBody } from './structure.js';

/** One report found in a file, with what its header and body say of its place and year. */
export interface Candidate {
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

/** Where a piece of text came from, as the corpus records it. */
export function ref(p: Piece): { file: string; line: number; col: number } {
  return { file: p.file, line: p.line, col: p.col };
}

function lineRange(draft: Draft): ReportSource {
  const lines = [draft.title, ...draft.otherTitles, ...draft.header, ...draft.body]
    .filter((p): p is Piece => !!p)
    .map((p) => p.line);
  return { file: draft.file, firstLine: Math.min(...lines), lastLine: Math.max(...lines), role: 'kept' };
}

/**
 * A speaker, meeting or date named only by the collector's 报告人 or 标题 line is quoted from that line (the
 * report's own header lines, when they name them, are quoted instead).
 */
function preambleMeta(draft: Draft, facts: HeaderFacts): MetaLine[] {
  const out: MetaLine[] = [];
  const speakerInHeader = draft.header.some((h) => isSpeakerLine(h.text));
  const meetingInHeader = [...(draft.title ? [draft.title] : []), ...draft.otherTitles, ...draft.header].some((h) =>
    isMeetingLine(h.text),
  );
  if (draft.preambleTitle && (facts.meeting || facts.date) && !meetingInHeader)
    out.push({ role: 'meeting', text: draft.preambleTitle.text.trim(), source: ref(draft.preambleTitle) });
  if (draft.preambleSpeaker && facts.speaker && !speakerInHeader)
    out.push({ role: 'speaker', text: draft.preambleSpeaker.text.trim(), source: ref(draft.preambleSpeaker) });
  return out;
}

export function toCandidate(draft: Draft): Candidate {
  const structured = structureBody(draft.body);
  const facts = readHeader([...draft.otherTitles, ...(draft.title ? [draft.title] : [])], draft.header, draft.preamble);
  const headings = structured
    .filter((s) => s.kind === 'heading' || s.section.length > 0)
    .map((s) => (s.kind === 'heading' ? s.piece.text : s.section.at(-1)!));
  const texts = draft.body.map((p) => p.text);
  const yearEvidence = [...facts.yearEvidence];
  let year = facts.year;
  // The headings (回顾2025年, 2026年工作安排) outweigh a collector's fields but not the report's own header.
  const clues = yearCluesInBody([...new Set(headings)]);
  const firstClue = clues[0];
  if (firstClue && (year === undefined || (facts.yearWeight ?? 0) < WEIGHT.headings) && firstClue.year !== year) {
    if (year !== undefined)
      for (let i = 0; i < yearEvidence.length; i += 1)
        yearEvidence[i] = `${yearEvidence[i]}（指向${year}年，与采用的年份不符）`;
    year = firstClue.year;
    yearEvidence.unshift(firstClue.evidence);
    clues.shift();
  }
  for (const clue of clues)
    yearEvidence.push(clue.year === year ? clue.evidence : `${clue.evidence}（指向${clue.year}年，与采用的年份不符）`);
  const bodySession = sessionFromBody(texts);
  const session = facts.session ?? bodySession?.session;
  if (bodySession && !facts.session) yearEvidence.push(bodySession.evidence);
  let place = facts.place;
  let placeEvidence = facts.placeEvidence;
  let placeWeight = place ? (facts.placeWeight ?? 0) : 0;
  const opening = placeFromOpening(texts);
  if (opening?.place && placeWeight < WEIGHT.opening) {
    place = opening.place;
    placeEvidence = opening.evidence;
    placeWeight = WEIGHT.opening;
  }
  if (placeWeight < WEIGHT.body) {
    // Nothing above the body names the place (我代表市人民政府): the place the body itself is about, if one clearly is.
    const guess = placeFromBody(texts, opening?.level);
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
    extraMeta: preambleMeta(draft, facts),
    duplicates: [],
  };
}
