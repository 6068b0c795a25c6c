import type { Corpus } from '../corpus/corpus.js';
import { INDICATORS } from '../facts/indicators.js';
import { segmenter } from '../text/segment.js';
import { type VocabEntry, Vocabulary } from './vocabulary.js';

const HAN_WORD = /^\p{Script=Han}{2,}$/u;
/** A word seen in fewer paragraphs is too rare to suggest (often a jieba guess at a name). */
const MIN_WORD_PARAGRAPHS = 2;

function placeEntries(corpus: Corpus): VocabEntry[] {
  return corpus.cities.map((c) => ({
    kind: 'place',
    value: c.short,
    label: `${c.city}（${c.province}，${c.years.join('、')}）`,
    names: [c.city, c.short, c.slug, c.initials],
    weight: c.years.length,
  }));
}

function provinceEntries(corpus: Corpus): VocabEntry[] {
  const reports = new Map<string, number>();
  for (const r of corpus.reports) reports.set(r.province, (reports.get(r.province) ?? 0) + 1);
  return [...reports].map(([province, n]) => ({
    kind: 'province',
    value: province,
    label: province,
    names: [province, province.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u, '')],
    weight: n,
  }));
}

function indicatorEntries(): VocabEntry[] {
  return INDICATORS.map((i, n) => ({
    kind: 'indicator',
    value: i.name,
    label: i.name,
    names: [i.name, i.key, ...i.aliases],
    // The dictionary lists the headline indicators first.
    weight: INDICATORS.length - n,
  }));
}

function glossaryEntries(corpus: Corpus): VocabEntry[] {
  return corpus.reports.flatMap((r) =>
    r.glossary.map((g) => ({
      kind: 'glossary' as const,
      value: g.term,
      label: `${g.term}（${r.city} ${r.year}）`,
      names: [g.term],
      weight: 1,
    })),
  );
}

/** The reports' own words (jieba with the domain words), by the number of paragraphs they occur in. */
function wordEntries(corpus: Corpus): VocabEntry[] {
  const paragraphsWith = new Map<string, number>();
  for (const { paragraph } of corpus.allParagraphs()) {
    for (const word of new Set(segmenter().cut(paragraph.text))) {
      if (HAN_WORD.test(word)) paragraphsWith.set(word, (paragraphsWith.get(word) ?? 0) + 1);
    }
  }
  return [...paragraphsWith]
    .filter(([, n]) => n >= MIN_WORD_PARAGRAPHS)
    .map(([word, n]) => ({ kind: 'word', value: word, label: word, names: [word], weight: n }));
}

/** Every name vocabulary of a corpus, built once with the rest of the library. */
export function buildVocabulary(corpus: Corpus): Vocabulary {
  return Vocabulary.build([
    ...placeEntries(corpus),
    ...provinceEntries(corpus),
    ...indicatorEntries(),
    ...glossaryEntries(corpus),
    ...wordEntries(corpus),
  ]);
}
