import { COMMANDS } from '../commands/index.js';
import { runCommand } from '../src/command/dispatch.js';
import { loadLibrary } from '../src/query/library.js';
import { ChartCache } from '../src/reply/charts/cache.js';

const ctx = { library: loadLibrary(), charts: new ChartCache(), commands: COMMANDS };
for (const q of process.argv.slice(2)) {
  const o = await runCommand(ctx as never, 'ask', { question: q }, {});
  const r = o.reply as { title: string; intro?: string; quotes?: { id: string }[] };
  console.log(q, '→', r.title, '|', (r.intro ?? '').slice(0, 80), '|', r.quotes?.[0]?.id);
}
