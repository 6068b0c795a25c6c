import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** True when this module is the program being run, also through a symlink (node_modules/.bin/govreport). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * Runs a program's `main` when this module is the one being run: its number is the exit code; a throw
 * is printed (by `show`, the whole error by default) and exits with `failureCode`.
 */
export function runIfMain(
  moduleUrl: string,
  main: () => Promise<number>,
  failureCode: number,
  show: (e: unknown) => unknown = (e) => e,
): void {
  if (!isMain(moduleUrl)) return;
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(show(e));
      process.exitCode = failureCode;
    },
  );
}
