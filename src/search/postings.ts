/**
 * A compact inverted index over Han bigrams and Latin/number tokens: for each token, the sorted ids
 * of the paragraphs holding it (Int32Array) and how often (Uint16Array). Intersections walk the
 * shortest list and look the others up by galloping search, so a query costs about as much as its
 * rarest pair occurs — not as much as the corpus is long.
 */

export type TokenKey = number | string;

/** Matching paragraphs sorted by id, with a score each. */
export interface Hits {
  docs: Int32Array;
  scores: Float64Array;
}

export const EMPTY_HITS: Hits = { docs: new Int32Array(0), scores: new Float64Array(0) };

export interface PostingList {
  docs: Int32Array;
  tfs: Uint16Array;
}

/** Han pairs become one number (two UTF-16 units), far cheaper to hash than a two-character string. */
export function pairKey(a: number, b: number): number {
  return a * 65536 + b;
}

const LATIN = /[a-z0-9]+(?:[.&+][a-z0-9]+)*%?/gy;

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Tokens of a normalised text: every adjacent Han pair, and whole Latin words / numbers. */
export function tokenKeys(norm: string, visit: (key: TokenKey) => void): void {
  let i = 0;
  while (i < norm.length) {
    const c = norm.charCodeAt(i);
    if (isHan(c)) {
      const next = norm.charCodeAt(i + 1);
      if (isHan(next)) visit(pairKey(c, next));
      i += 1;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      LATIN.lastIndex = i;
      const m = LATIN.exec(norm)!;
      visit(m[0]);
      i += m[0].length;
    } else {
      i += 1;
    }
  }
}

/** Tokens a query word's spelling must all be present for: its Han pairs and Latin tokens. */
export function queryKeys(normWord: string): TokenKey[] {
  const keys: TokenKey[] = [];
  tokenKeys(normWord, (k) => keys.push(k));
  return [...new Set(keys)];
}

export class PostingIndex {
  private constructor(
    private readonly lists: Map<TokenKey, PostingList>,
    readonly docLengths: Uint32Array,
    readonly averageLength: number,
  ) {}

  static build(normTexts: readonly string[]): PostingIndex {
    const growing = new Map<TokenKey, { docs: number[]; tfs: number[] }>();
    const docLengths = new Uint32Array(normTexts.length);
    const counts = new Map<TokenKey, number>();
    normTexts.forEach((text, doc) => {
      counts.clear();
      let length = 0;
      tokenKeys(text, (k) => {
        counts.set(k, (counts.get(k) ?? 0) + 1);
        length += 1;
      });
      docLengths[doc] = length;
      for (const [k, tf] of counts) {
        let list = growing.get(k);
        if (!list) {
          list = { docs: [], tfs: [] };
          growing.set(k, list);
        }
        list.docs.push(doc);
        list.tfs.push(Math.min(tf, 65535));
      }
    });
    const lists = new Map<TokenKey, PostingList>();
    for (const [k, l] of growing) lists.set(k, { docs: Int32Array.from(l.docs), tfs: Uint16Array.from(l.tfs) });
    const total = docLengths.reduce((a, b) => a + b, 0);
    return new PostingIndex(lists, docLengths, total / Math.max(1, normTexts.length));
  }

  private idf(list: PostingList): number {
    const n = this.docLengths.length;
    const df = list.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 (k1 1.2, b 0.75) of one token in one paragraph, its idf computed once per query. */
  private bm25(idf: number, tf: number, doc: number): number {
    const k1 = 1.2;
    const b = 0.75;
    return (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * this.docLengths[doc]!) / this.averageLength));
  }

  /**
   * Paragraphs holding every key, with the summed BM25 of those keys, sorted by id. Walks the shortest
   * list; each longer list is searched from where the previous look-up stopped (ids only grow).
   */
  intersect(keys: TokenKey[]): Hits {
    const found = keys.map((k) => this.lists.get(k));
    if (found.length === 0 || found.some((l) => !l)) return EMPTY_HITS;
    const sorted = (found as PostingList[]).sort((a, b) => a.docs.length - b.docs.length);
    const [driver, ...others] = sorted as [PostingList, ...PostingList[]];
    const idfs = sorted.map((l) => this.idf(l));
    const cursors = new Int32Array(others.length);
    const docs = new Int32Array(driver.docs.length);
    const scores = new Float64Array(driver.docs.length);
    let n = 0;
    outer: for (let i = 0; i < driver.docs.length; i += 1) {
      const doc = driver.docs[i]!;
      let score = this.bm25(idfs[0]!, driver.tfs[i]!, doc);
      for (let j = 0; j < others.length; j += 1) {
        const list = others[j]!;
        const at = gallop(list.docs, doc, cursors[j]!);
        cursors[j] = at;
        if (at >= list.docs.length) break outer;
        if (list.docs[at] !== doc) continue outer;
        score += this.bm25(idfs[j + 1]!, list.tfs[at]!, doc);
      }
      docs[n] = doc;
      scores[n] = score;
      n += 1;
    }
    return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
  }

  toJSON(): { averageLength: number; docLengths: string; lists: [TokenKey, string, string][] } {
    const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    return {
      averageLength: this.averageLength,
      docLengths: b64(this.docLengths),
      lists: [...this.lists].map(([k, l]) => [k, b64(l.docs), b64(l.tfs)]),
    };
  }

  static fromJSON(json: ReturnType<PostingIndex['toJSON']>): PostingIndex {
    const bytes = (s: string) => {
      const buf = Buffer.from(s, 'base64');
      return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    };
    const lists = new Map<TokenKey, PostingList>(
      json.lists.map(([k, d, t]) => [k, { docs: new Int32Array(bytes(d)), tfs: new Uint16Array(bytes(t)) }]),
    );
    return new PostingIndex(lists, new Uint32Array(bytes(json.docLengths)), json.averageLength);
  }
}

/** First index ≥ from whose id is ≥ target: exponential then binary search. */
export function gallop(docs: Int32Array, target: number, from: number): number {
  let lo = from;
  let step = 1;
  let hi = from;
  while (hi < docs.length && docs[hi]! < target) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, docs.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
