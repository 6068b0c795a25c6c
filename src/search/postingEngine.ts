import { KeyEngine } from './engine.js';
import { type Hits, PostingIndex, type TokenKey } from './postings.js';

/** The product's engine: bigram posting lists held in memory (built, or opened from the saved library). */
export class PostingEngine extends KeyEngine {
  readonly name = 'postings (bigram)';

  constructor(
    normTexts: readonly string[],
    readonly index: PostingIndex = PostingIndex.build(normTexts),
  ) {
    super(normTexts);
  }

  protected intersect(keys: TokenKey[]): Hits {
    return this.index.intersect(keys);
  }
}
