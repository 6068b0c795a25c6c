import { LEXICON } from '../lexicon/lexicon.js';

/**
 * Search vocabulary, from the lexicon (one place for answers and search): synonym groups so a query in one
 * form finds the others (规上 ↔ 规模以上, GDP ↔ 地区生产总值, 养猪 ↔ 生猪), and the words that carry no topic.
 */

/** Each group: forms that mean the same in these reports, lower case. The first is the canonical wording. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = LEXICON.searchSynonyms.groups.map((g) =>
  g.map((w) => w.normalize('NFKC').toLowerCase()),
);

/** Words that carry no topic: dropped from queries ("的" would match every paragraph). */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set(LEXICON.searchStopWords.words);
