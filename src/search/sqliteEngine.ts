import Database from 'better-sqlite3';
import { KeyEngine } from './engine.js';
import { EMPTY_HITS, type Hits, type TokenKey, tokenKeys } from './postings.js';

/**
 * The same bigram tokens as the posting lists, in an SQLite FTS5 table on disk: for corpora too big to
 * hold posting lists in every process. FTS5 finds the paragraphs holding every token (contentless, so the
 * file holds only the index); the score is computed here with the posting engine's own BM25 — df from
 * FTS5's vocabulary, tf counted in the candidate's text, the paragraph lengths stored beside — so both
 * engines return the same paragraphs in the same order (tested).
 */

/** A token as FTS5 stores it: a Han pair as its two characters, a Latin word or number as written. */
function tokenText(key: TokenKey): string {
  return typeof key === 'number' ? String.fromCharCode(Math.floor(key / 65536), key % 65536) : key;
}

/** unicode61 keeps Han characters as token characters; these keep 3.55%, pm2.5 and r&d whole, as tokenKeys does. */
const SCHEMA = `
  CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
  CREATE VIRTUAL TABLE tokens USING fts5(t, content='', columnsize=0, tokenize="unicode61 tokenchars '.&+%'");
`;

/** Writes the token table of `normTexts` (by position) to a new database file; `stamp` says what it was built from. */
export function writeTokenDatabase(file: string, normTexts: readonly string[], stamp: string): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SCHEMA);
    const lengths = new Uint32Array(normTexts.length);
    const insert = db.prepare('INSERT INTO tokens(rowid, t) VALUES (?, ?)');
    db.transaction(() => {
      normTexts.forEach((text, doc) => {
        const words: string[] = [];
        tokenKeys(text, (k) => words.push(tokenText(k)));
        lengths[doc] = words.length;
        insert.run(doc, words.join(' '));
      });
      const meta = db.prepare('INSERT INTO meta(name, value) VALUES (?, ?)');
      meta.run('stamp', stamp);
      meta.run('lengths', Buffer.from(lengths.buffer, lengths.byteOffset, lengths.byteLength));
      db.exec("INSERT INTO tokens(tokens) VALUES ('optimize')");
    })();
  } finally {
    db.close();
  }
}

/** The stamp a token database was written with, or null when the file is not one (missing, damaged, foreign). */
export function tokenDatabaseStamp(file: string): string | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare("SELECT value FROM meta WHERE name = 'stamp'").get() as { value: string } | undefined;
      return typeof row?.value === 'string' ? row.value : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Occurrences of a two-character pair, overlapping ones too ("经济经济" has 经济 twice, 济经 once). */
function pairCount(text: string, pair: string): number {
  let n = 0;
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) n += 1;
  return n;
}

const LATIN_CHAR = /[a-z0-9.&+%]/;
const LATIN_TOKEN = /[a-z0-9]+(?:[.&+][a-z0-9]+)*%?/g;

/**
 * How often tokenKeys yields the Latin token `word` in `text`: only the runs of Latin characters that hold
 * it are tokenised (a run starts after a character no Latin token can hold, so tokenKeys's scan restarts
 * there) — tokenising every candidate whole cost 60× more.
 */
function latinCount(text: string, word: string): number {
  let n = 0;
  let at = text.indexOf(word);
  while (at >= 0) {
    let start = at;
    while (start > 0 && LATIN_CHAR.test(text[start - 1]!)) start -= 1;
    let end = at + word.length;
    while (end < text.length && LATIN_CHAR.test(text[end]!)) end += 1;
    for (const m of text.slice(start, end).matchAll(LATIN_TOKEN)) if (m[0] === word) n += 1;
    at = text.indexOf(word, end);
  }
  return n;
}

const k1 = 1.2;
const b = 0.75;

export class SqliteEngine extends KeyEngine {
  readonly name = 'sqlite fts5 (bigram)';
  private readonly db: Database.Database;
  private readonly match: Database.Statement<[string], number>;
  private readonly df: Database.Statement<[string], number>;
  private readonly dfs = new Map<string, number>();
  private readonly docLengths: Uint32Array;
  private readonly averageLength: number;

  /** Opens `file` read-only (every process on a machine shares the one file and the OS's page cache). */
  constructor(file: string, normTexts: readonly string[]) {
    super(normTexts);
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    this.db.pragma('mmap_size = 1073741824');
    const row = this.db.prepare("SELECT value FROM meta WHERE name = 'lengths'").get() as { value: Buffer };
    const lengths = new Uint8Array(row.value);
    this.docLengths = new Uint32Array(lengths.buffer, lengths.byteOffset, lengths.byteLength / 4);
    if (this.docLengths.length !== normTexts.length) {
      this.db.close();
      throw new Error('the search database does not match the corpus; rebuild it');
    }
    // Summed and divided as PostingIndex.build does, so the floats are the same.
    const total = this.docLengths.reduce((a, n) => a + n, 0);
    this.averageLength = total / Math.max(1, normTexts.length);
    this.match = this.db
      .prepare<[string], number>('SELECT rowid FROM tokens WHERE tokens MATCH ? ORDER BY rowid')
      .pluck();
    this.db.exec("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'tokens', 'row')");
    this.df = this.db.prepare<[string], number>('SELECT doc FROM temp.vocabulary WHERE term = ?').pluck();
  }

  close(): void {
    this.db.close();
  }

  private idf(df: number): number {
    const n = this.docLengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** A key's document frequency; the file never changes under an open engine, so each is asked once. */
  private documentFrequency(text: string): number {
    let n = this.dfs.get(text);
    if (n === undefined) {
      n = this.df.get(text) ?? 0;
      this.dfs.set(text, n);
    }
    return n;
  }

  /** Paragraphs holding every key, with the summed BM25 of the keys — PostingIndex.intersect's figures. */
  protected intersect(keys: TokenKey[]): Hits {
    const texts = keys.map(tokenText);
    const dfs = texts.map((t) => this.documentFrequency(t));
    if (dfs.some((n) => n === 0)) return EMPTY_HITS;
    // The posting engine adds the keys' scores rarest first; the same order gives the same sums.
    const order = keys.map((_, i) => i).sort((x, y) => dfs[x]! - dfs[y]!);
    const idfs = order.map((i) => this.idf(dfs[i]!));
    const tokens = order.map((i) => texts[i]!);
    const latin = order.map((i) => typeof keys[i] === 'string');
    const docs = Int32Array.from(this.match.all(texts.map((t) => `"${t}"`).join(' ')));
    const scores = new Float64Array(docs.length);
    // tf as tokenKeys counts it, in the candidate's text: the posting lists store it, FTS5 does not give it.
    for (let n = 0; n < docs.length; n += 1) {
      const doc = docs[n]!;
      const text = this.normTexts[doc]!;
      const norm = k1 * (1 - b + (b * this.docLengths[doc]!) / this.averageLength);
      let score = 0;
      for (let j = 0; j < tokens.length; j += 1) {
        const tf = Math.min(latin[j] ? latinCount(text, tokens[j]!) : pairCount(text, tokens[j]!), 65535);
        score += (idfs[j]! * tf * (k1 + 1)) / (tf + norm);
      }
      scores[n] = score;
    }
    return { docs, scores };
  }
}
