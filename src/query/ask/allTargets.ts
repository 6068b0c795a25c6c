import type { City } from '../../corpus/corpus.js';
import { factsOf, type Library } from '../library.js';
import { notFound, reportAsked, sourceOf } from './answers.js';
import type { ParsedQuestion } from './parseQuestion.js';
import { reportRef } from './said.js';
import type { AskResult } from './types.js';

/** "嘉兴2024年的目标有哪些": the whole targets passage. */
export function answerAllTargets(library: Library, parsed: ParsedQuestion, city: City, base: AskResult): AskResult {
  const asked = reportAsked(library, parsed, city, base);
  if ('missing' in asked) return asked.missing;
  const { report, year } = asked;
  const { passage } = factsOf(library, report);
  if (!passage) {
    return notFound(library, parsed, { ...base, year }, { say: 'no-target-list', report: reportRef(report) });
  }
  return {
    ...base,
    year,
    found: true,
    kind: 'all-targets',
    value: passage.text,
    answer: { say: 'all-targets', report: reportRef(report), text: passage.text },
    source: sourceOf(library, passage.paragraph.id, passage.text),
  };
}
