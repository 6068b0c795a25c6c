import { execFileSync } from 'node:child_process';
import { redisHere } from './helpers/redisServer.js';

/** Tests that run `npm start` or `npm run ingest` use dist/: build it once, before any of them races to. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
  // One line up front, so a skipped Redis test is never a silent one (the runner lists them as skipped too).
  if (!redisHere.available) console.warn(`govreport: the Redis tests are skipped — ${redisHere.skipReason}.`);
}
