import { pinyin } from 'pinyin-pro';
import type { Report } from '../../corpus/types.js';

/**
 * Proper names an English question spells in pinyin (Gezhouba, Caofeidian, Taixin Avenue): no dictionary
 * lists them, but the reports of the place asked write them, so they are found there — a run of Chinese
 * characters whose syllables, without tones, spell the word.
 */

/** Each paragraph's characters with their syllables, per report: computed once, on the first English name asked. */
const SYLLABLES = new WeakMap<Report, { chars: string[]; syllables: string[] }[]>();

function syllablesOf(report: Report): { chars: string[]; syllables: string[] }[] {
  let out = SYLLABLES.get(report);
  if (!out) {
    out = report.paragraphs.map((p) => {
      const chars = Array.from(p.text);
      const syllables = pinyin(p.text, { toneType: 'none', type: 'array' });
      // (pinyin-pro gives one entry per character; a text it splits otherwise is not read)
      return syllables.length === chars.length ? { chars, syllables } : { chars: [], syllables: [] };
    });
    SYLLABLES.set(report, out);
  }
  return out;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * A word shorter than this (dan, man) spells too many things to be a name; one of four letters (Hake of Hake town,
 * 哈克镇) spells two syllables at most, and an English word of four letters is seldom pinyin.
 */
const MIN_LETTERS = 4;

/** The names of two characters or more that `word` spells in the reports, as they write them; none when none do. */
export function namesSpelled(reports: readonly Report[], word: string): string[] {
  const target = word.toLowerCase().replace(/[^a-z]/gu, '');
  if (target.length < MIN_LETTERS) return [];
  const found = new Set<string>();
  for (const report of reports)
    for (const { chars, syllables } of syllablesOf(report))
      for (let i = 0; i < chars.length; i += 1) {
        let spelled = '';
        for (let j = i; j < chars.length && HAN.test(chars[j]!); j += 1) {
          spelled += syllables[j]!.toLowerCase();
          if (!target.startsWith(spelled)) break;
          if (spelled === target && j > i) found.add(chars.slice(i, j + 1).join(''));
        }
      }
  return [...found];
}
