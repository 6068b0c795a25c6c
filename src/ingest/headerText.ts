import { chineseNumberToInt } from '../text/normalize.js';
import { toSimplified } from '../text/simplified.js';
import { CHINESE_YEAR_DIGITS, writtenYear } from '../text/years.js';

export { CHINESE_YEAR_DIGITS, writtenYear };

/**
 * A header line as the matchers read it: simplified characters (会議 → 会议), and no spaces at all, so a
 * letter-spaced title (政 府 工 作 报 告), a name set with a gap (于 群) or an ideographic indent reads
 * like any other. The line itself stays verbatim in the corpus.
 */
export function compactHeader(text: string): string {
  return toSimplified(text).replace(/[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]/gu, '');
}

/** A full date in the text (2026年2月3日, （二〇〇五年一月十一日）, 2001-01-08), as yyyy-mm-dd. */
export function writtenDate(text: string): { date: string; year: number } | null {
  const m =
    /(1[89]\d\d|20\d\d)年(\d{1,2})月(\d{1,2})日/u.exec(text) ?? /(1[89]\d\d|20\d\d)-(\d{1,2})-(\d{1,2})/u.exec(text);
  if (m) return { date: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`, year: Number(m[1]) };
  const cn = new RegExp(
    `(${CHINESE_YEAR_DIGITS})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日`,
    'u',
  ).exec(text);
  if (!cn) return null;
  const year = writtenYear(`${cn[1]}年`);
  const small = (s: string) => chineseNumberToInt(s) ?? 0;
  if (year === null) return null;
  return { date: `${year}-${String(small(cn[2]!)).padStart(2, '0')}-${String(small(cn[3]!)).padStart(2, '0')}`, year };
}
