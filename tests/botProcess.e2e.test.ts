import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from './helpers/botProcess.js';
import { BOT_ID, botUser, FakeDiscord, type RecordedRequest } from './helpers/fakeDiscord.js';
import { button, mentionMessage, slash } from './helpers/interactions.js';

/**
 * The real `npm start` process against the fake Discord: what an operator's supervisor sees.
 * Faults a unit test cannot show — a payload discord.js itself chokes on, a signal mid-answer,
 * Discord refusing the token — must leave either a serving bot or a non-zero exit, never a silent one.
 */
const TOKEN = 'proc0000000000000000000000.faketk.not-a-real-token-0000000000000';
let userSeq = 500000000000000000n;
const newUser = () => {
  userSeq += 1n;
  return userSeq.toString();
};

function env(server: FakeDiscord): Record<string, string> {
  return { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, DISCORD_CLIENT_ID: '100000000000000001' };
}

const forToken = (token: string) => (r: RecordedRequest) => r.path.includes(token);

describe('npm start against a fake Discord: hostile payloads, buttons, and a graceful stop', () => {
  const server = new FakeDiscord();
  let bot: BotProcess;

  beforeAll(async () => {
    await server.start();
    bot = new BotProcess({ ...env(server), HEALTH_PORT: '0', INTERACTIONS_HOST: '127.0.0.1' });
    await bot.waitForOutput(/"msg":"ready"/u, 60_000);
  }, 90_000);

  afterAll(async () => {
    bot.signalGroup('SIGKILL');
    await server.stop();
  });

  async function ask(payload: { id: string; token: string }, done: (r: RecordedRequest) => boolean) {
    const after = server.requests.length;
    server.dispatch('INTERACTION_CREATE', payload);
    return server.waitFor((r) => forToken(payload.token)(r) && done(r), 15_000, after);
  }
  const edited = (r: RecordedRequest) => r.method === 'PATCH';
  const callback = (r: RecordedRequest) => r.path.endsWith('/callback');

  it('serves liveness, readiness (library and gateway) and Prometheus metrics on HEALTH_PORT', async () => {
    const port = Number(/"msg":"health endpoint listening".*?"port":(\d+)/u.exec(bot.out)?.[1]);
    expect(port).toBeGreaterThan(0);
    const get = (p: string) => fetch(`http://127.0.0.1:${port}${p}`);
    const live = await get('/health/live');
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ live: true });
    const ready = await get('/health/ready');
    expect(ready.status).toBe(200);
    const checks = ((await ready.json()) as { checks: { name: string; ok: boolean }[] }).checks;
    expect(checks.map((c) => [c.name, c.ok])).toEqual([
      ['library', true],
      ['gateway', true],
    ]);
    await ask(slash(newUser(), 'targets', { city: '嘉兴', year: 2024 }), edited);
    const text = await (await get('/metrics')).text();
    expect(text).toMatch(/govreport_interactions_total\{command="targets",outcome="result"\} [1-9]/u);
    expect(text).toMatch(/govreport_answer_seconds_bucket\{le="3",command="targets"\} [1-9]/u);
    expect(text).toMatch(/govreport_library_reports 29/u);
    expect(text).toMatch(/govreport_process_resident_memory_bytes \d+/u);
    expect((await get('/nothing')).status).toBe(404);
  });

  it('answers an interaction whose options are an object, politely and privately, and keeps serving', async () => {
    const garbled = slash(newUser(), 'targets') as ReturnType<typeof slash> & { data: { options: unknown } };
    garbled.data.options = { name: 'city', type: 3, value: '嘉兴' };
    const reply = await ask(garbled, callback);
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(reply.body.data.content).toMatch(/无法读取这个请求.*事件编号 [0-9a-f]{8}/u);
    expect(bot.out).toMatch(/garbled gateway payload ignored/u);
    const next = await ask(slash(newUser(), 'targets', { city: '嘉兴', year: 2024 }), edited);
    expect(next.body.embeds[0].title).toContain('嘉兴');
  });

  it('survives a button press without its message', async () => {
    const press = button(newUser(), 'run:whatever', {}) as Record<string, unknown>;
    delete press.message;
    const reply = await ask(press as { id: string; token: string }, callback);
    expect(reply.body.data.flags).toBe(64);
    const next = await ask(slash(newUser(), 'help'), edited);
    expect(next.body.embeds[0].title).toContain('govreport');
  });

  it('never turns a masked link in an option into a live link, even in a public reply that pings', async () => {
    const victim = newUser();
    const payload = slash(
      newUser(),
      'search',
      { query: '[官方通知](https://evil.example/phish) 营商环境', public: true, mention: victim },
      [victim],
    );
    const final = await ask(payload, edited);
    const shown = JSON.stringify({ content: final.body.content, embeds: final.body.embeds });
    expect(shown).toContain('官方通知');
    expect(shown).not.toMatch(/\]\(https?:\/\//u);
    expect(shown).not.toContain('https://evil.example');
    expect(final.body.allowed_mentions).toEqual({ parse: [], users: [victim], replied_user: false });
  });

  it('counts button presses against the rate limit: 30 simultaneous presses re-run at most the limit', async () => {
    const u = newUser();
    const first = await ask(slash(u, 'search', { query: '营商环境' }), edited);
    const next = first.body.components
      .flatMap((row: { components: { label: string; custom_id: string }[] }) => row.components)
      .find((b: { label: string }) => b.label.includes('下一页'));
    expect(next).toBeTruthy();
    const after = server.requests.length;
    const presses = Array.from({ length: 30 }, () =>
      button(u, next.custom_id, { flags: 64, embeds: first.body.embeds, components: first.body.components }),
    );
    for (const p of presses) server.dispatch('INTERACTION_CREATE', p);
    const answers = await Promise.all(presses.map((p) => server.waitFor((r) => forToken(p.token)(r), 15_000, after)));
    const limited = answers.filter((r) => r.body?.type === 4 && /请求太频繁/u.test(r.body.data.content ?? ''));
    const rerun = answers.filter((r) => r.body?.type === 7);
    expect(rerun.length).toBeLessThanOrEqual(7); // 8 per 10 s, and the search itself took one
    expect(limited.length).toBe(30 - rerun.length);
  });

  it('on SIGTERM to its process group (systemd, Ctrl-C), finishes the four answers in flight, closes the gateway and exits 0', async () => {
    // Discord is slow to accept the deferrals, so all four commands are mid-way when the signal comes.
    server.delayMatching(/\/callback$/u, 1500);
    const payloads = ['嘉兴', '温州', '南湖', '梅州'].map((city) => slash(newUser(), 'targets', { city }));
    const after = server.requests.length;
    for (const p of payloads) server.dispatch('INTERACTION_CREATE', p);
    await Promise.all(payloads.map((p) => server.waitFor((r) => forToken(p.token)(r) && callback(r), 15_000, after)));
    // npm forwards its SIGTERM to node, which has its own: two signals, one request.
    bot.signalGroup('SIGTERM');
    const finals = await Promise.all(
      payloads.map((p) => server.waitFor((r) => forToken(p.token)(r) && edited(r), 15_000, after)),
    );
    server.delayMatching(null);
    expect(finals.map((f) => f.body.embeds[0].title.length > 0)).toEqual([true, true, true, true]);
    const { code } = await bot.exit();
    expect(code).toBe(0);
    expect(bot.out).toMatch(/"msg":"stopped"/u);
    expect(bot.out).not.toMatch(/second signal while stopping/u);
  });
});

describe('npm start when Discord refuses the bot', () => {
  /** A fresh fake Discord and bot, ready; `fault` makes Discord refuse it; resolves with how the bot ended. */
  async function refused(fault: (server: FakeDiscord) => void) {
    const server = new FakeDiscord();
    await server.start();
    const bot = new BotProcess(env(server));
    try {
      await bot.waitForOutput(/"msg":"ready"/u, 60_000);
      fault(server);
      return { ...(await bot.exit()), out: bot.out };
    } finally {
      bot.signalGroup('SIGKILL');
      await server.stop();
    }
  }

  it('exits non-zero with one clear line when the gateway closes with 4004 (authentication failed)', async () => {
    const { code, out } = await refused((server) => server.closeGateway(4004, 'Authentication failed.'));
    expect(code).not.toBe(0);
    expect(out).toMatch(/authentication failed \(4004\)/u);
  }, 90_000);

  it('exits non-zero when one authenticated request answers 401, instead of failing every later reply', async () => {
    const { code, out } = await refused((server) => {
      server.failNext(/^\/channels\/\d+\/messages$/u, 401);
      server.dispatch('MESSAGE_CREATE', mentionMessage(newUser(), `<@${BOT_ID}> 嘉兴2024年GDP目标？`, [botUser]));
    });
    expect(code).not.toBe(0);
    expect(out).toMatch(/401 Unauthorized/u);
  }, 90_000);
});
