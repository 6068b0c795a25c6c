import { EMPTY_HITS, gallop, type Hits, queryKeys, type TokenKey } from './postings.js';
import type { QueryWord } from './query.js';

/** Finds the paragraphs (by position in the corpus) that match query words, with a relevance score. */
export interface MatchEngine {
  readonly name: string;
  /** `memo` is one search's: a word looked up twice in that search (does it occur? then its hits) is looked up once. */
  candidates(words: QueryWord[], combineWith: 'AND' | 'OR', memo?: Map<string, Hits>): Hits;
}

/** Union of sorted hit lists; a paragraph in several keeps the best (`max`) or the summed (`sum`) score. */
export function union(lists: Hits[], how: 'max' | 'sum'): Hits {
  const nonEmpty = lists.filter((l) => l.docs.length > 0);
  if (nonEmpty.length === 0) return EMPTY_HITS;
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const scores = new Map<number, number>();
  for (const l of nonEmpty) {
    for (let i = 0; i < l.docs.length; i += 1) {
      const doc = l.docs[i]!;
      const prev = scores.get(doc);
      const s = l.scores[i]!;
      scores.set(doc, prev === undefined ? s : how === 'max' ? Math.max(prev, s) : prev + s);
    }
  }
  const docs = Int32Array.from(scores.keys()).sort();
  return { docs, scores: Float64Array.from(docs, (d) => scores.get(d)!) };
}

/** Paragraphs in every list, scores added: walks the shortest list and gallops through the others. */
export function intersection(lists: Hits[]): Hits {
  if (lists.length === 0) return EMPTY_HITS;
  const [driver, ...others] = [...lists].sort((a, b) => a.docs.length - b.docs.length) as [Hits, ...Hits[]];
  if (others.length === 0) return driver;
  const cursors = new Int32Array(others.length);
  const docs = new Int32Array(driver.docs.length);
  const scores = new Float64Array(driver.docs.length);
  let n = 0;
  outer: for (let i = 0; i < driver.docs.length; i += 1) {
    const doc = driver.docs[i]!;
    let score = driver.scores[i]!;
    for (let j = 0; j < others.length; j += 1) {
      const other = others[j]!;
      const at = gallop(other.docs, doc, cursors[j]!);
      cursors[j] = at;
      if (at >= other.docs.length) break outer;
      if (other.docs[at] !== doc) continue outer;
      score += other.scores[at]!;
    }
    docs[n] = doc;
    scores[n] = score;
    n += 1;
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
}

export function combine(perWord: Hits[], combineWith: 'AND' | 'OR'): Hits {
  return combineWith === 'AND' ? intersection(perWord) : union(perWord, 'sum');
}

export function hitsFromMap(m: Map<number, number>): Hits {
  const docs = Int32Array.from(m.keys()).sort();
  return { docs, scores: Float64Array.from(docs, (d) => m.get(d)!) };
}

/**
 * An engine over the bigram tokens of `tokenKeys`: a word matches where all its keys are, in any of its
 * spellings (best score); a one-character word has no pair to look up and is scanned (rare after stop words).
 * The posting lists and the SQLite table differ only in `intersect`.
 */
export abstract class KeyEngine implements MatchEngine {
  abstract readonly name: string;

  constructor(protected readonly normTexts: readonly string[]) {}

  /** Paragraphs holding every key, with the summed BM25 of the keys, sorted by position. */
  protected abstract intersect(keys: TokenKey[]): Hits;

  private wordMatches(word: QueryWord): Hits {
    return union(
      word.alternatives.map((alt) => {
        const keys = queryKeys(alt);
        return keys.length > 0 ? this.intersect(keys) : this.scan(alt);
      }),
      'max',
    );
  }

  private scan(needle: string): Hits {
    const out = new Map<number, number>();
    if (needle)
      this.normTexts.forEach((t, doc) => {
        if (t.includes(needle)) out.set(doc, 0.1);
      });
    return hitsFromMap(out);
  }

  candidates(words: QueryWord[], combineWith: 'AND' | 'OR', memo?: Map<string, Hits>): Hits {
    return combine(
      words.map((w) => {
        if (!memo) return this.wordMatches(w);
        const key = w.alternatives.join('\u0000');
        let hits = memo.get(key);
        if (!hits) {
          hits = this.wordMatches(w);
          memo.set(key, hits);
        }
        return hits;
      }),
      combineWith,
    );
  }
}
