/**
 * NFKC + lower case with a map back to the original, so a match found in the normalised copy
 * can be highlighted in the verbatim text (a few characters, e.g. ㎡, expand under NFKC).
 */
export interface MappedText {
  norm: string;
  /** map[i] = index in the original of the character that produced norm[i]; map[norm.length] = original length. */
  map: number[];
}

export function normalizeWithMap(text: string): MappedText {
  let norm = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    // Han and ASCII are their own NFKC form: skipping normalize() for them makes this several times faster.
    const code = ch.codePointAt(0)!;
    const n =
      code < 0x80 ? ch.toLowerCase() : code >= 0x4e00 && code <= 0x9fff ? ch : ch.normalize('NFKC').toLowerCase();
    for (let k = 0; k < n.length; k += 1) map.push(i);
    norm += n;
    i += ch.length;
  }
  map.push(text.length);
  return { norm, map };
}

export function toOriginalRange(mapped: MappedText, start: number, end: number): [number, number] {
  const s = mapped.map[start]!;
  // The end is the start of the first character after the match, so an expanded character is kept whole.
  let e = mapped.map[end]!;
  if (e <= s) e = mapped.map[Math.min(end + 1, mapped.map.length - 1)]!;
  return [s, e];
}

/** Merges overlapping [start, end) ranges. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
