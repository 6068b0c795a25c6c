import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { matchKey } from '../text/normalize.js';

/** What a vocabulary entry names: the look-ups a user makes by name. */
export type TermKind = 'place' | 'province' | 'indicator' | 'glossary' | 'word';

export interface VocabEntry {
  kind: TermKind;
  /** What a choice puts into the command: 嘉兴, 规模以上工业增加值, 五减. */
  value: string;
  /** What a person sees in a list: 嘉兴市（浙江省，2014、2015…）. */
  label: string;
  /** Every name it is known by, searched whole and by character pairs: 嘉兴市, 嘉兴, jiaxing, jx. */
  names: readonly string[];
  /** How common it is (paragraphs it occurs in, reports of a place): ranks equal matches. */
  weight: number;
}

export interface LookupOptions {
  kind: TermKind;
  limit?: number;
}

interface Document {
  id: number;
  names: string;
  grams: string;
  chars: string;
}

const SEPARATOR = '\u0001';

/** Names are indexed whole (a name is one term), so tokenising is only splitting the joined list. */
const split = (text: string) => text.split(SEPARATOR).filter(Boolean);
const MINI_OPTIONS: Options<Document> = {
  fields: ['names', 'grams', 'chars'],
  tokenize: split,
  processTerm: (term) => term,
  searchOptions: { tokenize: split, processTerm: (term) => term },
};

export interface SavedVocabulary {
  entries: readonly VocabEntry[];
  mini: AsPlainObject;
}

function key(text: string): string {
  return matchKey(text).replace(/[“”"‘’'《》「」]/gu, '');
}

/** Overlapping character pairs of a name: what a near miss or a fragment still shares with it. */
function pairs(name: string): string[] {
  const chars = [...name];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * The small name vocabularies (places, indicators, glossary terms, the reports' words) for
 * autocomplete, "did you mean" and no-hit suggestions. minisearch fits here: a few thousand short
 * names, prefix and fuzzy look-ups on its radix tree; the passage search stays on bigram postings.
 */
export class Vocabulary {
  private readonly mini: MiniSearch<Document>;

  private constructor(
    private readonly entries: readonly VocabEntry[],
    saved?: AsPlainObject,
  ) {
    if (saved) {
      this.mini = MiniSearch.loadJS<Document>(saved, MINI_OPTIONS);
      return;
    }
    this.mini = new MiniSearch<Document>(MINI_OPTIONS);
    this.mini.addAll(
      entries.map((entry, id) => {
        const names = [...new Set(entry.names.map(key).filter(Boolean))];
        return {
          id,
          names: names.join(SEPARATOR),
          grams: [...new Set(names.flatMap(pairs))].join(SEPARATOR),
          // Single characters serve autocomplete only (兴 → 嘉兴、资兴); the words list never completes.
          chars: entry.kind === 'word' ? '' : [...new Set(names.flatMap((n) => [...n]))].join(SEPARATOR),
        };
      }),
    );
  }

  static build(entries: readonly VocabEntry[]): Vocabulary {
    return new Vocabulary(entries);
  }

  /** What `restore` needs to open this vocabulary without re-indexing its names. */
  save(): SavedVocabulary {
    return { entries: this.entries, mini: this.mini.toJSON() };
  }

  static restore(saved: SavedVocabulary): Vocabulary {
    return new Vocabulary(saved.entries, saved.mini);
  }

  get size(): number {
    return this.entries.length;
  }

  private ofKind(kind: TermKind): VocabEntry[] {
    return this.entries.filter((e) => e.kind === kind);
  }

  private byWeight(list: VocabEntry[]): VocabEntry[] {
    return [...list].sort((a, b) => b.weight - a.weight || a.value.localeCompare(b.value, 'zh-Hans-CN'));
  }

  private run(
    query: Parameters<MiniSearch<Document>['search']>[0],
    kind: TermKind,
  ): { entry: VocabEntry; score: number }[] {
    return this.mini.search(query, { filter: (r) => this.entries[r.id as number]!.kind === kind }).map((r) => {
      const entry = this.entries[r.id as number]!;
      return { entry, score: r.score * (1 + Math.log1p(entry.weight) / 10) };
    });
  }

  /**
   * Autocomplete: names that start with what was typed (嘉 → 嘉兴, jia → 嘉兴), then names holding it
   * (规上 → 规模以上工业增加值 via its alias). Empty input lists the most common entries.
   */
  complete(typed: string, { kind, limit = 25 }: LookupOptions): VocabEntry[] {
    const k = key(typed);
    if (!k) return this.byWeight(this.ofKind(kind)).slice(0, limit);
    const grams = pairs(k);
    const queries = [
      { queries: [k], fields: ['names'], prefix: true, boost: { names: 4 } },
      ...(grams.length > 0
        ? [{ queries: grams, fields: ['grams'], combineWith: 'AND' as const }]
        : [{ queries: [k], fields: ['chars'] }]),
    ];
    return this.run({ combineWith: 'OR', queries }, kind)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((r) => r.entry);
  }

  /**
   * "Did you mean": entries one edit away (营商环竟 → 营商环境) or sharing most of the typed name's
   * character pairs (七星阁平台 → “七星阁”社会治理研判指挥平台). Never the typed name itself, never a
   * fragment: every entry is a whole word or name of the reports.
   */
  closest(typed: string, { kind, limit = 5 }: LookupOptions): VocabEntry[] {
    const k = key(typed);
    const length = [...k].length;
    if (length < 2) return [];
    const grams = pairs(k);
    // Place names are two or three characters, so one wrong character (嘉行) is worth a guess there;
    // among two-character words one edit away there are too many to be a suggestion.
    const fuzzy = length >= (kind === 'place' ? 2 : 3) ? 1 : 0;
    const found = this.run(
      {
        combineWith: 'OR',
        queries: [
          { queries: [k], fields: ['names'], fuzzy, boost: { names: 4 } },
          { queries: grams, fields: ['grams'], combineWith: 'OR' },
        ],
      },
      kind,
    );
    const needed = Math.max(1, Math.ceil(grams.length / 2));
    return found
      .filter(({ entry }) => !entry.names.some((n) => key(n) === k))
      .filter(({ entry }) => {
        const theirs = new Set(entry.names.flatMap((n) => pairs(key(n))));
        const shared = grams.filter((g) => theirs.has(g)).length;
        return shared >= needed || entry.names.some((n) => withinOneEdit(key(n), k));
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((r) => r.entry);
  }
}

/** Levenshtein distance ≤ 1, by code point. */
function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  const rest = (p: string[], q: string[]) => p.join('') === q.join('');
  return rest(x.slice(i + 1), y.slice(i + 1)) || rest(x.slice(i), y.slice(i + 1)) || rest(x.slice(i + 1), y.slice(i));
}
