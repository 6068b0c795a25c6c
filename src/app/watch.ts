import { unwatchFile, watchFile } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../command/contract.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import { loadLibrary, warmLibraryGradually } from '../query/library.js';
import type { Logger } from '../support/log.js';
import { metrics } from '../support/metrics.js';

type Library = CommandContext['library'];

/**
 * Why a freshly loaded corpus must not replace the running one, or null when it may. Only the reports
 * `guarded` says are the committed corpus's count: users' reports are removed on purpose (/report remove,
 * in this process or another).
 */
export function refuseReload(
  current: Library,
  next: Library,
  guarded: (id: string) => boolean = () => true,
): string | null {
  const reports = next.corpus.reports;
  if (reports.length === 0) return 'the new catalog lists no reports';
  const kept = new Set(reports.map((r) => r.id));
  const lost = current.corpus.reports.filter((r) => !kept.has(r.id) && guarded(r.id)).map((r) => r.id);
  // `npm run ingest` only adds; a catalog that drops reports is a mistake or a half-written copy.
  // Removing reports on purpose is a restart (or /report remove, which reloads by itself).
  if (lost.length) return `the new catalog loses ${lost.length} report(s): ${lost.slice(0, 5).join(', ')}`;
  return null;
}

export interface WatchOptions {
  /** The corpus folder whose catalog.json is watched. */
  dir?: string;
  /** Builds the next library (off the question path). */
  load?: () => Library | Promise<Library>;
  pollMs?: number;
  /** Told of each reload swapped in, with the library it replaced (followers hear of the new reports). */
  reloaded?: (before: Library, after: Library) => void;
  /** Other catalogs to watch: the users' reports in DATA_DIR, which another process may change. */
  alsoWatch?: readonly string[];
  /** Which reports a reload may not lose (the committed corpus's); every one by default. */
  guarded?: (id: string) => boolean;
}

/** A reload asked for by something other than a catalog change (another process said so over Redis). */
export interface CorpusWatcher {
  close(): void;
  reload(): Promise<void>;
}

/**
 * Rebuilds the library when `npm run ingest` rewrites catalog.json, and swaps it in whole once it is
 * built and checked, so no question waits for a build or sees a new corpus with an old index.
 * The catalog is watched by path (stat polling), so replacing the whole corpus directory does not
 * silently end the watching, as an inotify watch on the old directory would.
 */
export function watchCorpus(
  ctx: Pick<CommandContext, 'library'>,
  logger: Logger,
  {
    dir = CORPUS_DIR,
    load = () => warmLibraryGradually(loadLibrary(dir)),
    pollMs = 500,
    reloaded = () => {},
    alsoWatch = [],
    guarded,
  }: WatchOptions = {},
): CorpusWatcher {
  const catalog = path.join(dir, 'catalog.json');
  let timer: NodeJS.Timeout | undefined;
  let reloading = false;
  let again = false;
  const reload = async (): Promise<void> => {
    // One reload at a time; a change during a reload is read once it is done.
    if (reloading) {
      again = true;
      return;
    }
    reloading = true;
    try {
      const next = await load();
      const refusal = refuseReload(ctx.library, next, guarded);
      if (refusal) {
        metrics.reload('refused');
        logger.error('corpus reload refused; keeping the previous corpus', { reason: refusal });
        return;
      }
      const before = ctx.library;
      ctx.library = next;
      logger.info('corpus reloaded', { reports: next.corpus.reports.length });
      metrics.reload('swapped');
      reloaded(before, next);
    } catch (e) {
      metrics.reload('failed');
      logger.error('corpus reload failed; keeping the previous corpus', { error: e });
    } finally {
      reloading = false;
      if (again) {
        again = false;
        void reload();
      }
    }
  };
  const onChange = (now: { mtimeMs: number; size: number }, before: { mtimeMs: number; size: number }) => {
    if (now.mtimeMs === before.mtimeMs && now.size === before.size) return;
    if (now.mtimeMs === 0) return; // the catalog is gone for a moment (a directory being replaced)
    // Ingest writes many files; wait until it has been quiet for a moment.
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), 500);
  };
  const catalogs = [catalog, ...alsoWatch];
  for (const file of catalogs) watchFile(file, { interval: pollMs, persistent: false }, onChange);
  return {
    close: () => {
      clearTimeout(timer);
      for (const file of catalogs) unwatchFile(file, onChange);
    },
    reload,
  };
}
