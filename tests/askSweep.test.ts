import { describe, expect, it } from 'vitest';
import { reviewHeadlines } from '../src/facts/headlines.js';
import { INDICATORS } from '../src/facts/indicators.js';
import { ask } from '../src/query/ask/ask.js';
import { corpus, library } from './helpers/library.js';

const all = [...library.facts.values()];

/** Every parsed target and figure, asked for by indicator name and aliases: the question layer must reach each one. */
describe('every target and result is answerable', () => {
  it('answers each report’s targets by name and by alias, with the value as written', () => {
    const misses: string[] = [];
    for (const t of all) {
      const seen = new Set<string>();
      for (const x of t.targets) {
        if (!x.indicator || seen.has(x.indicator)) continue;
        seen.add(x.indicator);
        const ind = INDICATORS.find((i) => i.name === x.indicator)!;
        for (const name of [ind.name, ...ind.aliases.slice(1, 3)]) {
          for (const q of [
            `${t.report.short}${t.report.year}年${name}目标是多少`,
            `${t.report.city}${t.report.year}年的${name}预期目标`,
          ]) {
            const r = ask(library, q);
            if (!r.found || !(r.value ?? '').includes(x.value)) misses.push(`${q} → ${r.value}`);
          }
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('answers each previous-year result, by year and by 去年', () => {
    const misses: string[] = [];
    for (const t of all) {
      const latest = corpus.findCity(t.report.short)!.years.at(-1)!;
      for (const a of reviewHeadlines(t.report, t.facts)) {
        const ind = INDICATORS.find((i) => i.name === a.indicator)!;
        const qs = [`${t.report.short}${a.year}年${ind.name}实际完成多少`];
        if (t.report.year === latest) qs.push(`${t.report.short}去年${ind.name}实现多少`);
        for (const q of qs) {
          const r = ask(library, q);
          if (!r.found || !(r.value ?? '').includes((a.amount ?? a.growth)!.value)) misses.push(`${q} → ${r.value}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});
