import { COMMANDS } from '../../commands/index.js';
import type { CommandContext } from '../../src/command/contract.js';
import { loadLibrary } from '../../src/query/library.js';
import { ChartCache } from '../../src/reply/charts/cache.js';

/** The committed corpus as the app loads it: built once per test file. */
export const library = loadLibrary();
export const corpus = library.corpus;

/** What every face runs commands with; a fresh chart cache each time, so no test sees another's charts. */
export function commandContext(): CommandContext {
  return { library, charts: new ChartCache(), commands: COMMANDS };
}
