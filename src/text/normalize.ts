/** Matching copies of Chinese text. Never used for display: quotes keep the original characters. */

/** NFKC folds full-width punctuation/digits (，１２％ → ,12%) so half- and full-width copies compare equal. */
export function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/** NFKC, lower case, and no white space: the key for "is this the same text". */
export function matchKey(text: string): string {
  return nfkc(text).toLowerCase().replace(/\s+/gu, '');
}

const EDGE_SPACE = /^[\s\u00a0\u3000\ufeff\u200b-\u200d\u2060]+|[\s\u00a0\u3000\ufeff\u200b-\u200d\u2060]+$/gu;

/** Trims ASCII, no-break, ideographic and zero-width spaces and BOM, which web copies use as indentation (a line of only a zero-width space is blank). */
export function trimSpace(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

export function leadingSpaceLength(text: string): number {
  const m = /^[\s\u00a0\u3000\ufeff\u200b-\u200d\u2060]*/u.exec(text);
  return m ? m[0].length : 0;
}

/** Each Chinese digit's value; 〇 and 零 are 0, 两 is 2. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals used in headings and meeting numbers (一…九十九). */
export function chineseNumberToInt(text: string): number | null {
  const digits = CHINESE_DIGITS;
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? digits[m[1]]! : 1) * 10 + (m[2] ? digits[m[2]]! : 0);
  if (text.length === 1 && text in digits) return digits[text]!;
  // Hundreds and thousands (一百七十八, 一百零五, 二千三百): each digit times the unit after it.
  if (/^[一二三四五六七八九][千百][零一二三四五六七八九十百]*$/u.test(text)) {
    const units: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
    let total = 0;
    let digit = 0;
    for (const ch of text) {
      if (ch === '零') continue;
      if (ch in units) {
        total += (digit || 1) * units[ch]!;
        digit = 0;
      } else digit = digits[ch] ?? 0;
    }
    return total + digit;
  }
  return null;
}

/** 1…99 in Chinese numerals, as meeting numbers are written (7 → 七, 12 → 十二, 21 → 二十一); the figures beyond. */
export function intToChineseNumber(n: number): string {
  const digit = (d: number) => '〇一二三四五六七八九'[d]!;
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return digit(n);
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digit(tens) : ''}十${n % 10 ? digit(n % 10) : ''}`;
}

/**
 * Full-width ASCII (０-９, ％, ．, －, Ａ…) and the ideographic space folded to their half-width forms,
 * one character for one, so offsets in the folded copy are offsets in the original.
 */
export function foldWidth(text: string): string {
  return repairDigitLookalikes(
    text.replace(/[\uff01-\uff5e\u3000]/gu, (ch) =>
      ch === '\u3000' ? ' ' : String.fromCharCode((ch.codePointAt(0) ?? 0) - 0xfee0),
    ),
  );
}

/**
 * Figures typed with letters (`增长1O％`, `增长lO.5％`, as old web copies have them): a letter O after a
 * digit, or an l/I opening such a figure, read as 0 and 1 when a % or ‰ closes it — else `1O%` reads as
 * 1; a middle dot between digits (5·8％) reads as a decimal point. One character for one, so positions in the
 * text stay the same.
 */
export function repairDigitLookalikes(text: string): string {
  return (
    text
      .replace(/(?<![A-Za-z])[lI](?=[\dOo]+(?:\.[\dOo]+)?[%‰])/gu, '1')
      .replace(/(?<=\d)[Oo](?=[\dOo]*(?:\.[\dOo]+)?[%‰])/gu, '0')
      .replace(/(?<=\d\.)[Oo](?=\d*[%‰])/gu, '0')
      // (a middle dot between digits is a decimal point, as the 1999 report typesets 5·8％)
      .replace(/(?<=\d)[·・](?=\d)/gu, '.')
  );
}
