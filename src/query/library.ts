import { chooseEngine, type SearchEngineKind, type SearchEngineWish } from '../built/engineChoice.js';
import { openSavedLibrary, type SavedParts, savedLibraryPath, writeSavedLibrary } from '../built/savedLibrary.js';
import { searchDatabasePath, sqliteEngineFor } from '../built/searchDatabase.js';
import { type Corpus, loadCorpus } from '../corpus/corpus.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import type { Report } from '../corpus/types.js';
import { LazyFacts } from '../facts/persist.js';
import { extractFacts, type FactStore, type ReportTargets } from '../facts/store.js';
import { SearchIndex } from '../search/index.js';
import { buildVocabulary } from '../vocab/build.js';
import type { Vocabulary } from '../vocab/vocabulary.js';

/**
 * Everything the queries read, built once from one corpus and replaced as a whole on reload, so an
 * answer never mixes an old index with a new corpus. Passed to every face as a value.
 */
export interface Library {
  readonly corpus: Corpus;
  readonly index: SearchIndex;
  readonly facts: FactStore;
  readonly vocabulary: Vocabulary;
  /** Where the parts come from: the saved file, or built here (and why), for the start-up line. */
  readonly origin: string;
  /** The search engine and why it was chosen, e.g. "memory (auto: 2,058 paragraphs ≤ 100,000)". */
  readonly engine: string;
  /**
   * Saves the built parts beside the corpus so the next start opens them, and says what happened; null
   * for a library opened from its file. A corpus folder that cannot be written is reported, not fatal.
   */
  save(): string | null;
}

/** Computes a value on first use, then keeps it: the library's parts are built only when a query needs them. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * The library of a corpus. Its parts are built (or opened from `saved`) on first use, so a one-shot CLI
 * command builds only what it reads; a long-running face calls `warmLibrary` first, so no user's answer
 * waits for a build. `file` is where `save` writes the built parts.
 */
export function buildLibrary(
  corpus: Corpus,
  from: {
    saved?: SavedParts;
    file?: string;
    origin?: string;
    /** The SQLite search database to open (or build) instead of posting lists in memory. */
    sqlite?: { file: string; said?: (line: string) => void };
    engine?: string;
  } = {},
): Library {
  const { saved, file, sqlite } = from;
  const index = once(() =>
    sqlite
      ? SearchIndex.build(corpus, (texts) => sqliteEngineFor(sqlite.file, corpus, texts, sqlite.said))
      : (saved?.index() ?? SearchIndex.build(corpus)),
  );
  const facts = once(() => saved?.facts() ?? extractFacts(corpus));
  const vocabulary = once(() => saved?.vocabulary() ?? buildVocabulary(corpus));
  return {
    corpus,
    get index() {
      return index();
    },
    get facts() {
      return facts();
    },
    get vocabulary() {
      return vocabulary();
    },
    origin: from.origin ?? 'built in memory',
    engine: from.engine ?? (sqlite ? 'sqlite' : 'memory'),
    save() {
      if (saved || !file) return null;
      try {
        writeSavedLibrary(file, corpus, { index: index(), facts: facts(), vocabulary: vocabulary() });
        return `saved ${file}`;
      } catch (e) {
        return `could not save ${file}: ${e instanceof Error ? e.message : String(e)}`;
      }
    },
  };
}

/** Waits a turn of the event loop, so acknowledgements get through between the parts of a warm-up. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds every part now (about 0.5 s here). With `facts: false` the facts of a saved library are left to
 * `warmFactsGradually` (or to the first query that reads a report), so a large corpus answers sooner.
 */
export function warmLibrary(library: Library, parts: { facts?: boolean } = {}): Library {
  void library.index;
  if (parts.facts !== false) {
    const facts = library.facts;
    if (facts instanceof LazyFacts) facts.loadFor(Number.POSITIVE_INFINITY);
  }
  void library.vocabulary;
  return library;
}

/**
 * Parses a saved library's facts about 10 ms at a time, a turn of the event loop between slices (the
 * whole takes 2.7 s at ×100, and no acknowledgement may wait that long). Resolves with the milliseconds
 * it took; a query meanwhile parses the report it reads.
 */
export async function warmFactsGradually(library: Library): Promise<number> {
  const started = performance.now();
  const facts = library.facts;
  if (facts instanceof LazyFacts) while (!facts.loadFor(10)) await turn();
  return Math.round(performance.now() - started);
}

/**
 * The same warm-up, one part per turn of the event loop: a reload while the bot serves lets
 * acknowledgements through between the index, the vocabulary and the slices of the facts.
 */
export async function warmLibraryGradually(library: Library): Promise<Library> {
  await turn();
  void library.index;
  await turn();
  void library.vocabulary;
  await turn();
  await warmFactsGradually(library);
  return library;
}

export interface LoadOptions {
  /** Reports users added, in a folder of their own (DATA_DIR). */
  userDir?: string;
  /** SEARCH_ENGINE: memory, sqlite, or auto (by corpus size). */
  engine?: SearchEngineWish;
  /** Hears what the SQLite engine did with its file (opened, built and why). */
  said?: (line: string) => void;
}

/**
 * The committed corpus plus, when given, the folder of reports users added; its parts come from the
 * library saved beside the corpus when that was built from this very corpus and code. With the SQLite
 * engine the search index is the database beside it (corpus/built/search.sqlite) instead.
 */
export function loadLibrary(dir: string = CORPUS_DIR, options: LoadOptions = {}): Library {
  const corpus = loadCorpus(dir, options.userDir);
  const choice = chooseEngine(corpus, options.engine ?? 'auto');
  const engine = `${choice.engine} (${choice.why})`;
  const sqlite = sqliteOf(choice.engine, dir, options.said);
  const file = savedLibraryPath(dir);
  const opened = openSavedLibrary(file, corpus, choice.engine === 'memory');
  if ('parts' in opened) return buildLibrary(corpus, { saved: opened.parts, origin: `opened ${file}`, sqlite, engine });
  return buildLibrary(corpus, { file, origin: `built from the corpus (${opened.problem})`, sqlite, engine });
}

function sqliteOf(engine: SearchEngineKind, dir: string, said?: (line: string) => void) {
  return engine === 'sqlite' ? { file: searchDatabasePath(dir), said } : undefined;
}

/** The facts of a report of this library's corpus: every report has an entry, so a miss is a bug. */
export function factsOf(library: Library, report: Report): ReportTargets {
  const facts = library.facts.get(report.id);
  if (!facts) throw new Error(`no facts for report ${report.id}: the library was built from another corpus`);
  return facts;
}

/** "Did you mean" for a place name: the places of the vocabulary one edit or most characters away. */
export function placeSuggester(library: Library): (typed: string) => string[] {
  return (typed) => library.vocabulary.closest(typed, { kind: 'place', limit: 3 }).map((e) => e.value);
}
