import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseCommandLine } from '../../command/commandLine.js';
import type { CommandContext } from '../../command/contract.js';
import { runCommand } from '../../command/dispatch.js';
import { errorReply, type Reply } from '../../reply/model.js';
import { newIncidentId } from '../../support/incident.js';
import type { Logger } from '../../support/log.js';
import { ANSI_STYLE, PLAIN_STYLE, renderText } from './renderText.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** A terminal: show a prompt and bold highlights; piped input gets neither. */
  interactive: boolean;
  logger: Logger;
  /** Where a reply's attachments (charts) are written; the console prints the path. */
  saveAttachment?: (name: string, data: Buffer) => Promise<string>;
}

/** One console line → a reply: "/targets 嘉兴 2024", "/search 营商环境 city:南湖", or a plain question for /ask. */
export async function answerLine(ctx: CommandContext, line: string, logger: Logger): Promise<Reply> {
  const isCommand = line.startsWith('/') || line.startsWith('／');
  const parsed = isCommand
    ? parseCommandLine(line.replace(/^／/u, '/'), ctx.commands)
    : { name: 'ask', options: { question: line } };
  if (!parsed) return errorReply('无法识别的命令。输入 /help 查看全部命令。');
  try {
    return (await runCommand(ctx, parsed.name, parsed.options)).reply;
  } catch (e) {
    const incident = newIncidentId();
    logger.error('console command failed', { incident, line, error: e });
    return { ...errorReply('抱歉，处理这个请求时出错了。'), incidentId: incident };
  }
}

/** Reads lines until the input ends (piped stdin) or the user types exit. */
export async function runConsole(ctx: CommandContext, opts: ConsoleOptions): Promise<void> {
  const rl = createInterface({
    input: opts.input,
    output: opts.interactive ? opts.output : undefined,
    terminal: opts.interactive,
  });
  const style = opts.interactive ? ANSI_STYLE : PLAIN_STYLE;
  if (opts.interactive) {
    rl.setPrompt('govreport> ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit' || line === '/exit') break;
    if (line) {
      const reply = await answerLine(ctx, line, opts.logger);
      let text = renderText(reply, style);
      for (const a of reply.attachments ?? []) {
        if (opts.saveAttachment) text += `\n图表已保存：${await opts.saveAttachment(a.name, a.data)}`;
      }
      opts.output.write(`${text}\n\n`);
    }
    if (opts.interactive) rl.prompt();
  }
  rl.close();
}
