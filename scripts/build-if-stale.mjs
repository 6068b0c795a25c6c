#!/usr/bin/env node
// `npm start` and the other run scripts use the compiled dist/ (tsx costs 0.18 s and 28 MB at start).
// A source file edited since the last build would then run stale code, so rebuild first — but only
// then: a no-op `tsc --incremental` still costs ~1.4 s here, this check ~30 ms.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.tsbuildinfo');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    // (the lexicon and the gazetteer are JSON the build copies: an edit to them alone is a change too)
    else if (/\.(?:ts|json)$/u.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

let built = 0;
try {
  built = statSync(stamp).mtimeMs;
} catch {
  // never built
}
const sources = Math.max(
  ...['src', 'commands'].map((d) => newestSource(path.join(root, d))),
  ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => statSync(path.join(root, f)).mtimeMs),
);
if (sources > built) {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  // tsc leaves its build info untouched when nothing changed: mark this check as done.
  const now = new Date();
  utimesSync(stamp, now, now);
}
