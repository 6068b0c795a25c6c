/**
 * `npm run docs`: rewrites the README's command table from the command definitions, so the table
 * cannot drift from what the bot answers (a test checks that it is current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS } from '../commands/index.js';
import { synopsis } from '../src/command/contract.js';
import { PROJECT_ROOT } from '../src/corpus/paths.js';

export const START = '<!-- commands:start (npm run docs) -->';
export const END = '<!-- commands:end -->';

export function commandTable(): string {
  const rows = [...COMMANDS.values()].map((c) => `| \`${synopsis(c)}\` | \`${c.example}\` | ${c.summary} |`);
  return ['| command | example | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}

export function withCommandTable(readme: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, from + START.length)}\n${commandTable()}\n${readme.slice(to)}`;
}

const readmePath = path.join(PROJECT_ROOT, 'README.md');
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  writeFileSync(readmePath, withCommandTable(readFileSync(readmePath, 'utf8')));
}
