import { mergeRanges, normalizeWithMap, toOriginalRange } from '../text/offsets.js';
import type { QueryWord } from './query.js';

/** Ranges of the verbatim text to highlight: whole query words (any synonym form), else their character pairs. */
export function matchRanges(text: string, words: QueryWord[]): [number, number][] {
  const mapped = normalizeWithMap(text);
  const ranges: [number, number][] = [];
  const addAll = (needle: string) => {
    let found = false;
    if (!needle) return found;
    for (let at = mapped.norm.indexOf(needle); at >= 0; at = mapped.norm.indexOf(needle, at + needle.length)) {
      ranges.push(toOriginalRange(mapped, at, at + needle.length));
      found = true;
    }
    return found;
  };
  for (const word of words) {
    const whole = word.alternatives.map(addAll).some(Boolean);
    if (!whole && [...word.text].length > 2) {
      const chars = [...word.text];
      for (let i = 0; i < chars.length - 1; i += 1) addAll(chars[i]! + chars[i + 1]!);
    }
  }
  return mergeRanges(ranges);
}

export interface Snippet {
  text: string;
  marks: [number, number][];
}

/** Cuts a window of about `width` characters around the densest cluster of matches, with … where cut. */
export function snippetOf(text: string, marks: [number, number][], width = 100): Snippet {
  if (text.length <= width) return { text, marks };
  // The window holding the most matched characters: a whole phrase (新能源汽车) beats scattered parts of it.
  let best = 0;
  let bestCovered = -1;
  for (const [start] of marks) {
    const covered = marks
      .filter(([s, e]) => s >= start && e <= start + width)
      .reduce((n, [s, e]) => n + (e - s) ** 2, 0);
    if (covered > bestCovered) {
      best = start;
      bestCovered = covered;
    }
  }
  let start = Math.max(0, best - Math.floor(width / 4));
  // Prefer starting right after a sentence or clause end if one is close.
  const back = text.slice(Math.max(0, start - 20), start);
  const cut = Math.max(back.lastIndexOf('。'), back.lastIndexOf('；'), back.lastIndexOf('，'), back.lastIndexOf(','));
  if (cut >= 0) start = start - back.length + cut + 1;
  // Never split a surrogate pair (𠀀): the start moves back onto the pair, and the end, counted from it, moves
  // back before a pair it would cut, so the window never grows past `width`.
  if (start > 0 && /[\udc00-\udfff]/u.test(text[start] ?? '')) start -= 1;
  let end = Math.min(text.length, start + width);
  if (end < text.length && /[\udc00-\udfff]/u.test(text[end] ?? '')) end -= 1;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = marks
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): [number, number] => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { text: prefix + text.slice(start, end) + suffix, marks: inside };
}
