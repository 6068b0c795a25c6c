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
