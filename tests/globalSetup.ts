import { execFileSync } from 'node:child_process';

/** Tests that run `npm start` or `npm run ingest` use dist/: build it once, before any of them races to. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
}
