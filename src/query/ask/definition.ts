import { isUserError } from '../../corpus/errors.js';
import { glossary } from '../corpusQueries.js';
import type { Library } from '../library.js';
import type { AskResult } from './types.js';

export const DEFINITION =
  /^(.{1,30}?)(?:是什么意思|什么意思|是指什么|指什么|指的是什么|的含义|是什么)[?？]?$|^(?:what does|what is)\s+(.+?)\s*(?:mean)?[?？]?$/iu;

/** "五减是什么意思": the report's own explanation, from its glossary (有关缩略语及名词解释). */
export function answerDefinition(library: Library, term: string, base: AskResult): AskResult | null {
  try {
    const [entry] = glossary(library, term);
    if (!entry) return null;
    return {
      ...base,
      found: true,
      kind: 'definition',
      city: entry.city,
      year: entry.year,
      value: entry.definition,
      answer: {
        say: 'definition',
        term: entry.term,
        definition: entry.definition,
        report: { city: entry.city, year: entry.year },
        inline: entry.inline,
      },
      source: { id: entry.id, city: entry.city, year: entry.year, section: entry.section, text: entry.quote },
    };
  } catch (e) {
    // Not a glossary term: the passages may still define it ("即…", "指…").
    if (!isUserError(e)) throw e;
    return null;
  }
}
