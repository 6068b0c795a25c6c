import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../command/command.js';
import type { Logger } from '../support/log.js';
import { searchIndexFor } from '../search/index.js';
import { targetsOf } from '../facts/store.js';
import { loadCorpus } from '../corpus/corpus.js';
import { CORPUS_DIR } from '../corpus/paths.js';

/**
 * Re-loads the corpus when `npm run ingest` rewrites catalog.json, and builds its index and targets
 * before swapping it in, so no question waits for a build. Indexes belong to a corpus object, so the
 * old ones are dropped with it.
 */
export function watchCorpus(ctx: CommandContext, logger: Logger, dir: string = CORPUS_DIR): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    try {
      const corpus = loadCorpus(dir);
      searchIndexFor(corpus);
      targetsOf(corpus);
      ctx.corpus = corpus;
      logger.info('corpus reloaded', { reports: corpus.reports.length });
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
