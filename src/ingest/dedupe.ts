import { matchKey } from '../text/normalize.js';
import type { Piece } from './pieces.js';

/** Pieces this short ("各位代表:") occur in every report and say nothing about sameness. */
const MIN_KEY_CHARS = 12;
/** Share of a copy's paragraphs that must occur in the other for the two to be one report. */
const SAME_REPORT_SHARE = 0.9;

export interface Coverage {
  /** For each body piece of the shorter copy, the index of the matching piece in the fuller copy, or -1. */
  matches: number[];
  share: number;
}

/** How much of `copy` is contained in `fuller`: equal after NFKC, or part of one paragraph (web copies cut paragraphs short or in two). */
export function coverage(copy: Piece[], fuller: Piece[]): Coverage {
  const fullerKeys = fuller.map((p) => matchKey(p.text));
  const index = new Map<string, number>();
  fullerKeys.forEach((k, i) => {
    if (!index.has(k)) index.set(k, i);
  });
  let counted = 0;
  let found = 0;
  const matches = copy.map((p) => {
    const key = matchKey(p.text);
    let at = index.get(key) ?? -1;
    if (at < 0 && key.length >= MIN_KEY_CHARS) at = fullerKeys.findIndex((k) => k.includes(key));
    if (key.length >= MIN_KEY_CHARS) {
      counted += 1;
      if (at >= 0) found += 1;
    }
    return at;
  });
  return { matches, share: counted === 0 ? 0 : found / counted };
}

export function isSameReport(c: Coverage): boolean {
  return c.share >= SAME_REPORT_SHARE;
}

export function bodyChars(body: Piece[]): number {
  return body.reduce((n, p) => n + matchKey(p.text).length, 0);
}
