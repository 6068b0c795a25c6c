import type { Corpus, ParagraphRef } from '../corpus/corpus.js';
import { NO_PERIOD, type Period, paragraphPeriods } from '../corpus/period.js';
import { segmenter } from '../text/segment.js';
import type { MatchEngine } from './engine.js';
import { hitOf } from './hit.js';
import { PostingEngine } from './postingEngine.js';
import { type Hits, PostingIndex } from './postings.js';
import { alternativesOf, canonicalSpelling, type ParsedQuery, parseQuery, type QueryWord } from './query.js';
import { type IndexedParagraphs, rankCandidates } from './rank.js';
import { normalizeForIndex } from './tokenize.js';
import type { SearchOptions, SearchResponse } from './types.js';
import { QUERY_STOP_WORDS } from './vocabulary.js';

export type { SearchOptions, SearchResponse } from './types.js';

/** The words searched for, operators spelled back, so the reply shows how the query was read. */
function understoodQuery(parsed: ParsedQuery): string {
  const words = parsed.words.map((w) =>
    w.form === 'phrase'
      ? w.text
          .split(' | ')
          .map((p) => `"${p}"`)
          .join(' OR ')
      : w.text.replaceAll(' | ', ' OR '),
  );
  return [...words, ...parsed.excluded.map((w) => `-${w.text}`)].join(' ');
}

/** Makes the candidate finder over the normalised paragraph texts; the bench passes its baselines here. */
export type EngineFactory = (normTexts: readonly string[]) => MatchEngine;

const postingEngine: EngineFactory = (texts) => new PostingEngine(texts);

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 50;

/**
 * Ranked full-text search over every paragraph: an engine finds candidates, this class filters,
 * de-duplicates, ranks and cuts snippets. Built from the corpus at start-up (about a second here);
 * `packedPostings`/`open` let an index saved beside the corpus replace the rebuild.
 */
export class SearchIndex implements IndexedParagraphs {
  readonly refs: readonly ParagraphRef[];
  readonly normTexts: readonly string[];
  readonly contentIds: Int32Array;
  readonly periods: readonly Period[];

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
    const byReport = new Map(corpus.reports.map((r) => [r.id, paragraphPeriods(r)]));
    this.periods = this.refs.map((r) => byReport.get(r.report.id)?.get(r.paragraph.id) ?? NO_PERIOD);
  }

  private static texts(corpus: Corpus): string[] {
    return corpus.allParagraphs().map((r) => normalizeForIndex(r.paragraph.text));
  }

  static build(corpus: Corpus, engine: EngineFactory = postingEngine): SearchIndex {
    const texts = SearchIndex.texts(corpus);
    return new SearchIndex(corpus, texts, engine(texts));
  }

  /** The packed posting lists, to be saved beside the corpus; null for an engine with its own file. */
  packedPostings(): Uint8Array | null {
    return this.engine instanceof PostingEngine ? this.engine.index.bytes : null;
  }

  /** Opens a saved index over the corpus it was built from (the caller checks the corpus fingerprint). */
  static open(corpus: Corpus, packed: Uint8Array): SearchIndex {
    const texts = SearchIndex.texts(corpus);
    const postings = PostingIndex.open(packed);
    if (postings.docLengths.length !== texts.length)
      throw new Error('saved search index does not match the corpus; rebuild it');
    return new SearchIndex(corpus, texts, new PostingEngine(texts, postings));
  }

  /** Whether some paragraph holds this text as written (NFKC, lower case): "南湖实验室" is a name, not 南湖 + 实验室. */
  hasPhrase(text: string): boolean {
    const norm = normalizeForIndex(text);
    if (!norm) return false;
    const candidates = this.engine.candidates([{ text: norm, alternatives: [norm] }], 'AND');
    for (const doc of candidates.docs) if (this.normTexts[doc]!.includes(norm)) return true;
    return false;
  }

  /**
   * A word of the query that no paragraph holds as written ("扬尘治理", "提高质量") is matched by its jieba
   * words instead: the reports may write them apart ("扬尘污染整治") — the junction is what was missing.
   */
  private splitMissingWords(parsed: ParsedQuery, memo: Map<string, Hits>): ParsedQuery {
    const has = (w: QueryWord) => this.engine.candidates([w], 'AND', memo).docs.length > 0;
    const words = parsed.words.flatMap((w) => {
      if (w.form || [...w.text].length < 3 || !/^\p{Script=Han}+$/u.test(w.text) || has(w)) return [w];
      // Cut the word in the reports' own wording (老年人服务机构 → 养老服务机构), keep the parts the reports
      // use; the parts they never use are dropped (the notes name them).
      const best = segmenter()
        .cut(canonicalSpelling(w.text))
        .filter((p) => [...p].length >= 2 && !QUERY_STOP_WORDS.has(p))
        .map((p) => ({ text: p, alternatives: alternativesOf(p) }))
        .filter(has);
      // One known part is no better than a misspelling ("营商环竟"): keep the word for did-you-mean.
      return best.length >= 2 ? best : [w];
    });
    return { ...parsed, words: [...new Map(words.map((w) => [w.text, w])).values()] };
  }

  get size(): number {
    return this.refs.length;
  }

  get engineName(): string {
    return this.engine.name;
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const { limit: rawLimit, offset: rawOffset, sort = 'relevance', ...explicit } = options;
    // Hits of each word, kept for this search only: a word is looked up to see whether it occurs, then to match.
    const memo = new Map<string, Hits>();
    let parsed = this.splitMissingWords(parseQuery(this, query, explicit), memo);
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.trunc(rawLimit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT));
    const requestedOffset = Math.max(0, Math.trunc(rawOffset ?? 0) || 0);
    const all = this.engine.candidates(parsed.words, 'AND', memo);
    let ranked = rankCandidates(this, all, parsed);
    let partial = false;
    if (ranked.length === 0 && parsed.words.length > 1) {
      ranked = rankCandidates(this, this.engine.candidates(parsed.words, 'OR', memo), parsed);
      partial = ranked.length > 0;
    }
    const notes = [...parsed.notes];
    // A five-year plan that scopes nothing: the passages outside it, said so, rather than none.
    const { period } = parsed.filters;
    if (ranked.length === 0 && period) {
      const { period: _scope, ...wider } = parsed.filters;
      const outside = rankCandidates(this, all, { ...parsed, filters: wider });
      if (outside.length > 0) {
        ranked = outside;
        parsed = { ...parsed, filters: wider };
        notes.push(`${period.name}（${period.from}—${period.to}年）的回顾和规划中没有这些词语；以下是其他段落。`);
      }
    }
    if (partial) {
      const absent = parsed.words
        .filter((w) => this.engine.candidates([w], 'AND', memo).docs.length === 0)
        .map((w) => w.text);
      notes.push(
        `没有同时包含所有词语的段落，以下结果只包含部分词语${absent.length > 0 ? `；报告中没有出现：${absent.join('、')}` : ''}。`,
      );
    }
    if (ranked.length === 0) {
      const f = parsed.filters;
      if (f.city || f.year !== undefined || f.province || f.level) {
        const unfiltered = rankCandidates(this, all, { ...parsed, filters: {} }).length;
        if (unfiltered > 0) notes.push(`去掉城市、年份等筛选条件后有 ${unfiltered} 条结果。`);
      }
    }
    // Newest report first; the relevance order stays within a year (the sort is stable).
    if (sort === 'date') ranked = [...ranked].sort((a, b) => b.ref.report.year - a.ref.report.year);
    // A page past the end (a stale button, page:100) shows the last page.
    const offset = Math.min(requestedOffset, Math.max(0, Math.floor((ranked.length - 1) / limit) * limit));
    const results = ranked.slice(offset, offset + limit).map((r) => hitOf(r, parsed.words));
    return {
      query,
      words: parsed.words.map((w) => w.text),
      understood: understoodQuery(parsed),
      sort,
      filters: parsed.filters,
      total: ranked.length,
      offset,
      results,
      partial,
      notes,
    };
  }
}
