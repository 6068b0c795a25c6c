import type { Place } from '../corpus/gazetteer.js';
import type { MetaLine, ReportSource } from '../corpus/types.js';
import {
  type HeaderFacts,
  placeFromOpening,
  readHeader,
  type Session,
  sessionFromBody,
  yearCluesInBody,
} from './metadata.js';
import type { Piece } from './pieces.js';
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
  const lines = [draft.title, ...draft.header, ...draft.body].filter((p): p is Piece => !!p).map((p) => p.line);
  return { file: draft.file, firstLine: Math.min(...lines), lastLine: Math.max(...lines), role: 'kept' };
}

export function toCandidate(draft: Draft): Candidate {
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
    const guess = placeFromOpening(texts);
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
