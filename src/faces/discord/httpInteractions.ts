/**
 * Stateless interactions over HTTP (INTERACTIONS_PORT): Discord POSTs each slash command, button press
 * and autocomplete to this endpoint, signed with the application's Ed25519 key. Any number of identical
 * workers can answer behind a load balancer (their shared state in Redis); only mentions need the gateway.
 * A request that is unsigned, signed wrongly, stale (over 5 minutes) or seen before is refused with 401.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { type APIInteraction, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { type Readiness, serveHealth } from '../../support/healthEndpoint.js';
import type { Logger } from '../../support/log.js';
import type { SharedState } from '../../support/sharedState.js';
import { FOLLOW_COMMAND } from './follow.js';
import { httpTurn, incomingOf, userOf } from './httpTurn.js';
import { type Deps, handleTurn } from './interactions.js';
import { REST_PACING } from './limits.js';
import { notice } from './render.js';
import { REPORT_COMMAND } from './reportAdmin.js';

/** The DER prefix that makes Discord's raw 32-byte public key an SPKI key node:crypto reads. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const MAX_BODY = 1 << 20;
const MAX_AGE_S = 300;
const ANSWER_WITHIN_MS = 2500;

export function publicKeyOf(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/iu.test(hex))
    throw new Error('DISCORD_PUBLIC_KEY must be the 64 hex digits shown in the developer portal');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export interface InteractionServerOptions {
  port: number;
  host?: string;
  /** The application's public key (hex), from the developer portal. */
  publicKey: string;
  /** Where follow-ups go: Discord's API unless a proxy or test server is named (no /v10). */
  apiUrl: string | null;
  /** Where seen signatures are remembered, so a replay is refused by every worker. */
  state: SharedState;
  /** Seconds since the epoch, for the freshness check (tests move it). */
  now?: () => number;
  /** What /health/ready checks (the library, Redis); none: ready once listening. */
  ready?: Readiness;
}

export interface InteractionServer {
  port: number;
  close(): Promise<void>;
}

type Verdict = { ok: true } | { ok: false; why: string };

/** Ed25519 over timestamp + body, a timestamp within 5 minutes, and a signature not seen before. */
async function checkSignature(
  req: IncomingMessage,
  body: Buffer,
  key: KeyObject,
  options: InteractionServerOptions,
  logger: Logger,
): Promise<Verdict> {
  const signature = req.headers['x-signature-ed25519'];
  const timestamp = req.headers['x-signature-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^[0-9a-f]{128}$/iu.test(signature))
    return { ok: false, why: 'missing or malformed signature' };
  if (!/^\d{1,12}$/u.test(timestamp)) return { ok: false, why: 'malformed timestamp' };
  let valid = false;
  try {
    valid = verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, why: 'invalid request signature' };
  const now = (options.now ?? (() => Date.now() / 1000))();
  if (Math.abs(now - Number(timestamp)) > MAX_AGE_S) return { ok: false, why: 'stale timestamp' };
  let first: boolean;
  try {
    first = await options.state.claim(`signature:${signature.toLowerCase()}`, 2 * MAX_AGE_S * 1000);
  } catch (e) {
    // As for the rate limit: an outage of Redis must not silence the bot. The signature and the 5-minute
    // window still hold; only a replay inside those minutes goes unnoticed while it lasts.
    logger.warn('could not record a signature as seen; request allowed', { error: e });
    return { ok: true };
  }
  return first ? { ok: true } : { ok: false, why: 'replayed request' };
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        // Answered 413 at once; the rest is read and dropped so the client sees the answer, not a reset.
        chunks.length = 0;
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startInteractionServer(
  deps: Deps,
  options: InteractionServerOptions,
): Promise<InteractionServer> {
  const key = publicKeyOf(options.publicKey);
  const rest = new REST({ ...REST_PACING, ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  const inFlight = new Set<Promise<void>>();
  const server: Server = createServer((req, res) => {
    const json = (status: number, body: object) => {
      if (res.headersSent) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    void (async () => {
      if (await serveHealth(req, res, options.ready ?? (async () => []))) return;
      if (req.method !== 'POST') return json(405, { error: 'POST interactions here' });
      const body = await readBody(req);
      if (!body) {
        res.setHeader('connection', 'close');
        return json(413, { error: 'request too large' });
      }
      const verdict = await checkSignature(req, body, key, options, deps.logger);
      if (!verdict.ok) {
        deps.logger.warn('interaction refused', { why: verdict.why });
        return json(401, { error: verdict.why });
      }
      let interaction: APIInteraction;
      try {
        interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
      } catch {
        return json(400, { error: 'body is not JSON' });
      }
      if (interaction?.type === InteractionType.Ping) return json(200, { type: InteractionResponseType.Pong });
      const incoming = incomingOf(interaction);
      const user = userOf(interaction);
      if (!incoming || !user || typeof interaction.token !== 'string' || typeof interaction.application_id !== 'string')
        return json(400, { error: 'not an interaction this bot answers' });
      const turn = httpTurn(interaction, incoming, user, (r) => json(200, r), rest);
      const forReports =
        (incoming.kind === 'command' && incoming.command === REPORT_COMMAND.name) ||
        (incoming.kind === 'button' && incoming.customId.startsWith('rpt:'));
      if (forReports) return turn.reply(notice('报告管理（/report）只能在机器人的网关连接中使用。'));
      if (incoming.kind === 'command' && incoming.command === FOLLOW_COMMAND.name)
        return turn.reply(notice('关注（/follow）只能在机器人的网关连接中使用。'));
      const timer = setTimeout(() => turn.late(), ANSWER_WITHIN_MS);
      const work = handleTurn(turn, deps).finally(() => clearTimeout(timer));
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
      await work;
      // A handler that ended without answering (a command this version does not have) still owes an answer.
      if (!turn.answered && incoming.kind !== 'autocomplete')
        await turn.reply(notice('这个命令在当前版本中不存在，请输入 /help 查看可用命令。'));
      turn.late();
    })().catch((e: unknown) => {
      deps.logger.error('interaction endpoint failed', { error: e });
      json(500, { error: 'internal error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...inFlight]);
    },
  };
}
