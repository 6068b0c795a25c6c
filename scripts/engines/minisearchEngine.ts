import MiniSearch, { type Query } from 'minisearch';
import { combine, hitsFromMap, type MatchEngine } from '../../src/search/engine.js';
import type { Hits } from '../../src/search/postings.js';
import type { QueryWord } from '../../src/search/query.js';
import { bigrams, jiebaWords, type TokenMode, tokenize } from '../../src/search/tokenize.js';

/**
 * minisearch over jieba words, bigrams or both: kept as the benchmark's baseline. Measured here at
 * about 3 µs per matching paragraph (19 ms for 6,600 matches at ×100), which is why the product
 * uses PostingEngine. Fuzzy and prefix stay off: on CJK pairs they match unrelated words (环境 ~ 25 terms).
 */
export class MiniSearchEngine implements MatchEngine {
  readonly name: string;
  private readonly mini: MiniSearch<{ id: number; text: string }>;

  constructor(
    readonly normTexts: readonly string[],
    readonly mode: TokenMode,
  ) {
    this.name = `minisearch (${mode})`;
    this.mini = new MiniSearch({
      fields: ['text'],
      tokenize: (text: string) => tokenize(text, mode),
      processTerm: (term: string) => term,
      searchOptions: { fuzzy: false, prefix: false, tokenize: (q: string) => q.split(' ').filter(Boolean) },
    });
    this.mini.addAll(normTexts.map((text, id) => ({ id, text })));
  }

  private termsOf(alternative: string): Query {
    const parts = alternative.match(/\p{Script=Han}+|[a-z0-9]+(?:[.&+][a-z0-9]+)*%?/gu) ?? [];
    const queries: Query[] = parts.flatMap((p): Query[] => {
      if (!/\p{Script=Han}/u.test(p)) return [p];
      if (this.mode === 'jieba') return jiebaWords(p, false);
      if ([...p].length === 1) return [{ queries: [p], prefix: true, combineWith: 'OR' }];
      return bigrams(p).slice(0, -1);
    });
    return { combineWith: 'AND', queries };
  }

  candidates(words: QueryWord[], combineWith: 'AND' | 'OR'): Hits {
    const perWord = words.map((w) => {
      const out = new Map<number, number>();
      for (const r of this.mini.search({ combineWith: 'OR', queries: w.alternatives.map((a) => this.termsOf(a)) }))
        out.set(r.id as number, r.score);
      return hitsFromMap(out);
    });
    return combine(perWord, combineWith);
  }
}
