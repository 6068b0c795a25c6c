import type { Logger } from './log.js';

/**
 * A signal the same as the first within this long is the same request delivered twice: systemd's
 * KillMode=control-group and Ctrl-C signal the whole process group, so node gets its own SIGTERM and npm's
 * forwarded copy a moment apart.
 */
export const SAME_SIGNAL_GRACE_MS = 3000;

/**
 * SIGINT or SIGTERM (a supervisor, `docker stop`, Ctrl-C) runs `stop` once, logs, and exits 0 (1 if it
 * failed). While stopping, a different signal, or the same one again after the grace period (a person
 * pressing Ctrl-C twice, a supervisor giving up), exits 1 at once; the same signal within it is the
 * group's copy and is ignored, so the answers in flight are finished. Returns the shutdown for other
 * reasons to call.
 */
export function stopOnSignals(logger: Logger, what: string, stop: () => Promise<void>): (signal: string) => void {
  let stopping = false;
  let first: { signal: string; at: number } | null = null;
  const again = (signal: string) => {
    if (first && signal === first.signal && Date.now() - first.at < SAME_SIGNAL_GRACE_MS) {
      logger.info('the same signal again, from the process group: still finishing the answers in flight', { signal });
      return;
    }
    logger.warn('second signal while stopping: exiting now', { signal });
    process.exit(1);
  };
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    first = { signal, at: Date.now() };
    logger.info(what, { signal });
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
  // One listener each for good: a listener removed and added again (process.once, then process.on) leaves a
  // moment with none, when Node restores the default action — and the group's second copy of the signal,
  // arriving then, killed the process with its answers in flight.
  const onSignal = (signal: string) => (stopping ? again(signal) : shutdown(signal));
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  return shutdown;
}
