/**
 * A small fake Discord for tests: REST under /api/v10 and a JSON gateway over WebSocket, both on
 * 127.0.0.1. It records every REST request (JSON or multipart) so tests can assert exact payloads,
 * dispatches INTERACTION_CREATE / MESSAGE_CREATE, can drop the gateway connection, and can answer
 * a route with 429 once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface RecordedFile {
  name: string;
  contentType: string;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: any;
  files: RecordedFile[];
  status: number;
}

export const APP_ID = '100000000000000001';
export const BOT_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const CHANNEL_ID = '100000000000000004';

let snowflake = 200000000000000000n;
export function nextId(): string {
  snowflake += 1n;
  return snowflake.toString();
}

function parseMultipart(body: Buffer, contentType: string): { json: any; files: RecordedFile[] } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/u.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2]}`);
  const files: RecordedFile[] = [];
  let json: any = null;
  let at = body.indexOf(marker);
  while (at >= 0) {
    const next = body.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const part = body.subarray(at + marker.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const data = part.subarray(split + 4);
    const name = /name="([^"]+)"/u.exec(head)?.[1];
    const filename = /filename="([^"]+)"/u.exec(head)?.[1];
    if (name === 'payload_json') json = JSON.parse(data.toString('utf8'));
    else if (filename)
      files.push({
        name: filename,
        contentType: /Content-Type:\s*(\S+)/iu.exec(head)?.[1] ?? '',
        data: Buffer.from(data),
      });
    at = next;
  }
  return { json, files };
}

export const botUser = {
  id: BOT_ID,
  username: 'govreport',
  discriminator: '0000',
  global_name: null,
  avatar: null,
  bot: true,
};

export function user(id: string, username = `user${id.slice(-4)}`) {
  return { id, username, discriminator: '0', global_name: username, avatar: null };
}

/** A message object as Discord sends it; the fields a test varies are given, the rest are a plain message's. */
export function messagePayload(fields: {
  author: object;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  mentions?: object[];
  flags?: number;
  channelId?: string;
  id?: string;
}) {
  return {
    id: fields.id ?? nextId(),
    channel_id: fields.channelId ?? CHANNEL_ID,
    author: fields.author,
    content: fields.content ?? '',
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    attachments: [],
    mentions: fields.mentions ?? [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: fields.flags ?? 0,
    type: 0,
  };
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayOps: { op: number; d: any }[] = [];
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  /** Each shard's connection, by the shard id it identified with. */
  private readonly shardSockets = new Map<number, WebSocket>();
  /** What GET /gateway/bot recommends: more than 1 and `start:sharded` spawns that many shards. */
  recommendedShards = 1;
  private seq = 0;
  private rateLimits: { pattern: RegExp; retryAfter: number }[] = [];
  private failures: { pattern: RegExp; status: number }[] = [];
  private delay: { pattern: RegExp; ms: number } | null = null;
  private waiters: { test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.onRequest(req, res));
    const wss = new WebSocketServer({ noServer: true });
    [this.server, this.wss] = [server, wss];
    server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  /** Safe to call when start() failed or never ran: a test's clean-up must not hide its set-up error. */
  async stop(): Promise<void> {
    for (const c of this.wss?.clients ?? []) c.terminate();
    this.wss?.close();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next request whose path matches answers 429 with this retry-after (seconds). */
  rateLimitNext(pattern: RegExp, retryAfter: number): void {
    this.rateLimits.push({ pattern, retryAfter });
  }

  /** Resolves with the first request (already recorded or coming) that passes the test. */
  /** Dispatches an interaction and resolves with the first request about it (its token) that `done` accepts. */
  interact(payload: { token: string }, done: (r: RecordedRequest) => boolean, ms = 10_000): Promise<RecordedRequest> {
    const after = this.requests.length;
    this.dispatch('INTERACTION_CREATE', payload);
    return this.waitFor((r) => r.path.includes(payload.token) && done(r), ms, after);
  }

  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 10_000, after = 0): Promise<RecordedRequest> {
    const seen = this.requests.slice(after).find((r) => r.status < 400 && test(r));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake Discord: timed out waiting for a request')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  waitForOp(op: number, timeoutMs = 10_000): Promise<{ op: number; d: any }> {
    const start = Date.now();
    const count = this.gatewayOps.filter((o) => o.op === op).length;
    return new Promise((resolve, reject) => {
      const tick = () => {
        const found = this.gatewayOps.filter((o) => o.op === op);
        if (found.length > count) resolve(found.at(-1)!);
        else if (Date.now() - start > timeoutMs) reject(new Error(`fake Discord: no gateway op ${op}`));
        else setTimeout(tick, 20);
      };
      tick();
    });
  }

  /** Closes the gateway with a close code, as Discord does when it refuses the session (4004: authentication failed). */
  closeGateway(code: number, reason: string): void {
    this.socket?.close(code, reason);
  }

  /** Requests whose path matches are answered only after `ms` (a slow Discord, so work is still in flight). */
  delayMatching(pattern: RegExp | null, ms = 0): void {
    this.delay = pattern ? { pattern, ms } : null;
  }

  /** The next request whose path matches answers with this status (401: the token was reset). */
  failNext(pattern: RegExp, status: number): void {
    this.failures.push({ pattern, status });
  }

  /** Drops the gateway connection as a network failure would; the client should resume. */
  dropGateway(): void {
    this.socket?.close(4000, 'test: connection dropped');
  }

  /** Sends an event on the latest connection, or on the given shard's. */
  dispatch(t: string, d: unknown, shard?: number): void {
    this.send(shard === undefined ? this.socket : this.shardSockets.get(shard), t, d);
  }

  private send(socket: WebSocket | null | undefined, t: string, d: unknown): void {
    this.seq += 1;
    socket?.send(JSON.stringify({ op: 0, t, s: this.seq, d }));
  }

  /** The shard ids that have identified, in order. */
  get shards(): number[] {
    return [...this.shardSockets.keys()].sort((a, b) => a - b);
  }

  private onSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw.toString()) as { op: number; d: any };
      this.gatewayOps.push(msg);
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        const shard = (msg.d?.shard as [number, number] | undefined) ?? [0, 1];
        this.shardSockets.set(shard[0], ws);
        this.send(ws, 'READY', {
          v: 10,
          user: botUser,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'fake-session',
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: APP_ID, flags: 0 },
          shard,
        });
        this.send(ws, 'GUILD_CREATE', {
          id: GUILD_ID,
          name: 'Researchers',
          unavailable: false,
          owner_id: '100000000000000009',
          member_count: 3,
          large: false,
          joined_at: new Date().toISOString(),
          features: [],
          emojis: [],
          stickers: [],
          members: [],
          presences: [],
          voice_states: [],
          threads: [],
          roles: [
            {
              id: GUILD_ID,
              name: '@everyone',
              permissions: '1071698660929',
              position: 0,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: false,
              flags: 0,
            },
          ],
          channels: [
            { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] },
          ],
        });
      }
      if (msg.op === 6) this.send(ws, 'RESUMED', {});
    });
  }

  /** Files served as Discord's CDN serves attachments: `${cdnUrl}/<name>`. */
  readonly cdn = new Map<string, Buffer>();

  get cdnUrl(): string {
    return `http://127.0.0.1:${this.port}/cdn`;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/cdn/')) {
      const file = this.cdn.get(decodeURIComponent(url.pathname.slice('/cdn/'.length)));
      res.writeHead(file ? 200 : 404, { 'content-type': 'application/octet-stream' });
      res.end(file ?? '');
      return;
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/u, '');
    const type = req.headers['content-type'] ?? '';
    let body: any = null;
    let files: RecordedFile[] = [];
    if (type.startsWith('multipart/form-data')) ({ json: body, files } = parseMultipart(raw, type));
    else if (raw.length) body = JSON.parse(raw.toString('utf8'));
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      files,
      status: 200,
    };
    const limit = this.rateLimits.findIndex((l) => l.pattern.test(path));
    if (limit >= 0) {
      const { retryAfter } = this.rateLimits.splice(limit, 1)[0]!;
      record.status = 429;
      this.requests.push(record);
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(retryAfter),
        'x-ratelimit-scope': 'user',
        'x-ratelimit-global': 'false',
      });
      res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: retryAfter, global: false }));
      return;
    }
    const failure = this.failures.findIndex((f) => f.pattern.test(path));
    const { status, json } =
      failure >= 0
        ? { status: this.failures.splice(failure, 1)[0]!.status, json: { message: 'test: refused', code: 0 } }
        : this.route(record);
    record.status = status;
    this.requests.push(record);
    for (const w of [...this.waiters]) {
      if (status < 400 && w.test(record)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(record);
      }
    }
    if (this.delay?.pattern.test(path)) await new Promise((r) => setTimeout(r, this.delay?.ms ?? 0));
    if (json === undefined) {
      res.writeHead(status);
      res.end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    }
  }

  private message(body: any, channelId = CHANNEL_ID): object {
    return messagePayload({
      author: botUser,
      content: body?.content,
      embeds: body?.embeds,
      components: body?.components,
      flags: body?.flags,
      channelId,
    });
  }

  private route(r: RecordedRequest): { status: number; json?: unknown } {
    const p = r.path;
    if (r.method === 'GET' && p === '/gateway/bot') {
      return {
        status: 200,
        json: {
          url: `ws://127.0.0.1:${this.port}`,
          shards: this.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (r.method === 'GET' && p === '/users/@me') return { status: 200, json: botUser };
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/u.test(p)) return { status: 204 };
    if (r.method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/u.test(p))
      return { status: 200, json: this.message(r.body) };
    if (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/u.test(p)) return { status: 200, json: this.message(r.body) };
    const channel = /^\/channels\/(\d+)\/messages$/u.exec(p);
    if (r.method === 'POST' && channel) return { status: 200, json: this.message(r.body, channel[1]) };
    if (r.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/u.test(p)) {
      return {
        status: 200,
        json: (r.body as any[]).map((c) => ({ ...c, id: nextId(), application_id: APP_ID, version: '1' })),
      };
    }
    return { status: 404, json: { message: '404: Not Found', code: 0 } };
  }
}
