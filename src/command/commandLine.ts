import type { Command, CommandRegistry } from './contract.js';

/** Options as a console line or a CLI gives them: strings, read against the options by readArguments. */
export type RawOptions = Record<string, string | number | boolean | undefined>;

/** Options a console line or a button never spells: Discord's sharing choices. */
const NOT_SPELLED = new Set(['public', 'mention']);

/**
 * Bare words into the positional options not already named: a `rest` option takes them all;
 * otherwise they fill the positional options in order and the last one takes what is left.
 */
export function assignPositionals(
  command: Command | undefined,
  words: readonly string[],
  options: RawOptions,
): RawOptions {
  if (!command || words.length === 0) return options;
  const out = { ...options };
  const rest = command.options.find((o) => o.positional === 'rest');
  if (rest) {
    if (out[rest.name] === undefined) out[rest.name] = words.join(' ');
    return out;
  }
  const slots = command.options.filter((o) => o.positional && out[o.name] === undefined).map((o) => o.name);
  words.forEach((word, i) => {
    const slot = slots[Math.min(i, slots.length - 1)];
    if (slot) out[slot] = out[slot] === undefined ? word : `${String(out[slot])} ${word}`;
  });
  return out;
}

/** "/search 营商环境 city:南湖 limit:3" → name and options, the way the console and buttons spell a command. */
export function parseCommandLine(
  line: string,
  commands: CommandRegistry,
): { name: string; options: RawOptions } | null {
  const m = /^\/(\S+)\s*([\s\S]*)$/u.exec(line.trim());
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase();
  const command = commands.get(name);
  const known = new Set((command?.options ?? []).map((o) => o.name));
  const options: RawOptions = {};
  const words: string[] = [];
  for (const token of (m[2] ?? '').split(/\s+/u).filter(Boolean)) {
    const kv = /^([a-z]+)[:：](.*)$/u.exec(token);
    const key = kv?.[1];
    if (kv && key && known.has(key)) options[key] = kv[2] ?? '';
    else words.push(token);
  }
  return { name, options: assignPositionals(command, words, options) };
}

/** The console spelling of a command with its options, so buttons can re-run it: "/search city:南湖区 营商环境". */
export function formatCommandLine(name: string, options: RawOptions, commands: CommandRegistry): string {
  const rest = commands.get(name)?.options.find((o) => o.positional === 'rest')?.name;
  const named = Object.entries(options)
    .filter(([k, v]) => v !== undefined && v !== '' && k !== rest && !NOT_SPELLED.has(k))
    .map(([k, v]) => `${k}:${String(v).replace(/\s+/gu, '')}`);
  const restValue = rest ? options[rest] : undefined;
  const tail = restValue !== undefined ? [String(restValue).replace(/\s+/gu, ' ').trim()] : [];
  return [`/${name}`, ...named, ...tail].join(' ');
}
