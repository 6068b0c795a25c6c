import { Converter } from 'opencc-js/t2cn';
import { memoized } from './memo.js';

/**
 * Traditional → simplified Chinese (opencc-js, the OpenCC dictionaries), for matching what a user typed
 * (嘉興, 地區生產總值) against the reports. Never applied to quoted text.
 */
let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  // Built on first use: the dictionaries cost a few milliseconds and most questions are simplified already.
  const converter = convert ?? Converter({ from: 't', to: 'cn' });
  convert = converter;
  return converter(text);
}

/**
 * A text read in simplified characters, one for one (農業總產值約 → 农业总产值约), so every offset of the reading is
 * the text's own: what is found in the reading is quoted from the text at the same place. A character whose
 * simplified form is not one character stays as written.
 */
export const simplifiedReading = memoized((text: string): string => {
  const whole = toSimplified(text);
  if (whole === text || whole.length === text.length) return whole;
  return [...text].map((ch) => (toSimplified(ch).length === ch.length ? toSimplified(ch) : ch)).join('');
});

/**
 * A part of a text found in its simplified, space-free reading (see ingest's compactHeader), as the text writes it:
 * 第一届全国人民代表大会第四次会议 is 第一届全国人民代表大会第四次会議 where the header mixes its scripts. Null when
 * the text does not hold it.
 */
export function writtenSpan(text: string, compact: string): string | null {
  const chars: { simplified: string; from: number; to: number }[] = [];
  let at = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) chars.push({ simplified: toSimplified(ch), from: at, to: at + ch.length });
    at += ch.length;
  }
  const flat = chars.map((c) => c.simplified);
  for (let i = 0; i < chars.length; i += 1) {
    let read = '';
    for (let j = i; j < chars.length && read.length < compact.length; j += 1) {
      read += flat[j];
      if (read === compact) return text.slice(chars[i]!.from, chars[j]!.to);
    }
  }
  return null;
}
