/**
 * A hostile run for `npm run bench`: the real `npm start` against the fake Discord, fed garbled
 * payloads, markdown, mentions, masked links, odd Unicode and huge options, then ten thousand
 * interactions from distinct users. Prints counts and RSS; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { BotProcess } from '../../tests/helpers/botProcess.js';
import { FakeDiscord, type RecordedRequest } from '../../tests/helpers/fakeDiscord.js';
import { autocomplete, button, slash } from '../../tests/helpers/interactions.js';

const TOKEN = 'hstl0000000000000000000000.faketk.not-a-real-token-0000000000000';
let seq = 700000000000000000n;
const newUser = () => {
  seq += 1n;
  return seq.toString();
};

const NASTY = [
  '[官方通知](https://evil.example/phish)',
  '@everyone 营商环境 @here',
  '<@123456789012345678> GDP',
  '**__~~||嘉兴||~~__**',
  '\u001b[2J\u001b[31m红色\u0000',
  '\ud800半个字符',
  '\u202eevil\u202c',
  '😀'.repeat(500),
  '营'.repeat(6000),
  '   ',
  'https://evil.example www.evil.example',
  '```js\nalert(1)\n```',
];
const COMMANDS: [string, string][] = [
  ['search', 'query'],
  ['targets', 'city'],
  ['ask', 'question'],
  ['glossary', 'term'],
  ['compare', 'indicator'],
];

type Payload = { id: string; token: string } & Record<string, unknown>;

function hostilePayloads(): Payload[] {
  const out: Payload[] = [];
  for (const text of NASTY)
    for (const [name, option] of COMMANDS) {
      out.push(slash(newUser(), name, { [option]: text }));
      out.push(slash(newUser(), name, { [option]: text, public: true }));
    }
  for (let i = 0; i < 40; i += 1) {
    const objectOptions = slash(newUser(), 'targets') as Payload & { data: Record<string, unknown> };
    objectOptions.data.options = { name: 'city', value: '嘉兴' };
    out.push(objectOptions);
    const noMessage = button(newUser(), `run:${i}`, {}) as Payload;
    delete noMessage.message;
    out.push(noMessage);
    const nullData = slash(newUser(), 'search') as Payload;
    nullData.data = null;
    out.push(nullData);
    const wrongTypes = slash(newUser(), 'search', { query: '营商' }) as Payload & { data: Record<string, unknown> };
    wrongTypes.data.options = [{ name: 'query', type: 3, value: { toString: 1 } }];
    out.push(wrongTypes);
    out.push(button(newUser(), 'x'.repeat(100), {}) as Payload);
  }
  return out;
}

const LIVE_LINK = /\]\(https?:\/\/|https?:\/\/evil|www\.evil/u;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0) / 1024;
}

/** The node process npm exec'd: npm's child. */
function botPid(npmPid: number): number {
  const children = readFileSync(`/proc/${npmPid}/task/${npmPid}/children`, 'utf8').trim().split(/\s+/u);
  return Number(children[0] ?? npmPid);
}

export async function hostileFigures(): Promise<string[]> {
  const server = new FakeDiscord();
  await server.start();
  const bot = new BotProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, LOG_LEVEL: 'info' });
  const lines: string[] = [];
  try {
    await bot.waitForOutput(/"msg":"ready"/u, 60_000);
    const payloads = hostilePayloads();
    const after = server.requests.length;
    for (const p of payloads) {
      server.dispatch('INTERACTION_CREATE', p);
      await new Promise((r) => setImmediate(r));
    }
    await new Promise((r) => setTimeout(r, 15_000));
    const mine = server.requests.slice(after);
    const answered = payloads.filter((p) => mine.some((r) => r.path.includes(p.token))).length;
    const bodies = mine.filter((r) => r.body).map((r: RecordedRequest) => JSON.stringify(r.body));
    const pings = mine.filter((r) => {
      const m = r.body?.allowed_mentions ?? r.body?.data?.allowed_mentions;
      return m && (m.parse?.length || (m.users?.length ?? 0) > 0);
    }).length;
    const tooLong = mine.filter((r) => {
      const e = r.body?.embeds?.[0] ?? r.body?.data?.embeds?.[0];
      const content = r.body?.content ?? r.body?.data?.content ?? '';
      return content.length > 2000 || (e && (e.description?.length ?? 0) > 4096) || (e && (e.title?.length ?? 0) > 256);
    }).length;
    lines.push(
      `hostile interactions: ${payloads.length} sent, ${answered} answered, ${payloads.length - answered} unanswered`,
      `  live links from user text: ${bodies.filter((b) => LIVE_LINK.test(b)).length}; pings: ${pings}; over Discord limits: ${tooLong}; token in a reply: ${bodies.filter((b) => b.includes(TOKEN)).length}`,
      `  bot process: ${bot.child.exitCode === null ? 'still serving' : `exited ${bot.child.exitCode}`}; token in its output: ${bot.out.includes(TOKEN) ? 'yes' : 'no'}`,
    );
    // Memory against distinct users: RSS after 1,000 and after 10,000 autocompletes from new users.
    const pid = botPid(bot.child.pid!);
    const burst = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        server.dispatch('INTERACTION_CREATE', autocomplete(newUser(), 'targets', { city: 'jia' }, 'city'));
        if (i % 50 === 0) await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 3000));
    };
    await burst(1000);
    const at1k = rssMb(pid);
    await burst(9000);
    const at10k = rssMb(pid);
    lines.push(
      `RSS after 1,000 distinct users ${at1k.toFixed(0)} MiB, after 10,000 ${at10k.toFixed(0)} MiB (${(((at10k - at1k) / at1k) * 100).toFixed(1)} %)`,
    );
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exit(15_000);
    await server.stop();
  }
  return lines;
}
