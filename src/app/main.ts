/**
 * `npm start`: the bot when .env has a token, otherwise the local console answering the same commands.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runConsole } from '../faces/console/console.js';
import { defaultCorpus } from '../corpus/corpus.js';
import { loadConfig } from './config.js';
import { createLogger } from '../support/log.js';
import { searchIndexFor } from '../search/index.js';
import { targetsOf } from '../facts/store.js';
import { watchCorpus } from './watch.js';

async function main(): Promise<void> {
  const { config, problems, canConnect } = loadConfig();
  const logger = createLogger(config.logLevel, [process.env.DISCORD_TOKEN ?? null]);
  for (const p of problems) console.error(`config: ${p}`);
  // Build everything once before the first question, so no answer waits for an index.
  const corpus = defaultCorpus();
  searchIndexFor(corpus);
  targetsOf(corpus);
  const ctx = { corpus };
  watchCorpus(ctx, logger).unref();
  if (!canConnect) {
    console.error('No DISCORD_TOKEN in .env: starting the local console (type /help, or exit to quit).');
    const outDir = path.resolve('charts-out');
    await runConsole(ctx, {
      input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true, logger,
      saveAttachment: async (name, data) => {
        await mkdir(outDir, { recursive: true });
        const file = path.join(outDir, name);
        await writeFile(file, data);
        return file;
      },
    });
    return;
  }
  const { startBot } = await import('../faces/discord/bot.js');
  const bot = await startBot(config, ctx, logger);
  const stop = async (signal: string) => {
    logger.info('shutting down', { signal });
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
