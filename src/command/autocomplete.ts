import type { Corpus } from '../corpus/corpus.js';
import { allGlossaryTerms } from '../query/corpusQueries.js';
import { INDICATORS } from '../facts/indicators.js';
import { nfkc } from '../text/normalize.js';
import type { Choice } from './command.js';

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
export const MAX_CHOICES = 25;

function key(s: string): string {
  return nfkc(s).trim().toLowerCase();
}

export function cityChoices(corpus: Corpus, typed: string): Choice[] {
  const k = key(typed).replace(/(市|区|县)$/u, '');
  const ranked = corpus.cities
    .map((c) => {
      const hay = [c.short, c.city, c.slug, c.initials];
      const score = !k ? 1 : hay.some((h) => h === k) ? 3 : hay.some((h) => h.startsWith(k)) ? 2 : hay.some((h) => h.includes(k)) || c.province.startsWith(k) ? 1 : 0;
      return { c, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.c.short.localeCompare(b.c.short, 'zh-Hans-CN'));
  return ranked.slice(0, MAX_CHOICES).map(({ c }) => ({ name: `${c.city}（${c.province}，${c.years.join('、')}）`.slice(0, 100), value: c.short }));
}

/** Only the years that exist for the chosen city (all years when no city is chosen yet). */
export function yearChoices(corpus: Corpus, cityInput: string | undefined, typed: string): Choice[] {
  const city = cityInput ? corpus.findCity(cityInput) : undefined;
  const years = city ? city.years : corpus.years();
  const k = key(typed).replace(/年$/u, '');
  return [...years].reverse().filter((y) => String(y).startsWith(k)).slice(0, MAX_CHOICES).map((y) => ({ name: `${y}年`, value: String(y) }));
}

export function indicatorChoices(typed: string): Choice[] {
  const k = key(typed);
  return INDICATORS
    .filter((i) => !k || i.key.startsWith(k) || i.name.includes(k) || i.aliases.some((a) => key(a).includes(k)))
    .slice(0, MAX_CHOICES)
    .map((i) => ({ name: i.name, value: i.name }));
}

export function glossaryChoices(corpus: Corpus, typed: string): Choice[] {
  const k = key(typed);
  const seen = new Set<string>();
  return allGlossaryTerms(corpus)
    .filter((t) => !k || t.key.includes(k))
    .filter((t) => !seen.has(t.term) && seen.add(t.term))
    .slice(0, MAX_CHOICES)
    .map((t) => ({ name: `${t.term}（${t.city} ${t.year}）`.slice(0, 100), value: t.term.slice(0, 100) }));
}

export function provinceChoices(corpus: Corpus, typed: string): Choice[] {
  const k = key(typed);
  return [...new Set(corpus.reports.map((r) => r.province))].filter((p) => !k || p.includes(k)).slice(0, MAX_CHOICES).map((p) => ({ name: p, value: p }));
}
