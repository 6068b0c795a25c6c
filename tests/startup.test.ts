import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runMain } from './helpers/runMain.js';

const TOKEN = 'test0000000000000000000000.faketk.not-a-real-token-0000000000000';

function start(env: Record<string, string>) {
  return runMain({ DISCORD_CLIENT_ID: '123456789012345678', LOG_LEVEL: 'error', ...env });
}

describe('npm start with a configuration it cannot run', () => {
  it('a malformed token is one line and exit 1, never a console that looks like success', async () => {
    const r = await start({ DISCORD_TOKEN: 'not-a-token' });
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      'DISCORD_TOKEN in .env does not look like a bot token (three dot-separated parts): fix it, or leave it empty to use the local console.',
    ]);
    expect(r.err).not.toContain('not-a-token');
  }, 60_000);

  it('an unreachable Discord is one sentence and exit 1, not an error object', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const r = await start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `http://127.0.0.1:${port}/api` });
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `Cannot reach http://127.0.0.1:${port}/api (ECONNREFUSED): check the network connection and DISCORD_API_URL.`,
    ]);
    expect(r.err).not.toContain(TOKEN);
    expect(r.err).not.toMatch(/at .+\.js:\d+/u);
  }, 60_000);

  it('a token Discord rejects is one sentence and exit 1', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: '401: Unauthorized', code: 0 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const r = await start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `http://127.0.0.1:${port}/api` });
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toEqual([
        'Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token in the developer portal and update .env.',
      ]);
      expect(r.err).not.toContain(TOKEN);
    } finally {
      server.close();
    }
  }, 60_000);
});
