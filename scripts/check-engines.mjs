// Every installed package must support every Node version the project declares (package.json engines):
// a dependency that needs a newer Node than we promise fails here, not on a user's machine at run time.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const project = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const ours = project.engines.node;
const refused = [];
for (const [where, entry] of Object.entries(lock.packages)) {
  const theirs = entry.engines?.node;
  if (!where || typeof theirs !== 'string') continue;
  if (!semver.subset(ours, theirs, { loose: true }))
    refused.push(`${where.replace(/^.*node_modules\//u, '')}@${entry.version} needs node ${theirs}`);
}
if (!semver.satisfies(process.version, ours)) refused.push(`this machine's node ${process.version} is outside ${ours}`);
if (refused.length > 0) {
  console.error(`package.json declares node ${ours}, but:\n  ${refused.join('\n  ')}`);
  process.exit(1);
}
console.log(`every locked package supports node ${ours}`);
