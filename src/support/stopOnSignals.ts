import type { Logger } from './log.js';

/**
 * SIGINT or SIGTERM (a supervisor, `docker stop`, Ctrl-C) runs `stop` once, logs, and exits 0 (1 if it failed); a second
 * signal while stopping exits 1 at once. Returns the same shutdown for other reasons to call.
 */
export function stopOnSignals(logger: Logger, what: string, stop: () => Promise<void>): (signal: string) => void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(what, { signal });
    process.once(signal, () => process.exit(1));
    void stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (e: unknown) => {
        logger.error('shutdown failed', { error: e instanceof Error ? e.message : String(e) });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return shutdown;
}
