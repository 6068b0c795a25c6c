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

const MAGIC = 0x47525049; // "GRPI"
const VERSION = 1;
/** Sections of a packed file start on 8-byte boundaries, so typed-array views over them are legal. */
export const pad8 = (n: number) => n + ((8 - (n % 8)) % 8);

const HEADER_WORDS = 10; // seven counts, a spare word, then the average length as a float64 at byte 32

/**
 * The posting lists packed into one buffer: a header, the paragraph lengths, the sorted numeric keys
 * (Han pairs fit in 32 bits), their offsets, then every list's ids and counts back to back, and the
 * few string keys (Latin words, numbers) as JSON. Opening a saved index is wrapping views over the
 * buffer — no parsing, no per-list objects — so start-up does not re-tokenise the corpus.
 */
export class PostingIndex {
  readonly docLengths: Uint32Array;
  readonly averageLength: number;
  private readonly keys: Uint32Array;
  private readonly offsets: Uint32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Uint16Array;
  private readonly stringKeys: Map<string, number>;

  private constructor(readonly bytes: Uint8Array) {
    if (bytes.byteOffset % 8 !== 0) throw new Error('packed index must start on an 8-byte boundary');
    const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
    if (head[0] !== MAGIC || head[1] !== VERSION) throw new Error('not a packed posting index of this version');
    const [, , nDocs, nKeys, nPostings, jsonBytes, nNumeric] = head as unknown as number[];
    this.averageLength = new Float64Array(bytes.buffer, bytes.byteOffset + 32, 1)[0]!;
    let at = bytes.byteOffset + HEADER_WORDS * 4;
    const take = <T>(make: (offset: number) => T, byteLength: number): T => {
      if (at + byteLength > bytes.byteOffset + bytes.byteLength) throw new Error('packed index is truncated');
      const view = make(at);
      at += pad8(byteLength);
      return view;
    };
    const buf = bytes.buffer;
    this.docLengths = take((o) => new Uint32Array(buf, o, nDocs!), nDocs! * 4);
    this.keys = take((o) => new Uint32Array(buf, o, nNumeric!), nNumeric! * 4);
    this.offsets = take((o) => new Uint32Array(buf, o, nKeys! + 1), (nKeys! + 1) * 4);
    this.docs = take((o) => new Int32Array(buf, o, nPostings!), nPostings! * 4);
    this.tfs = take((o) => new Uint16Array(buf, o, nPostings!), nPostings! * 2);
    const json = take((o) => Buffer.from(buf, o, jsonBytes!).toString('utf8'), jsonBytes!);
    this.stringKeys = new Map(JSON.parse(json) as [string, number][]);
    if (this.offsets[nKeys!] !== nPostings) throw new Error('packed index offsets do not match its lists');
  }

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
    const total = docLengths.reduce((a, b) => a + b, 0);
    return PostingIndex.open(pack(growing, docLengths, total / Math.max(1, normTexts.length)));
  }

  /** Wraps a packed index (from `bytes`, or a file); throws when it is not one or is cut short. */
  static open(bytes: Uint8Array): PostingIndex {
    return new PostingIndex(bytes);
  }

  private list(key: TokenKey): PostingList | undefined {
    let slot: number | undefined;
    if (typeof key === 'string') slot = this.stringKeys.get(key);
    else {
      let lo = 0;
      let hi = this.keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.keys[mid]! < key) lo = mid + 1;
        else hi = mid;
      }
      if (this.keys[lo] === key) slot = lo;
    }
    if (slot === undefined) return undefined;
    const from = this.offsets[slot]!;
    const to = this.offsets[slot + 1]!;
    return { docs: this.docs.subarray(from, to), tfs: this.tfs.subarray(from, to) };
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
    const found = keys.map((k) => this.list(k));
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
}

/** Lays the lists out as `PostingIndex` reads them (numeric keys sorted, so a look-up is a binary search). */
function pack(
  lists: Map<TokenKey, { docs: number[]; tfs: number[] }>,
  docLengths: Uint32Array,
  averageLength: number,
): Uint8Array {
  const numeric = [...lists.keys()].filter((k): k is number => typeof k === 'number').sort((a, b) => a - b);
  const strings = [...lists.keys()].filter((k): k is string => typeof k === 'string');
  const order: TokenKey[] = [...numeric, ...strings];
  const nPostings = order.reduce<number>((n, k) => n + lists.get(k)!.docs.length, 0);
  const json = Buffer.from(JSON.stringify(strings.map((k, i) => [k, numeric.length + i])), 'utf8');
  const sizes = [
    HEADER_WORDS * 4,
    docLengths.length * 4,
    numeric.length * 4,
    (order.length + 1) * 4,
    nPostings * 4,
    nPostings * 2,
    json.length,
  ];
  const bytes = new Uint8Array(sizes.reduce((a, s) => a + pad8(s), 0));
  const starts = sizes.map((_, i) => sizes.slice(0, i).reduce((a, s) => a + pad8(s), 0)) as [number, ...number[]];
  const head = new Uint32Array(bytes.buffer, 0, HEADER_WORDS);
  head.set([MAGIC, VERSION, docLengths.length, order.length, nPostings, json.length, numeric.length]);
  new Float64Array(bytes.buffer, 32, 1)[0] = averageLength;
  new Uint32Array(bytes.buffer, starts[1]!, docLengths.length).set(docLengths);
  // Numeric keys only: the string keys are found through the JSON map, their slots after these.
  new Uint32Array(bytes.buffer, starts[2]!, numeric.length).set(numeric);
  const offsets = new Uint32Array(bytes.buffer, starts[3]!, order.length + 1);
  const docs = new Int32Array(bytes.buffer, starts[4]!, nPostings);
  const tfs = new Uint16Array(bytes.buffer, starts[5]!, nPostings);
  let at = 0;
  order.forEach((k, slot) => {
    const l = lists.get(k)!;
    offsets[slot] = at;
    docs.set(l.docs, at);
    tfs.set(l.tfs, at);
    at += l.docs.length;
  });
  offsets[order.length] = at;
  bytes.set(json, starts[6]!);
  return bytes;
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
