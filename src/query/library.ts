import { type Corpus, loadCorpus } from '../corpus/corpus.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import type { Report } from '../corpus/types.js';
import { extractFacts, type FactStore, type ReportTargets } from '../facts/store.js';
import { SearchIndex } from '../search/index.js';
import { buildVocabulary } from '../vocab/build.js';
import type { Vocabulary } from '../vocab/vocabulary.js';

/**
 * Everything the queries read, built once from one corpus and replaced as a whole on reload, so an
 * answer never mixes an old index with a new corpus. Passed to every face as a value.
 */
export interface Library {
  readonly corpus: Corpus;
  readonly index: SearchIndex;
  readonly facts: FactStore;
  readonly vocabulary: Vocabulary;
}

export function buildLibrary(corpus: Corpus): Library {
  return { corpus, index: SearchIndex.build(corpus), facts: extractFacts(corpus), vocabulary: buildVocabulary(corpus) };
}

export function loadLibrary(dir: string = CORPUS_DIR): Library {
  return buildLibrary(loadCorpus(dir));
}

/** The facts of a report of this library's corpus: every report has an entry, so a miss is a bug. */
export function factsOf(library: Library, report: Report): ReportTargets {
  const facts = library.facts.get(report.id);
  if (!facts) throw new Error(`no facts for report ${report.id}: the library was built from another corpus`);
  return facts;
}
