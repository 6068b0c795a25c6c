import { nfkc } from '../text/normalize.js';
import { segmenter } from '../text/segment.js';

/**
 * Tokenizers for the index. Measured on this corpus (npm run bench): jieba alone splits compounds
 * differently in query and text and misses; Han bigrams with AND find nearly everything. Each mode is
 * kept so the bench can compare them.
 */
export type TokenMode = 'bigram' | 'jieba' | 'union';

/** Han runs, and Latin words and numbers kept whole: GDP, R&D, PM2.5, 5G, 3.55%, 7062.5 (jieba would cut them to letters). */
const TOKEN_PIECES = /(\p{Script=Han}+)|([a-z0-9]+(?:[.&+][a-z0-9]+)*%?)/gu;

/** Jieba words of a Han run, with HMM on so unknown words are guessed rather than split into characters. */
export function jiebaWords(han: string, forSearch = false): string[] {
  return forSearch ? segmenter().cutForSearch(han) : segmenter().cut(han);
}

/** Overlapping character pairs; the last character alone too, so a one-character query finds it by prefix. */
export function bigrams(han: string): string[] {
  const chars = [...han];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i += 1) out.push(chars[i]! + chars[i + 1]!);
  out.push(chars[chars.length - 1]!);
  return out;
}

/** Normalised copy used for indexing and matching: NFKC folds full-width forms, lower case folds GDP/gdp. */
export function normalizeForIndex(text: string): string {
  return nfkc(text).toLowerCase();
}

export function tokenize(text: string, mode: TokenMode = 'bigram'): string[] {
  const norm = normalizeForIndex(text);
  const tokens: string[] = [];
  for (const m of norm.matchAll(TOKEN_PIECES)) {
    if (m[2]) {
      tokens.push(m[2]);
      continue;
    }
    const han = m[1]!;
    if (mode !== 'jieba') tokens.push(...bigrams(han));
    if (mode !== 'bigram') tokens.push(...jiebaWords(han, true));
  }
  return tokens;
}
