import type { Library } from '../../src/query/library.js';
import { nfkc } from '../../src/text/normalize.js';
import type { FigureQuestion } from '../fixtures/figureQuestions.js';
import { ask } from './askText.js';

export type Verdict = 'right' | 'missed' | 'wrong' | 'invented';

export interface Scored {
  question: FigureQuestion;
  verdict: Verdict;
  answer: string | null;
  why: string;
}

/**
 * Right: the answer states every expected string, quotes a sentence that holds them, cites the expected
 * paragraph; or says "not found" when the reports do not say. Missed: "not found" for something the
 * reports say. Wrong: an answer with another figure, or from another paragraph. Invented: an answer where
 * the reports say nothing.
 */
export function score(library: Library, question: FigureQuestion): Scored {
  const r = ask(library, question.q);
  // Width-folded on both sides: a report may write ７２．５％ where the answer writes 72.5%.
  const text = nfkc([r.answer ?? '', r.value ?? ''].join(' '));
  const expect = question.expect?.map(nfkc) ?? null;
  const base = { question, answer: r.answer ?? r.reason };
  if (question.expect === null) {
    return r.found
      ? { ...base, verdict: 'invented', why: 'answered what the reports do not say' }
      : { ...base, verdict: 'right', why: '' };
  }
  if (!r.found) return { ...base, verdict: 'missed', why: r.reason ?? 'not found' };
  const missing = (expect ?? []).filter((e) => !text.includes(e));
  if (missing.length > 0) return { ...base, verdict: 'wrong', why: `answer lacks ${missing.join(', ')}` };
  const unsaid = (question.say ?? []).filter((w) => !text.includes(w));
  if (unsaid.length > 0) return { ...base, verdict: 'wrong', why: `answer does not say ${unsaid.join(', ')}` };
  if (question.source && r.source?.id !== question.source) {
    return { ...base, verdict: 'wrong', why: `cites ${r.source?.id ?? 'nothing'}, not ${question.source}` };
  }
  // A question of several parts quotes each part's sentence: the expects may stand in any of them.
  const quoted = nfkc([r.source?.text ?? '', ...(r.sources ?? []).map((s) => s.text)].join('\n'));
  const unquoted = (expect ?? []).filter((e) => !quoted.includes(e) && r.ranking.length === 0);
  if ((question.source || question.quote) && unquoted.length > 0)
    return { ...base, verdict: 'wrong', why: `quote lacks ${unquoted.join(', ')}` };
  return { ...base, verdict: 'right', why: '' };
}

export function summary(label: string, scored: readonly Scored[]): string {
  const count = (v: Verdict) => scored.filter((s) => s.verdict === v).length;
  const right = count('right');
  return `${label}: ${right}/${scored.length} right (${((100 * right) / scored.length).toFixed(1)}%), ${count('wrong')} wrong, ${count('invented')} invented`;
}
