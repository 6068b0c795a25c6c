import type { Fact } from '../../facts/fact.js';
import type { Indicator } from '../../facts/indicators.js';
import { lexiconPattern } from '../../lexicon/lexicon.js';
import { factsOf, type Library } from '../library.js';
import { notFound } from './answers.js';
import { describeFact } from './figure.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { AskResult } from './types.js';

/** The lowest, amounts rather than growth, and a growth asked (the lexicon's). */
const LOWEST = lexiconPattern('ask.lowest');
const LEVEL_RANKED = lexiconPattern('ask.levelRanked');
const GROWTH_ASKED = lexiconPattern('ask.growth');

/**
 * "2022年哪个城市规上工业增加值增长最快": the results of a data year, as each place's next report states
 * them, ranked. Ties are all named. Only the headline figure of each report counts (one per place).
 */
export function answerResultRanking(
  library: Library,
  parsed: ParsedQuestion,
  indicator: Indicator,
  year: number,
  province: string | null,
  base: AskResult,
): AskResult {
  const lowest = LOWEST.test(parsed.text);
  const wantsLevel = LEVEL_RANKED.test(parsed.text) && !GROWTH_ASKED.test(parsed.text);
  const rows: { fact: Fact; city: string }[] = [];
  for (const report of library.corpus.reports) {
    if (report.year !== year + 1 || (province && !report.province.startsWith(province))) continue;
    const fact = factsOf(library, report).facts.find(
      (f) =>
        f.stance === 'result' &&
        f.period.kind === 'review' &&
        f.period.from === year &&
        f.indicator === indicator.name &&
        f.number !== null &&
        (wantsLevel ? f.measure === 'level' : f.measure === 'growth'),
    );
    if (fact) rows.push({ fact, city: report.city });
  }
  if (rows.length === 0) {
    return notFound(
      library,
      parsed,
      { ...base, year },
      { say: 'no-ranked-results', indicator: indicator.name, year, province, level: wantsLevel },
    );
  }
  rows.sort((a, b) => (lowest ? 1 : -1) * ((a.fact.number ?? 0) - (b.fact.number ?? 0)));
  const top = rows[0]!;
  const tied = rows.filter((r) => r.fact.number === top.fact.number);
  return {
    ...base,
    found: true,
    kind: 'compare',
    year,
    city: tied.length === 1 ? top.city : null,
    indicator: indicator.name,
    value: describeFact(top.fact),
    answer: {
      say: 'result-ranking',
      year,
      province,
      indicator: indicator.name,
      level: wantsLevel,
      lowest,
      places: tied.map((r) => r.city),
      value: describeFact(top.fact),
      count: rows.length,
    },
    ranking: rows.map((r) => ({ city: r.city, year, value: describeFact(r.fact), source: r.fact.paragraphId })),
    source: { id: top.fact.paragraphId, city: top.city, year: year + 1, section: '', text: top.fact.sentence },
  };
}
