import { alternatives, LEXICON } from '../lexicon/lexicon.js';
import { leadingSpaceLength, trimSpace } from '../text/normalize.js';

/** A non-blank stretch of one input line: usually the whole line, sometimes one paragraph of it. */
export interface Piece {
  file: string;
  line: number;
  col: number;
  text: string;
}

/** A line this long holding several space-separated sentences is a flattened report (温州 2023 is one 50,000-character line). */
const FLATTENED_LINE_CHARS = 1000;
const TRAILING_PIPE = /\s*[|｜]\s*$/u;

export interface SplitFile {
  pieces: Piece[];
  /** Table-cell pipes cut off the end of a line: not report text, but logged like any dropped text. */
  trimmed: Piece[];
  lineCount: number;
  blank: number;
}

export function splitFile(file: string, content: string): SplitFile {
  // CRLF (Windows), LF, and CR alone (old Mac editors): each is one line break.
  const lines = content.replace(/^\ufeff/u, '').split(/\r\n|\n|\r/u);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const pieces: Piece[] = [];
  const trimmed: Piece[] = [];
  let blank = 0;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (trimSpace(raw) === '') {
      blank += 1;
      return;
    }
    let body = raw;
    const pipe = TRAILING_PIPE.exec(body);
    if (pipe && /\p{Script=Han}/u.test(body.slice(0, pipe.index))) {
      const pipeCol = pipe.index + leadingSpaceLength(pipe[0]);
      trimmed.push({ file, line, col: pipeCol, text: trimSpace(pipe[0]) });
      body = body.slice(0, pipe.index);
    }
    for (const part of splitFlattened(body))
      for (const piece of splitGluedHeading(part)) pieces.push({ file, line, col: piece.col, text: piece.text });
  });
  return { pieces, trimmed, lineCount: lines.length, blank };
}

/** Splits a flattened report at the spaces between its paragraphs; an ordinary line comes back whole. */
export function splitFlattened(line: string): { col: number; text: string }[] {
  const parts: { col: number; text: string }[] = [];
  if (trimSpace(line).length < FLATTENED_LINE_CHARS) {
    return [{ col: leadingSpaceLength(line), text: trimSpace(line) }];
  }
  // In the flattened copies every space run is a paragraph break (checked on all 65 of 温州 2023).
  const re = /[^\s\u00a0\u3000]+/gu;
  for (const m of line.matchAll(re)) parts.push({ col: m.index ?? 0, text: m[0] });
  return parts;
}

/**
 * `一、2004年政府工作回顾2004年，市人民政府…`: a part's heading glued to its first paragraph, as some web
 * copies have them. Split after the heading's last words (the lexicon's headingEnds) when a sentence follows at once; the two pieces
 * keep their columns, so both stay verbatim and traceable.
 */
const GLUED_HEADING = new RegExp(
  String.raw`^([一二三四五六七八九十]+、[^。，；：:！？\s]{2,36}?(?:${alternatives(LEXICON.headingEnds.words)}))([\s\u3000]*)(?=[^\s。，；：:、）)”]{2})`,
  'u',
);
const MIN_GLUED_BODY = 30;

export function splitGluedHeading(part: { col: number; text: string }): { col: number; text: string }[] {
  const m = GLUED_HEADING.exec(part.text);
  if (!m || part.text.length - m[0].length < MIN_GLUED_BODY) return [part];
  const heading = m[1]!;
  const gap = m[2]!.length;
  return [
    { col: part.col, text: heading },
    { col: part.col + heading.length + gap, text: part.text.slice(heading.length + gap) },
  ];
}
