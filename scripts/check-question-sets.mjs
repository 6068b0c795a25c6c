// The labelled question sets stay honest measurements: each is data with its provenance; no question of a
// set that was ever held out (it has a first run, or is held out now) is written into src/ or commands/
// (code written for a question measures memory); and a set's first-run score, once committed, never changes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = 'tests/fixtures/questions';
const problems = [];
const sets = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: path.join(DIR, f), set: JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) }));

for (const { file, set } of sets) {
  for (const field of ['name', 'status', 'written', 'provenance', 'questions'])
    if (set[field] === undefined) problems.push(`${file}: no ${field}`);
  if (!['development', 'held-out'].includes(set.status))
    problems.push(`${file}: status must be development or held-out`);
}

const code = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? code(path.join(dir, e.name)) : /\.(ts|mjs|js)$/u.test(e.name) ? [path.join(dir, e.name)] : [],
  );
const sources = [...code('src'), ...code('commands')].map((f) => [f, readFileSync(f, 'utf8')]);
for (const { set } of sets) {
  if (set.status !== 'held-out' && !set.firstRun) continue;
  for (const { q } of set.questions) {
    const key = q.replace(/[?？。!！\s]+$/u, '');
    if (key.length < 6) continue;
    for (const [f, text] of sources)
      if (text.includes(key)) problems.push(`${f}: quotes the held-out question “${q}” (${set.name})`);
  }
}

// The first committed firstRun of each file is the one that counts.
if (existsSync('.git')) {
  for (const { file, set } of sets) {
    const commits = execFileSync('git', ['log', '--format=%H', '--reverse', '--', file], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const commit of commits) {
      let then;
      try {
        then = JSON.parse(execFileSync('git', ['show', `${commit}:${file}`], { encoding: 'utf8' }));
      } catch {
        continue;
      }
      if (!then.firstRun) continue;
      if (JSON.stringify(then.firstRun) !== JSON.stringify(set.firstRun))
        problems.push(
          `${file}: firstRun was ${JSON.stringify(then.firstRun)} when first committed (${commit.slice(0, 8)}); it may not change`,
        );
      break;
    }
  }
} else console.log('no git history here: first runs not checked against their first commit');

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `${sets.length} question sets: provenance present, no held-out question in the code, first runs as first recorded`,
);
