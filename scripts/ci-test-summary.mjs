// CI's closing line from vitest's JSON report: "N passed, N failed, N skipped", and exit 1 when a test was
// skipped that CI must run. Only the seeds check may skip, and only when .ci/run said the seeds are absent.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const skipped = report.testResults.flatMap((file) =>
  file.assertionResults
    .filter((t) => t.status === 'skipped' || t.status === 'pending' || t.status === 'todo')
    .map((t) => `${file.name.replace(/^.*\/tests\//u, 'tests/')} › ${t.fullName}`),
);
const seedsAbsent = process.env.GOVREPORT_SEEDS_DIR === 'none';
const unexpected = skipped.filter((name) => !(seedsAbsent && /tests\/corpus\.test\.ts/u.test(name)));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped.length} skipped`);
if (unexpected.length > 0) {
  console.error(`CI runs every test, but ${unexpected.length} were skipped:`);
  for (const name of unexpected) console.error(`  ${name}`);
  process.exit(1);
}
