import type { AskResult } from '../query/ask/types.js';
import { type AskLanguage, sayIn } from './askWords.js';

/**
 * The answer sentence of an /ask result in the language it was asked in (or the one given): the query gives
 * what it says as data, and the sentence is written here around the verbatim Chinese values — names and
 * figures are never translated.
 */
export function answerSentence(r: AskResult, language: AskLanguage = r.language ?? 'zh'): string | null {
  return sayIn(language, r.answer, { paragraphId: r.source?.id });
}

/** Why there is no answer, and what the reports state instead, in the language asked (or the one given). */
export function reasonSentence(r: AskResult, language: AskLanguage = r.language ?? 'zh'): string | null {
  return sayIn(language, r.reason);
}
