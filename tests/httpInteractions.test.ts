import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InteractionServer, startInteractionServer } from '../src/faces/discord/httpInteractions.js';
import { interactionDeps } from '../src/faces/discord/interactions.js';
import { createLogger } from '../src/support/log.js';
import { MemoryState } from '../src/support/sharedState.js';
import { BotProcess } from './helpers/botProcess.js';
import { FakeDiscord } from './helpers/fakeDiscord.js';
import { autocomplete, button, slash } from './helpers/interactions.js';
import { commandContext } from './helpers/library.js';

/**
 * The HTTP interactions endpoint, as Discord calls it: signed requests from the test suite (good, bad,
 * stale and replayed signatures), the first answer in the HTTP response, the rest through the
 * interaction's webhook on a fake Discord.
 */
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const discord = new FakeDiscord();
const logged: string[] = [];
let server: InteractionServer;
let clock = () => Date.now() / 1000;

beforeAll(async () => {
  await discord.start();
  const logger = createLogger('info', [], (l) => logged.push(l));
  const state = new MemoryState();
  server = await startInteractionServer(interactionDeps(commandContext(), logger, state), {
    port: 0,
    host: '127.0.0.1',
    publicKey: publicHex,
    apiUrl: discord.apiUrl,
    state,
    now: () => clock(),
  });
});

afterAll(async () => {
  await server.close();
  await discord.stop();
});

function signed(body: string, timestamp = String(Math.floor(Date.now() / 1000)), key = privateKey) {
  const signature = sign(null, Buffer.from(timestamp + body), key).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp, 'content-type': 'application/json' };
}

async function post(body: string, headers: Record<string, string>) {
  const r = await fetch(`http://127.0.0.1:${server.port}/interactions`, { method: 'POST', body, headers });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : null };
}

const asDiscord = (payload: object) => {
  const body = JSON.stringify(payload);
  return post(body, signed(body));
};

describe('signatures', () => {
  it('answers a signed PING with PONG', async () => {
    expect(await asDiscord({ id: '1', type: 1, application_id: '1', token: 't', version: 1 })).toEqual({
      status: 200,
      json: { type: 1 },
    });
  });

  it('refuses unsigned, wrongly signed, tampered, stale and replayed requests with 401', async () => {
    const body = JSON.stringify({ id: '2', type: 1, application_id: '1', token: 't', version: 1 });
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const good = signed(body);
    const old = String(Math.floor(Date.now() / 1000) - 600);
    const cases: [string, string, Record<string, string>, RegExp][] = [
      ['unsigned', body, { 'content-type': 'application/json' }, /missing or malformed/u],
      ['another key', body, signed(body, undefined, stranger), /invalid request signature/u],
      ['tampered body', body.replace('"2"', '"3"'), good, /invalid request signature/u],
      ['stale timestamp', body, signed(body, old), /stale/u],
      ['garbage signature', body, { ...good, 'x-signature-ed25519': 'zz' }, /missing or malformed/u],
    ];
    for (const [what, b, h, why] of cases) {
      const r = await post(b, h);
      expect(r.status, what).toBe(401);
      expect(r.json.error, what).toMatch(why);
    }
    expect((await post(body, good)).status).toBe(200);
    const replayed = await post(body, good);
    expect(replayed).toEqual({ status: 401, json: { error: 'replayed request' } });
    expect(logged.join('\n')).toMatch(/interaction refused.*replayed request/u);
  });

  it('takes a timestamp from a clock a little ahead, but not one ten minutes ahead', async () => {
    clock = () => Date.now() / 1000 - 60;
    expect((await asDiscord({ id: '4', type: 1, application_id: '1', token: 't', version: 1 })).status).toBe(200);
    clock = () => Date.now() / 1000 - 600;
    expect((await asDiscord({ id: '5', type: 1, application_id: '1', token: 't', version: 1 })).status).toBe(401);
    clock = () => Date.now() / 1000;
  });

  it('refuses what is not a signed interaction: GET, a huge body, signed junk', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/interactions`)).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${server.port}/health`)).status).toBe(200);
    const huge = 'x'.repeat((1 << 20) + 10);
    expect((await post(huge, signed(huge))).status).toBe(413);
    expect((await post('not json', signed('not json'))).status).toBe(400);
    expect((await asDiscord({ type: 2, data: 'odd' })).status).toBe(400);
  });
});

describe('answers over HTTP', () => {
  it('defers a slash command privately in the response, then edits in the answer through the webhook', async () => {
    const payload = slash('700000000000000001', 'targets', { city: '嘉兴', year: 2024 });
    const after = discord.requests.length;
    const r = await asDiscord(payload);
    expect(r).toEqual({ status: 200, json: { type: 5, data: { flags: 64 } } });
    const edit = await discord.waitFor(
      (q) =>
        q.method === 'PATCH' && q.path === `/webhooks/${payload.application_id}/${payload.token}/messages/@original`,
      10_000,
      after,
    );
    expect(edit.body.embeds[0].title).toContain('嘉兴');
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(edit.headers.authorization).toBeUndefined();
  });

  it('answers autocomplete in the response', async () => {
    const r = await asDiscord(autocomplete('700000000000000002', 'targets', { city: '嘉' }, 'city'));
    expect(r.status).toBe(200);
    expect(r.json.type).toBe(8);
    expect(r.json.data.choices.map((c: { value: string }) => c.value)).toContain('嘉兴');
  });

  it('pages with a button by updating the message in the response', async () => {
    const press = button('700000000000000003', 'run:700000000000000003:/search 营商环境 page:2', { flags: 64 });
    const r = await asDiscord(press);
    expect(r.status).toBe(200);
    expect(r.json.type).toBe(7);
    expect(r.json.data.embeds[0].description).toMatch(/第 2\/\d+ 页/u);
  });

  it('says a stale button expired, and sends the CSV file through the webhook', async () => {
    const expired = await asDiscord(button('700000000000000004', 'mem:neverissued', { flags: 64 }));
    expect(expired.json).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/已过期/u) } });
    const press = button('700000000000000004', 'csv:/targets 嘉兴 2024', { flags: 64 });
    const after = discord.requests.length;
    const r = await asDiscord(press);
    expect(r.json).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await discord.waitFor((q) => q.method === 'PATCH' && q.path.includes(press.token), 10_000, after);
    expect(edit.files.map((f) => f.name)).toEqual([expect.stringMatching(/^targets-.*\.csv$/u)]);
  });

  it('limits a user over HTTP as over the gateway', async () => {
    const user = '700000000000000005';
    const answers = [];
    for (let n = 0; n < 9; n += 1) answers.push(await asDiscord(slash(user, 'help')));
    expect(answers.slice(0, 8).map((a) => a.json.type)).toEqual(Array(8).fill(5));
    expect(answers[8]!.json).toMatchObject({ type: 4, data: { content: expect.stringMatching(/请求太频繁/u) } });
  });

  it('keeps /report on the gateway, politely', async () => {
    const r = await asDiscord(slash('700000000000000006', 'report', {}));
    expect(r.json).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/网关/u) } });
  });
});

describe('a shared state that cannot be reached', () => {
  it('still answers (the signature and the 5 minutes hold), and logs that the signature was not recorded', async () => {
    const down = new MemoryState();
    down.claim = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
    };
    const said: string[] = [];
    const lonely = await startInteractionServer(
      interactionDeps(
        commandContext(),
        createLogger('info', [], (l) => said.push(l)),
        down,
      ),
      { port: 0, host: '127.0.0.1', publicKey: publicHex, apiUrl: discord.apiUrl, state: down },
    );
    try {
      const body = JSON.stringify({ id: '11', type: 1, application_id: '1', token: 't', version: 1 });
      const r = await fetch(`http://127.0.0.1:${lonely.port}/interactions`, {
        method: 'POST',
        body,
        headers: signed(body),
      });
      expect(r.status).toBe(200);
      expect(await r.json()).toEqual({ type: 1 });
      expect(said.join('\n')).toMatch(/could not record a signature as seen/u);
      const forged = await fetch(`http://127.0.0.1:${lonely.port}/interactions`, { method: 'POST', body });
      expect(forged.status).toBe(401);
    } finally {
      await lonely.close();
    }
  });
});

/** A second endpoint whose rate-limit state answers `hit` after 3 s (a Redis far away) with `wait`. */
function slowEndpoint(wait: number | null) {
  const slow = new MemoryState();
  const hit = slow.hit.bind(slow);
  slow.hit = async (...args) => {
    await new Promise((r) => setTimeout(r, 3000));
    return wait ?? hit(...args);
  };
  return startInteractionServer(interactionDeps(commandContext(), createLogger('error'), slow), {
    port: 0,
    host: '127.0.0.1',
    publicKey: publicHex,
    apiUrl: discord.apiUrl,
    state: new MemoryState(),
  });
}

describe('a slow answer', () => {
  it('is deferred before Discord’s 3 s run out, and delivered through the webhook', async () => {
    // A shared state that takes 3 s to count a request: the turn must not wait for it.
    const slowServer = await slowEndpoint(null);
    try {
      const press = button('700000000000000010', 'run:700000000000000010:/search 营商环境 page:2', { flags: 64 });
      const body = JSON.stringify(press);
      const after = discord.requests.length;
      const r = await fetch(`http://127.0.0.1:${slowServer.port}/interactions`, {
        method: 'POST',
        body,
        headers: signed(body),
      });
      // A deferred update (6), not the update (7) the handler makes: the deferral came from the 2.5 s timer.
      expect(await r.json()).toEqual({ type: 6 });
      const edit = await discord.waitFor((q) => q.method === 'PATCH' && q.path.includes(press.token), 10_000, after);
      expect(edit.body.embeds[0].description).toMatch(/第 2\/\d+ 页/u);
    } finally {
      await slowServer.close();
    }
  }, 20_000);
});

describe('a refusal after the timer deferred', () => {
  it('replaces the deferral instead of leaving it thinking under a second message', async () => {
    // The state takes 3 s to say the user is limited: the timer defers first, then the refusal comes.
    const slowServer = await slowEndpoint(4000);
    try {
      const payload = slash('700000000000000012', 'search', { query: '营商环境' });
      const body = JSON.stringify(payload);
      const after = discord.requests.length;
      const r = await fetch(`http://127.0.0.1:${slowServer.port}/interactions`, {
        method: 'POST',
        body,
        headers: signed(body),
      });
      expect(await r.json()).toEqual({ type: 5, data: { flags: 64 } });
      const edit = await discord.waitFor((q) => q.path.includes(payload.token), 10_000, after);
      expect(edit.method).toBe('PATCH');
      expect(edit.path).toMatch(/@original$/u);
      expect(JSON.stringify(edit.body)).toMatch(/秒/u);
    } finally {
      await slowServer.close();
    }
  }, 20_000);
});

describe('npm start as an HTTP worker (INTERACTIONS_PORT, no token)', () => {
  it('serves signed interactions, refuses unsigned ones, and stops on SIGTERM', async () => {
    const worker = new BotProcess({
      DISCORD_TOKEN: '',
      INTERACTIONS_PORT: '0',
      INTERACTIONS_HOST: '127.0.0.1',
      DISCORD_PUBLIC_KEY: publicHex,
      DISCORD_API_URL: discord.apiUrl,
    });
    try {
      await worker.waitForOutput(/"msg":"interactions endpoint listening".*"port":\d+/u, 60_000);
      // The line saying so is written right after the listening line: wait for it rather than race it.
      await worker.waitForOutput(/answering interactions over HTTP only/u, 10_000);
      expect(worker.out).not.toMatch(/local console/u);
      const port = Number(/"msg":"interactions endpoint listening".*?"port":(\d+)/u.exec(worker.out)?.[1]);
      const url = `http://127.0.0.1:${port}/interactions`;
      const body = JSON.stringify({ id: '9', type: 1, application_id: '1', token: 't', version: 1 });
      expect((await fetch(url, { method: 'POST', body, headers: signed(body) })).status).toBe(200);
      expect((await fetch(url, { method: 'POST', body })).status).toBe(401);
      const payload = slash('700000000000000009', 'search', { query: '营商环境' });
      const text = JSON.stringify(payload);
      const after = discord.requests.length;
      const r = await fetch(url, { method: 'POST', body: text, headers: signed(text) });
      expect(await r.json()).toEqual({ type: 5, data: { flags: 64 } });
      const edit = await discord.waitFor((q) => q.method === 'PATCH' && q.path.includes(payload.token), 15_000, after);
      expect(edit.body.embeds[0].description).toContain('营商环境');
      worker.child.kill('SIGTERM');
      expect((await worker.exit()).code).toBe(0);
    } finally {
      worker.signalGroup('SIGKILL');
    }
  }, 90_000);

  it('refuses to start without the public key, in one line', async () => {
    const worker = new BotProcess({ DISCORD_TOKEN: '', INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: '' });
    const { code } = await worker.exit(30_000);
    expect(code).toBe(1);
    expect(worker.out.trim()).toMatch(/^INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY/u);
  }, 40_000);
});
