import { combine, hitsFromMap, type MatchEngine, union } from './engine.js';
import { type Hits, PostingIndex, queryKeys } from './postings.js';
import type { QueryWord } from './query.js';

/** The product's engine: bigram posting lists; a one-character word falls back to scanning (rare after stop words). */
export class PostingEngine implements MatchEngine {
  readonly name = 'postings (bigram)';

  constructor(
    private readonly normTexts: readonly string[],
    readonly index: PostingIndex = PostingIndex.build(normTexts),
  ) {}

  private wordMatches(word: QueryWord): Hits {
    return union(
      word.alternatives.map((alt) => {
        const keys = queryKeys(alt);
        return keys.length > 0 ? this.index.intersect(keys) : this.scan(alt);
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

  candidates(words: QueryWord[], combineWith: 'AND' | 'OR'): Hits {
    return combine(
      words.map((w) => this.wordMatches(w)),
      combineWith,
    );
  }
}
