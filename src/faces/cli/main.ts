#!/usr/bin/env node
/** `govreport <subcommand> … [--json]`: the scripting face; text output is the console's rendering. */
import { parseArgs } from 'node:util';
import { renderText } from '../console/renderText.js';
import { defaultCorpus } from '../../corpus/corpus.js';
import { isUserError } from '../../corpus/errors.js';
import { isMain } from '../../support/isMain.js';
import { SUBCOMMANDS } from './subcommands.js';

function usage(): string {
  return ['用法：', ...Object.values(SUBCOMMANDS).map((s) => `  ${s.usage}`)].join('\n');
}

export async function runCli(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(usage());
    return name ? 0 : 1;
  }
  const sub = SUBCOMMANDS[name];
  if (!sub) {
    err(`未知的子命令“${name}”。\n${usage()}`);
    return 1;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, ...(sub.options ?? {}) } });
  } catch (e) {
    err(`${(e as Error).message}\n用法：${sub.usage}`);
    return 1;
  }
  const json = parsed.values.json === true;
  try {
    const result = await sub.run(defaultCorpus(), { positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined> });
    out(json ? JSON.stringify(result.json, null, 2) : renderText(result.reply));
    return 0;
  } catch (e) {
    if (!isUserError(e)) throw e;
    err(e.message);
    if (json) out(JSON.stringify({ error: e.message, suggestions: e.suggestions }, null, 2));
    return 1;
  }
}

if (isMain(import.meta.url)) {
  runCli(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  });
}
