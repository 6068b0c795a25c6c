import type { Corpus } from '../corpus/corpus.js';
import { normalizeForIndex } from './tokenize.js';

const texts = new WeakMap<Corpus, string>();

/** All paragraphs, normalised, one per line: for the rare whole-corpus look-ups (spelling, proper nouns). */
export function corpusText(corpus: Corpus): string {
  let text = texts.get(corpus);
  if (text === undefined) {
    text = corpus.allParagraphs().map((r) => normalizeForIndex(r.paragraph.text)).join('\n');
    texts.set(corpus, text);
  }
  return text;
}
