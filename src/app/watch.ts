import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../command/contract.js';
import { CORPUS_DIR } from '../corpus/paths.js';
import { loadLibrary, warmLibrary } from '../query/library.js';
import type { Logger } from '../support/log.js';

/**
 * Rebuilds the library when `npm run ingest` rewrites catalog.json, and swaps it in whole once it is
 * built, so no question waits for a build or sees a new corpus with an old index.
 */
export function watchCorpus(
  ctx: Pick<CommandContext, 'library'>,
  logger: Logger,
  dir: string = CORPUS_DIR,
  load: () => CommandContext['library'] = () => warmLibrary(loadLibrary(dir)),
): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    try {
      ctx.library = load();
      logger.info('corpus reloaded', { reports: ctx.library.corpus.reports.length });
    } catch (e) {
      logger.error('corpus reload failed; keeping the previous corpus', { error: e });
    }
  };
  // Ingest writes many files; wait until it has been quiet for a moment.
  return watch(dir, (_event, file) => {
    if (file && path.basename(String(file)) !== 'catalog.json') return;
    clearTimeout(timer);
    timer = setTimeout(reload, 500);
  });
}
