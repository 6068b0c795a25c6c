import { LEXICON } from '../lexicon/lexicon.js';
import { CHINESE_DIGITS } from './normalize.js';

/**
 * Years as reports, collectors and users write them: in figures (1958年) or in Chinese numerals (一九五八年,
 * 二O一一 with a letter O, 一八八○ with a circle for zero). One reading for every layer.
 */

/** A year's digits as collectors type them: Chinese digits, or 0 typed as a zero or a letter O. */
const CN_DIGIT: Readonly<Record<string, number>> = { ...CHINESE_DIGITS, O: 0, o: 0, '0': 0, '○': 0 };

/** 二〇〇五, 二00二, 二O一一 and 一八八○ (typed with a zero, a letter O or a circle), as reports and collectors write a year. */
export const CHINESE_YEAR_DIGITS = '[一二][〇○零Oo0一二三四五六七八九]{3}';
const CHINESE_YEAR = new RegExp(`(${CHINESE_YEAR_DIGITS})年`, 'u');

/**
 * A year a figure stood or got to, in figures or numerals, its end too (1954年, 一九八二年底: the lexicon's
 * period.yearEnd), as a regular-expression source.
 */
export const YEAR_OF_FIGURE = `(?:[\\d０-９]{4}|${CHINESE_YEAR_DIGITS})\\s*年(?:${LEXICON.patterns['period.yearEnd']})?`;

/** The first year written in the text, in figures (2005年) or in Chinese numerals (二〇〇五年); null when none. */
export function writtenYear(text: string): number | null {
  const arabic = /(?<!\d)(1[89]\d\d|20\d\d)年/u.exec(text);
  const chinese = CHINESE_YEAR.exec(text);
  if (arabic && (!chinese || (arabic.index ?? 0) <= (chinese.index ?? 0))) return Number(arabic[1]);
  if (!chinese) return null;
  const year = [...chinese[1]!].reduce((n, ch) => n * 10 + (CN_DIGIT[ch] ?? 0), 0);
  return year >= 1900 && year <= 2100 ? year : null;
}

/**
 * Every year in Chinese numerals written in figures (一九八五年 → 1985年), and a year letter-spaced by a collector
 * read whole (1 9 9 7 年 → 1997年); the rest of the text as it is.
 */
export function yearsInFigures(text: string): string {
  return text
    .replace(CHINESE_YEARS, (digits) => [...digits].map((ch) => String(CN_DIGIT[ch] ?? 0)).join(''))
    .replace(
      /(?<![\d\uFF10-\uFF19])([12１２]) ([09０９]) (\d|[\uFF10-\uFF19]) (\d|[\uFF10-\uFF19]) ?(?=年)/gu,
      '$1$2$3$4',
    );
}
// (…and two listed together, 一九七七、一九七八这两年: the first before the other, the other after the first)
const CHINESE_YEARS = new RegExp(
  `${CHINESE_YEAR_DIGITS}(?=年|、${CHINESE_YEAR_DIGITS})|(?<=${CHINESE_YEAR_DIGITS}、)${CHINESE_YEAR_DIGITS}`,
  'gu',
);

/** 1957 → 一九五七, as the older reports write a year. */
export function yearInNumerals(year: number): string {
  return [...String(year)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
}
