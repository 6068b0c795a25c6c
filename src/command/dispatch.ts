import { isUserError, UserError } from '../corpus/errors.js';
import { errorReply, type Reply } from '../reply/model.js';
import { clip } from '../text/clip.js';
import { readArguments } from './arguments.js';
import type { CommandContext, RequestInfo } from './contract.js';

export interface CommandOutcome {
  /** The CSV export, when asked for. */
  csv?: string | null;
  /** False when the user's input could not be answered (unknown place, bad year…): the CLI exits 1. */
  ok: boolean;
  json: unknown;
  reply: Reply;
}

/**
 * Runs a command by name for any face. A user's mistake becomes a polite reply (and `{error,
 * suggestions}` for --json); a bug is thrown for the face to log with an incident id.
 */
export async function runCommand(
  ctx: CommandContext,
  name: string,
  raw: Readonly<Record<string, unknown>>,
  { chart = true, csv = false, request = {} }: { chart?: boolean; csv?: boolean; request?: RequestInfo } = {},
): Promise<CommandOutcome> {
  try {
    const command = ctx.commands.get(name);
    if (!command) throw new UserError(`没有“/${clip(name, 30)}”这个命令。输入 /help 查看全部命令。`);
    return { ok: true, ...(await command.run(ctx, readArguments(command.options, raw), { chart, csv, request })) };
  } catch (e) {
    if (!isUserError(e)) throw e;
    return {
      ok: false,
      json: { error: e.message, suggestions: e.suggestions },
      reply: errorReply(e.message, e.suggestions),
    };
  }
}
