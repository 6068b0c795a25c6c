import type { Corpus, ParagraphRef } from '../corpus/corpus.js';
import type { MatchEngine } from './engine.js';
import { PostingEngine } from './postingEngine.js';
import { type Hits, PostingIndex } from './postings.js';
import { type ParsedQuery, parseQuery, type SearchFilters } from './query.js';
import { matchRanges, snippetOf } from './snippet.js';
import { normalizeForIndex } from './tokenize.js';

export interface SearchHit {
  id: string;
  report: string;
  city: string;
  year: number;
  section: string;
  /** The whole paragraph, verbatim. */
  text: string;
  snippet: string;
  snippetMarks: [number, number][];
  marks: [number, number][];
  score: number;
  /** Every query word stands in the paragraph as written (in some synonym form). */
  exact: boolean;
}

export interface SearchResponse {
  query: string;
  words: string[];
  filters: SearchFilters;
  total: number;
  offset: number;
  results: SearchHit[];
  /** Set when no paragraph has every word and the results match only some. */
  partial: boolean;
  notes: string[];
}

export interface SearchOptions extends SearchFilters {
  limit?: number;
  offset?: number;
}

/** Makes the candidate finder over the normalised paragraph texts; the bench passes its baselines here. */
export type EngineFactory = (normTexts: readonly string[]) => MatchEngine;

const postingEngine: EngineFactory = (texts) => new PostingEngine(texts);

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 50;

/**
 * Ranked full-text search over every paragraph: an engine finds candidates, this class filters,
 * de-duplicates, ranks and cuts snippets. Built from the corpus at start-up (about a second here);
 * `toJSON`/`fromJSON` let a persisted index replace the rebuild when the corpus grows.
 */
export class SearchIndex {
  private readonly refs: ParagraphRef[];
  private readonly normTexts: string[];
  /** Same city + same text → same number: a passage repeated in two reports of one city is shown once. */
  private readonly contentIds: Int32Array;

  private constructor(
    readonly corpus: Corpus,
    normTexts: string[],
    private readonly engine: MatchEngine,
  ) {
    this.refs = corpus.allParagraphs();
    this.normTexts = normTexts;
    const ids = new Map<string, number>();
    this.contentIds = Int32Array.from(this.refs, (r, i) => {
      const key = `${r.report.city}|${normTexts[i]!.replace(/\s+/gu, '')}`;
      const known = ids.get(key);
      if (known !== undefined) return known;
      ids.set(key, ids.size);
      return ids.size - 1;
    });
  }

  private static texts(corpus: Corpus): string[] {
    return corpus.allParagraphs().map((r) => normalizeForIndex(r.paragraph.text));
  }

  static build(corpus: Corpus, engine: EngineFactory = postingEngine): SearchIndex {
    const texts = SearchIndex.texts(corpus);
    return new SearchIndex(corpus, texts, engine(texts));
  }

  toJSON(): unknown {
    if (!(this.engine instanceof PostingEngine)) throw new Error('only the posting index is persisted');
    return { paragraphs: this.refs.length, postings: this.engine.index.toJSON() };
  }

  /** Loads a persisted index; it must have been built from this same corpus. */
  static fromJSON(
    corpus: Corpus,
    json: { paragraphs: number; postings: ReturnType<PostingIndex['toJSON']> },
  ): SearchIndex {
    if (json.paragraphs !== corpus.allParagraphs().length)
      throw new Error('persisted search index does not match the corpus; rebuild it');
    const texts = SearchIndex.texts(corpus);
    return new SearchIndex(corpus, texts, new PostingEngine(texts, PostingIndex.fromJSON(json.postings)));
  }

  /** Whether some paragraph holds this text as written (NFKC, lower case): "南湖实验室" is a name, not 南湖 + 实验室. */
  hasPhrase(text: string): boolean {
    const norm = normalizeForIndex(text);
    if (!norm) return false;
    const candidates = this.engine.candidates([{ text: norm, alternatives: [norm] }], 'AND');
    for (const doc of candidates.docs) if (this.normTexts[doc]!.includes(norm)) return true;
    return false;
  }

  get size(): number {
    return this.refs.length;
  }

  get engineName(): string {
    return this.engine.name;
  }

  private passes(ref: ParagraphRef, f: SearchFilters): boolean {
    const r = ref.report;
    return (
      (!f.city || r.city === f.city) &&
      (f.year === undefined || r.year === f.year) &&
      (!f.province || r.province.startsWith(f.province)) &&
      (!f.level || r.level === f.level)
    );
  }

  /** BM25 order, except that paragraphs holding the query words as written come first (measured: fixes the misses pairs leave). */
  private rank(
    candidates: Hits,
    parsed: ParsedQuery,
  ): { ref: ParagraphRef; score: number; exact: boolean; phrase: number }[] {
    const whole = parsed.words.length > 1 ? parsed.words.map((w) => w.text).join('') : null;
    const seen = new Set<number>();
    const ranked = [];
    for (let i = 0; i < candidates.docs.length; i += 1) {
      const doc = candidates.docs[i]!;
      const score = candidates.scores[i]!;
      const ref = this.refs[doc]!;
      if (!this.passes(ref, parsed.filters)) continue;
      const content = this.contentIds[doc]!;
      if (seen.has(content)) continue;
      seen.add(content);
      const norm = this.normTexts[doc]!;
      const present = parsed.words.filter((w) => w.alternatives.some((a) => norm.includes(a))).length;
      const phrase = (whole && norm.includes(whole) ? parsed.words.length + 1 : 0) + present;
      ranked.push({ ref, score, exact: present === parsed.words.length, phrase, doc });
    }
    return ranked.sort((a, b) => b.phrase - a.phrase || b.score - a.score || a.doc - b.doc);
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const { limit: rawLimit, offset: rawOffset, ...explicit } = options;
    const parsed = parseQuery(this, query, explicit);
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.trunc(rawLimit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT));
    const requestedOffset = Math.max(0, Math.trunc(rawOffset ?? 0) || 0);
    const all = this.engine.candidates(parsed.words, 'AND');
    let ranked = this.rank(all, parsed);
    let partial = false;
    if (ranked.length === 0 && parsed.words.length > 1) {
      ranked = this.rank(this.engine.candidates(parsed.words, 'OR'), parsed);
      partial = ranked.length > 0;
    }
    const notes = [...parsed.notes];
    if (partial) notes.push('没有同时包含所有词语的段落，以下结果只包含部分词语。');
    if (ranked.length === 0) {
      const f = parsed.filters;
      if (f.city || f.year !== undefined || f.province || f.level) {
        const unfiltered = this.rank(all, { ...parsed, filters: {} }).length;
        if (unfiltered > 0) notes.push(`去掉城市、年份等筛选条件后有 ${unfiltered} 条结果。`);
      }
    }
    // A page past the end (a stale button, page:100) shows the last page.
    const offset = Math.min(requestedOffset, Math.max(0, Math.floor((ranked.length - 1) / limit) * limit));
    const results = ranked.slice(offset, offset + limit).map(({ ref, score, exact }): SearchHit => {
      const marks = matchRanges(ref.paragraph.text, parsed.words);
      const snippet = snippetOf(ref.paragraph.text, marks);
      return {
        id: ref.paragraph.id,
        report: ref.report.id,
        city: ref.report.city,
        year: ref.report.year,
        section: ref.paragraph.section.join(' › '),
        text: ref.paragraph.text,
        snippet: snippet.text,
        snippetMarks: snippet.marks,
        marks,
        score: Math.round(score * 1000) / 1000,
        exact,
      };
    });
    return {
      query,
      words: parsed.words.map((w) => w.text),
      filters: parsed.filters,
      total: ranked.length,
      offset,
      results,
      partial,
      notes,
    };
  }
}
