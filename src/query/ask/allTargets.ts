import type { City } from '../../corpus/corpus.js';
import { factsOf, type Library } from '../library.js';
import { notFound, sourceOf } from './answers.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { AskResult } from './types.js';

/** "嘉兴2024年的目标有哪些": the whole targets passage. */
export function answerAllTargets(library: Library, parsed: ParsedQuestion, city: City, base: AskResult): AskResult {
  const year = parsed.year ?? city.years.at(-1) ?? null;
  const report = year === null ? undefined : library.corpus.report(city, year);
  if (!report) {
    return notFound(
      library,
      parsed,
      { ...base, year },
      `语料中没有${city.short}${year}年的政府工作报告（现有：${city.years.join('、')}年）。`,
    );
  }
  const { passage } = factsOf(library, report);
  if (!passage) {
    return notFound(
      library,
      parsed,
      { ...base, year },
      `${report.year}年${report.city}政府工作报告中没有“主要预期目标”段落。`,
    );
  }
  return {
    ...base,
    year,
    found: true,
    kind: 'all-targets',
    value: passage.text,
    answer: `${report.city}${report.year}年主要预期目标：${passage.text}`,
    source: sourceOf(library, passage.paragraph.id, passage.text),
  };
}
