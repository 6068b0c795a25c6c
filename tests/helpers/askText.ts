import { ask as askQuery } from '../../src/query/ask/ask.js';
import type { AskResult } from '../../src/query/ask/types.js';
import type { Library } from '../../src/query/library.js';
import { answerSentence, reasonSentence } from '../../src/reply/askSentence.js';

/** An /ask result with its sentences written in Chinese, as the console shows a Chinese question's answer. */
export type AskText = Omit<AskResult, 'answer' | 'reason'> & { answer: string | null; reason: string | null };

/** Asks as the faces do: the query's answer as data, its sentences written by the reply layer (in Chinese). */
export function ask(library: Library, question: string, options: { english?: boolean } = {}): AskText {
  const r = askQuery(library, question, options);
  return { ...r, answer: answerSentence(r, 'zh'), reason: reasonSentence(r, 'zh') };
}
