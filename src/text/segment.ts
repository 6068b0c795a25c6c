import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { LEXICON } from '../lexicon/lexicon.js';
import { memoized } from './memo.js';

/**
 * Chinese word segmentation with jieba's own dictionary plus the reports' domain words.
 * @node-rs/jieba replaced nodejieba: same dictionary, prebuilt (no C++ build at install), and
 * measured +61 MB instead of ~244 MB. A domain word needs a high frequency: loaded without one,
 * 城镇新增就业 and 保障性租赁住房 are still split.
 */
export interface Segmenter {
  /** Words of a text, HMM on so unknown words are guessed rather than cut into characters. */
  cut(text: string): string[];
  /** Search mode: long words also give their shorter parts (中国科学院 → 中国, 科学, 科学院…). */
  cutForSearch(text: string): string[];
  /** Words with jieba's part-of-speech tags (n noun, v verb, d adverb…): a guide, often wrong on report words. */
  tag(text: string): { word: string; tag: string }[];
}

const DOMAIN_WORD_FREQUENCY = 100_000;
/** Texts up to this long (labels, clauses, questions) have their tags remembered; paragraphs are not. */
const TAGS_REMEMBERED_UP_TO = 200;

function createSegmenter(): Segmenter {
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from(LEXICON.domainWords.words.map((w) => `${w} ${DOMAIN_WORD_FREQUENCY}`).join('\n')));
  const words = (list: string[]) => list.filter((w) => w.trim() !== '');
  const tagNow = (text: string) => jieba.tag(text, true).filter((t) => t.word.trim() !== '');
  // (the answer layer tags the same labels and clauses for every question: remembered, handed out as copies)
  const tagged = memoized(tagNow);
  return {
    cut: (text) => words(jieba.cut(text, true)),
    cutForSearch: (text) => words(jieba.cutForSearch(text, true)),
    tag: (text) => (text.length <= TAGS_REMEMBERED_UP_TO ? tagged(text).map((t) => ({ ...t })) : tagNow(text)),
  };
}

let shared: Segmenter | undefined;

/**
 * The one segmenter of the process. Its dictionary is immutable after load (0.1 s), so sharing it is
 * memoising a pure function, not hidden state.
 */
export function segmenter(): Segmenter {
  shared ??= createSegmenter();
  return shared;
}
