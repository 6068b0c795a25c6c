import type { Classified } from './junk.js';
import { isMeetingLine, isSpeakerLine, isTitle } from './metadata.js';
import type { Piece } from './pieces.js';

/** One report as found in one file, before metadata and dedupe. */
export interface Draft {
  file: string;
  title?: Piece;
  header: Piece[];
  body: Piece[];
}

export interface Segmented {
  drafts: Draft[];
  dropped: { piece: Piece; reason: string }[];
}

const SALUTATION = /^各位代表/u;

function looksLikeHeaderLine(text: string): boolean {
  return (
    isMeetingLine(text) ||
    isSpeakerLine(text) ||
    (text.length <= 40 && !/[。；，,]/u.test(text) && /\d{4}年\d{1,2}月\d{1,2}日|人民代表大会|会议/u.test(text))
  );
}

/**
 * Splits one file into reports at their title lines. A file without any title is one report.
 * A title with no body after it (a collection page's heading, or the page title repeated in a footer) is dropped.
 */
export function segmentFile(file: string, classified: Classified[]): Segmented {
  const dropped: Segmented['dropped'] = [];
  const drafts: Draft[] = [];
  const hasTitles = classified.some((c) => !c.junk && isTitle(c.piece.text));
  let current: Draft | null = null;
  const close = () => {
    if (!current) return;
    if (current.body.length === 0) {
      for (const p of [current.title, ...current.header])
        if (p) dropped.push({ piece: p, reason: 'title-without-body' });
    } else {
      drafts.push(current);
    }
    current = null;
  };
  for (const { piece, junk } of classified) {
    if (junk) {
      dropped.push({ piece, reason: junk });
      continue;
    }
    if (isTitle(piece.text)) {
      close();
      current = { file, title: piece, header: [], body: [] };
      continue;
    }
    if (!current) {
      if (hasTitles) {
        dropped.push({ piece, reason: 'outside-any-report' });
        continue;
      }
      current = { file, header: [], body: [] };
    }
    const draft: Draft = current;
    if (draft.body.length === 0 && !SALUTATION.test(piece.text) && looksLikeHeaderLine(piece.text))
      draft.header.push(piece);
    else draft.body.push(piece);
  }
  close();
  return { drafts, dropped };
}
