import type { Marked } from './model.js';

/** How a face shows a marked range: bold markdown in Discord, a terminal style on the console. */
export interface MarkStyle {
  mark: (s: string) => string;
}

/** Verbatim text with its marked ranges wrapped by the face's style; `makeSafe` makes the text safe for that face. */
export function applyMarks(m: Marked, style: MarkStyle, makeSafe: (s: string) => string = (s) => s): string {
  const marks = [...m.marks].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    out += makeSafe(m.text.slice(at, start)) + style.mark(makeSafe(m.text.slice(start, end)));
    at = end;
  }
  return out + makeSafe(m.text.slice(at));
}
