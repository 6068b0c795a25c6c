import { clip } from '../text/clip.js';
import { nfkc } from '../text/normalize.js';
import type { City, Corpus } from './corpus.js';
import { UserError } from './errors.js';
import type { Report } from './types.js';

/** Names close to what was typed (嘉行 → 嘉兴), from the place vocabulary the query layer holds. */
export type PlaceSuggester = (typed: string) => string[];

/** Inputs from Discord, the console or the CLI are untrusted: every query re-resolves them here. */
export function resolveCity(corpus: Corpus, input: string | undefined, closest?: PlaceSuggester): City {
  const text = (input ?? '').trim();
  if (!text)
    throw new UserError(
      '请提供城市名称，例如“嘉兴”。',
      corpus.cities.map((c) => c.short),
    );
  const city = corpus.findCity(text);
  if (!city) {
    const near = closest?.(text) ?? [];
    const guess = near.length > 0 ? `你是不是要找：${near.join('、')}？` : '';
    throw new UserError(
      `语料中没有“${clip(text, 30)}”的政府工作报告。${guess}现有城市：${corpus.cities.map((c) => c.short).join('、')}。`,
      [...near, ...corpus.cities.map((c) => c.short).filter((c) => !near.includes(c))],
    );
  }
  return city;
}

/** "2024", "2024年", " ２０２４ " → 2024; empty → undefined; anything else is a user error. */
export function parseYear(input: string | number | undefined | null): number | undefined {
  if (input === undefined || input === null) return undefined;
  const text = nfkc(String(input)).trim().replace(/年$/u, '');
  if (!text) return undefined;
  if (!/^\d{4}$/u.test(text))
    throw new UserError(`“${clip(String(input), 20)}”不是有效的年份，请写成 2024 这样的四位数字。`);
  return Number(text);
}

export function resolveReport(
  corpus: Corpus,
  cityInput: string | undefined,
  yearInput?: string | number | null,
  closest?: PlaceSuggester,
): Report {
  const city = resolveCity(corpus, cityInput, closest);
  const year = parseYear(yearInput);
  const report = corpus.report(city, year);
  if (!report) {
    throw new UserError(
      `${city.short}没有${year}年的政府工作报告。现有年份：${city.years.join('、')}。`,
      city.years.map(String),
    );
  }
  return report;
}
