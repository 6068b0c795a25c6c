import { lexiconPattern, questionWordsPattern } from '../../lexicon/lexicon.js';
import { segmenter } from '../../text/segment.js';

/**
 * Words people add to a question that name nothing the reports state (the lexicon's fillers: 一共, 那块,
 * 到底, 啊), and the modal 要/将 left at either end of a subject once its verb is read (技术交易额要完成多少,
 * 要改造多少个老旧小区). Stripped from the subject a figure is matched by; the other words are read elsewhere.
 */
const FILLERS = questionWordsPattern('fillers', 'gu');
/** …and a light verb left at the end (既有建筑节能改造做了多少 → 做), never inside a name (做大做强). */
/** (…and a preposition or the report's verb opening it: 给外贸出口定的…, 1999年提出农村贫困人口要减少…) */
const MODAL_START = lexiconPattern('ask.modalStart');
const MODAL_END = lexiconPattern('ask.modalEnd');
/** "…项目在加快推进": what is under way is said by its verb, no part of the subject (the lexicon's ask.progressiveEnd). */
const PROGRESSIVE_END = lexiconPattern('ask.progressiveEnd');

/** The copula left at a subject's end (签约额是多少 → 签约额是): the lexicon's ask.copulaEnd. */
const COPULA_END = lexiconPattern('ask.copulaEnd');

/** Only a word of its own is a modal: 能 opens 能源消费 as part of the word (the subject is cut into words). */
export function withoutFillers(subject: string): string {
  const words = segmenter().cut(
    subject.replace(FILLERS, '').replace(PROGRESSIVE_END, '').trim().replace(COPULA_END, ''),
  );
  while (words.length > 1 && MODAL_START.test(words[0]!)) words.shift();
  while (words.length > 1 && MODAL_END.test(words.at(-1)!)) words.pop();
  return words.join('').trim();
}
