#!/usr/bin/env node
/** `govreport <command> … [--json]`: the scripting face, derived from the same command definitions. */

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { COMMANDS } from '../../../commands/index.js';
import { parseEngineWish } from '../../built/engineChoice.js';
import { assignPositionals, type RawOptions } from '../../command/commandLine.js';
import { type Command, type CommandContext, OptionType, positionalSynopsis } from '../../command/contract.js';
import { runCommand } from '../../command/dispatch.js';
import { isDamagedFile } from '../../corpus/errors.js';
import { loadLibrary } from '../../query/library.js';
import { ChartCache } from '../../reply/charts/cache.js';
import { runIfMain } from '../../support/isMain.js';
import { renderText } from '../console/renderText.js';

type Flags = Record<string, { type: 'string' | 'boolean' }>;

function flagsOf(command: Command): Flags {
  const flags: Flags = { json: { type: 'boolean' } };
  for (const o of command.options) flags[o.name] = { type: o.type === OptionType.Boolean ? 'boolean' : 'string' };
  if (command.hasChart) flags.png = { type: 'string' };
  if (command.hasCsv) flags.csv = { type: 'boolean' };
  return flags;
}

export function usageOf(command: Command): string {
  const named = command.options.filter((o) => !o.positional).map((o) => `[--${o.name} ${o.zh}]`);
  return [
    'govreport',
    positionalSynopsis(command),
    ...named,
    ...(command.hasChart ? ['[--png 文件]'] : []),
    ...(command.hasCsv ? ['[--csv]'] : []),
    '[--json]',
  ].join(' ');
}

function usage(): string {
  return ['用法：', ...[...COMMANDS.values()].filter((c) => c.name !== 'help').map((c) => `  ${usageOf(c)}`)].join(
    '\n',
  );
}

/** Runs one CLI invocation; the exit code is 0 for an answer, 1 for input we could not answer. */
export async function runCli(
  argv: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
  context?: () => CommandContext,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS.get(name);
  const wantsJson = rest.includes('--json');
  const fail = (message: string): number => {
    err(message);
    if (wantsJson) out(JSON.stringify({ error: message, suggestions: [] }, null, 2));
    return 1;
  };
  if (!command) return fail(`未知的子命令“${name}”。\n${usage()}`);
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: Flags }>>;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: flagsOf(command) });
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n用法：${usageOf(command)}`);
  }
  const { json, png, csv, ...named } = parsed.values as Record<string, string | boolean | undefined>;
  const options: RawOptions = assignPositionals(command, parsed.positionals, named);
  // SEARCH_ENGINE as the bot reads it; a bad value is auto, as there (the bot's log names it).
  const engine = parseEngineWish(process.env.SEARCH_ENGINE).wish;
  let ctx: CommandContext;
  try {
    ctx = context
      ? context()
      : { library: loadLibrary(undefined, { engine }), charts: new ChartCache(), commands: COMMANDS };
  } catch (e) {
    if (isDamagedFile(e)) return fail(e.message);
    throw e;
  }
  const outcome = await runCommand(ctx, name, options, { chart: typeof png === 'string', csv: csv === true });
  if (!outcome.ok) {
    err(outcome.reply.intro ?? outcome.reply.title);
    if (json === true) out(JSON.stringify(outcome.json, null, 2));
    return 1;
  }
  const chart = outcome.reply.attachments?.[0];
  if (typeof png === 'string' && chart) {
    try {
      await writeFile(png, chart.data);
    } catch (e) {
      return fail(`无法写入图表文件“${png}”：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (csv === true && outcome.csv) {
    out(outcome.csv.replace(/\r\n$/u, ''));
    return 0;
  }
  out(json === true ? JSON.stringify(outcome.json, null, 2) : renderText(outcome.reply));
  return 0;
}

runIfMain(import.meta.url, () => runCli(process.argv.slice(2)), 2);
