import { afterEach, expect, it } from 'vitest';
import type { Logger } from '../src/support/log.js';
import { stopOnSignals } from '../src/support/stopOnSignals.js';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
const kept = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));

afterEach(() => {
  // Only this file's listeners go: those vitest had stay.
  for (const s of SIGNALS)
    for (const l of process.listeners(s)) if (!kept.get(s)!.includes(l)) process.removeListener(s, l);
});

it("keeps a listener for SIGTERM at every moment of a shutdown, so the process group's second copy never meets Node's default action", () => {
  const own = process.listenerCount('SIGTERM');
  const listening: number[] = [];
  const lines: string[] = [];
  const logger: Logger = {
    info: (msg: string) => {
      lines.push(msg);
      listening.push(process.listenerCount('SIGTERM') - own);
    },
    warn: (msg: string) => lines.push(msg),
    error: (msg: string) => lines.push(msg),
    debug: () => {},
  };
  // A stop that never ends: the answers in flight are still being finished.
  stopOnSignals(logger, 'shutting down', () => new Promise<void>(() => {}));
  process.emit('SIGTERM', 'SIGTERM');
  process.emit('SIGTERM', 'SIGTERM');
  expect(lines).toEqual([
    'shutting down',
    'the same signal again, from the process group: still finishing the answers in flight',
  ]);
  // While "shutting down" was written, and after, this module was still listening.
  expect(listening).toEqual([1, 1]);
});
