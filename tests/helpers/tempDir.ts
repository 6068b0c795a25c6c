import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** The folders this test file made: removed once it is done, so a run leaves nothing in the system's /tmp. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary one (govreport-<what>-XXXXXX), removed when the test file is done. */
export function tempDir(what: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `govreport-${what}-`));
  made.push(dir);
  return dir;
}
