import { COMMANDS } from '../../commands/index.js';
import { isUserError } from '../corpus/errors.js';
import { errorReply, type Reply } from '../reply/model.js';
import type { CommandContext, CommandModule, CommandOptions } from './command.js';

export function commandFor(ctx: CommandContext, name: string): CommandModule | undefined {
  return (ctx.commands ?? COMMANDS).get(name);
}

/** Runs a command by name for any face. A user's mistake becomes a polite reply; a bug is thrown for the face to log. */
export async function runCommand(ctx: CommandContext, name: string, options: CommandOptions): Promise<Reply> {
  const command = commandFor(ctx, name);
  if (!command) return errorReply(`没有“/${name.slice(0, 30)}”这个命令。输入 /help 查看全部命令。`);
  try {
    return await command.handle(ctx, options);
  } catch (e) {
    if (isUserError(e)) return errorReply(e.message, e.suggestions);
    throw e;
  }
}

/** "/search 营商环境 city:南湖 limit:3" → name and options, the way the console and buttons spell a command. */
export function parseCommandLine(line: string): { name: string; options: CommandOptions } | null {
  const m = /^\/(\S+)\s*([\s\S]*)$/u.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const command = COMMANDS.get(name);
  const options: CommandOptions = {};
  const positional: string[] = [];
  const known = new Set((command?.definition.options ?? []).map((o) => o.name));
  for (const token of m[2]!.split(/\s+/u).filter(Boolean)) {
    const kv = /^([a-z]+)[:：](.*)$/u.exec(token);
    if (kv && known.has(kv[1]!)) options[kv[1]!] = kv[2]!;
    else positional.push(token);
  }
  const slots = (command?.definition.options ?? []).map((o) => o.name).filter((n) => !['public', 'mention'].includes(n) && options[n] === undefined);
  if (command?.greedy && slots.includes(command.greedy)) {
    if (positional.length > 0) options[command.greedy] = positional.join(' ');
  } else {
    positional.forEach((p, i) => {
      const slot = slots[Math.min(i, slots.length - 1)];
      if (slot) options[slot] = options[slot] === undefined ? p : `${String(options[slot])} ${p}`;
    });
  }
  return { name, options };
}
