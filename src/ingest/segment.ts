import type { Classified } from './junk.js';
import { isDateLine, isMeetingLine, isSpeakerLine, isTitle, type Preamble } from './metadata.js';
import type { Piece } from './pieces.js';

/** One report as found in one file, before metadata and dedupe. */
export interface Draft {
  file: string;
  /** The title line the report was found by (the last of several: a page's menu entry comes first). */
  title?: Piece;
  /** Other title lines above the same report: a page's heading, a title broken over lines. */
  otherTitles: Piece[];
  header: Piece[];
  body: Piece[];
  preamble: Preamble;
  /** The collector's `报告人：` and `标题：` lines, when the file has them. */
  preambleSpeaker?: Piece;
  preambleTitle?: Piece;
}

export interface Segmented {
  drafts: Draft[];
  dropped: { piece: Piece; reason: string }[];
}

/** `各位代表：` opens a report; `各位代表！` and `各位代表，…` later in it are addresses within it. */
const OPENING = /^[\s\u3000]*各位代表\s*(?:[:：]|$)/u;
/** How far below a title its report may start (page furniture sits between them on web copies). */
const HEADER_WINDOW = 30;

/** A line that is only a person's name: two to four characters, or a name with its middle dot. */
const NAME_ALONE = /^[\p{Script=Han}·]{2,5}$/u;

function isHeaderLine(text: string): boolean {
  return (
    isMeetingLine(text) ||
    isSpeakerLine(text) ||
    isDateLine(text) ||
    (text.length <= 40 && !/[。；，,]/u.test(text) && /\d{4}年\d{1,2}月\d{1,2}日|人民代表大会|会议/u.test(text))
  );
}

/**
 * The report a title opens starts within the next pieces: an opening 各位代表 or a meeting line comes
 * before any paragraph-like text. A menu entry `政府工作报告` or a caption `…作政府工作报告` opens nothing.
 */
function opensReport(live: Classified[], at: number): boolean {
  for (let k = at + 1; k < live.length && k <= at + HEADER_WINDOW; k += 1) {
    const text = live[k]!.piece.text;
    if (OPENING.test(text) || isMeetingLine(text)) return true;
    if (isTitle(text)) return false;
    if (text.length > 80 && /[。；]/u.test(text)) return false;
  }
  return false;
}

/** Between the title and 各位代表: is there an opening ahead, so this line is page furniture, not the body? */
function openingAhead(live: Classified[], at: number): boolean {
  for (let k = at + 1; k < live.length && k <= at + HEADER_WINDOW; k += 1) {
    const text = live[k]!.piece.text;
    if (OPENING.test(text)) return true;
    if (text.length > 120) return false;
  }
  return false;
}

/**
 * Splits one file into reports. A report starts at a title that opens one (see opensReport); its header
 * runs to the opening 各位代表, and lines there that are neither title, meeting, speaker nor date are the
 * page's furniture (logged). A file without any title is one report. A title with no body after it (a
 * collection page's heading, the page title repeated in a footer) is dropped.
 */
export function segmentFile(
  file: string,
  classified: Classified[],
  preamble: Preamble = {},
  lines: { speakerLine?: Piece; titleLine?: Piece } = {},
): Segmented {
  const fromPreamble = {
    ...(lines.speakerLine ? { preambleSpeaker: lines.speakerLine } : {}),
    ...(lines.titleLine ? { preambleTitle: lines.titleLine } : {}),
  };
  const dropped: Segmented['dropped'] = [];
  const drafts: Draft[] = [];
  const live: Classified[] = [];
  for (const c of classified) {
    if (c.junk) dropped.push({ piece: c.piece, reason: c.junk });
    else live.push(c);
  }
  const starts = new Set<number>();
  live.forEach((c, i) => {
    if (isTitle(c.piece.text) && opensReport(live, i)) starts.add(i);
  });
  // A file whose titles open nothing by that test keeps the old reading: every title starts a report.
  if (starts.size === 0)
    live.forEach((c, i) => {
      if (isTitle(c.piece.text)) starts.add(i);
    });
  let current: Draft | null = null;
  let inHeader = false;
  const close = () => {
    if (!current) return;
    if (current.body.length === 0) {
      for (const p of [current.title, ...current.otherTitles, ...current.header])
        if (p) dropped.push({ piece: p, reason: 'title-without-body' });
    } else drafts.push(current);
    current = null;
  };
  live.forEach(({ piece }, i) => {
    const text = piece.text;
    if (starts.has(i)) {
      if (current && inHeader && current.body.length === 0) {
        // A second title above the same report: the page's heading, then the report's own.
        if (current.title) current.otherTitles.push(current.title);
        current.title = piece;
        return;
      }
      close();
      current = { file, title: piece, otherTitles: [], header: [], body: [], preamble, ...fromPreamble };
      inHeader = true;
      return;
    }
    if (isTitle(text) && !(current && inHeader)) {
      // A title that opens no report: a menu entry, a caption, the page title repeated in a footer.
      dropped.push({ piece, reason: 'title-without-body' });
      return;
    }
    if (!current) {
      if (starts.size > 0) {
        dropped.push({ piece, reason: 'outside-any-report' });
        return;
      }
      current = { file, otherTitles: [], header: [], body: [], preamble, ...fromPreamble };
      inHeader = true;
    }
    const draft: Draft = current;
    if (inHeader && !OPENING.test(text)) {
      if (isTitle(text)) {
        draft.otherTitles.push(piece);
        return;
      }
      // (…and a name alone between the meeting line and the opening, 周恩来 before 各位代表, is who delivered it)
      const nameAlone =
        NAME_ALONE.test(text.trim()) &&
        draft.header.some((h) => isMeetingLine(h.text)) &&
        OPENING.test(live[i + 1]?.piece.text ?? '');
      if (isHeaderLine(text) || nameAlone) {
        draft.header.push(piece);
        return;
      }
      if (openingAhead(live, i)) {
        dropped.push({ piece, reason: 'header-furniture' });
        return;
      }
    }
    inHeader = false;
    draft.body.push(piece);
  });
  close();
  return { drafts, dropped };
}
