import type { AskResult } from '../query/ask/types.js';

/**
 * The answer sentence of an /ask result in the language it was asked in. The query gives the figures as
 * data (value, figures, source) and a Chinese sentence; an English question's sentence is written here,
 * around the verbatim Chinese value: names and figures are never translated.
 */
export function answerSentence(r: AskResult): string | null {
  if (!r.found || r.language !== 'en') return r.answer;
  return englishAnswer(r);
}

/** The answer sentence in English around the verbatim Chinese value: names and figures are never translated. */
function englishAnswer(r: {
  city: string | null;
  year: number | null;
  indicator: string | null;
  kind: string;
  value: string | null;
  answer: string | null;
  source: { id: string; year: number } | null;
  onlyPlan?: boolean;
  figures?: readonly { label: string }[];
}): string {
  // The report's own name of the subject (in Chinese) where the lexicon has no indicator for it.
  const what = r.indicator ?? r.figures?.[0]?.label ?? 'the figure asked about';
  const from = r.source ? ` (${r.source.year} government work report, paragraph ${r.source.id})` : '';
  if (r.kind === 'compare') return `Ranking for ${what}, ${r.year ?? ''}: ${r.answer ?? ''}${from}`;
  const silent = r.onlyPlan ? 'The next report does not give the result; the plan was: ' : '';
  if (r.kind === 'target')
    return `${silent}${r.city ?? ''} target for ${r.year ?? ''}, ${what}: ${r.value ?? ''}${from}.`;
  return `${r.city ?? ''}, ${r.year ?? ''}, ${what}: ${r.value ?? ''}${from}.`;
}
