import type { IncomingMessage, ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { metrics } from './metrics.js';

/** One check of readiness: its name, whether it passes, and what it saw. */
export interface Check {
  name: string;
  ok: boolean;
  detail?: string;
}

/** What makes a process ready to answer: the library loaded, Redis reachable when configured, the gateway connected. */
export type Readiness = () => Promise<Check[]>;

const loop = monitorEventLoopDelay({ resolution: 20 });
loop.enable();

/**
 * GET /health/live (the process answers; its event-loop delay), GET /health/ready and GET /health (every
 * check passes: 200, else 503 with the checks), GET /metrics (Prometheus). True when it answered the
 * request, false when the path is none of these.
 */
export async function serveHealth(req: IncomingMessage, res: ServerResponse, ready: Readiness): Promise<boolean> {
  const url = (req.url ?? '').split('?')[0];
  if (req.method !== 'GET') return false;
  const json = (status: number, body: object) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (url === '/health/live') {
    json(200, { live: true, uptimeS: Math.round(process.uptime()), eventLoopDelayP99Ms: loop.percentile(99) / 1e6 });
    return true;
  }
  if (url === '/health' || url === '/health/ready') {
    const checks = await ready().catch((e: unknown) => [{ name: 'checks', ok: false, detail: String(e) }]);
    const ok = checks.every((c) => c.ok);
    json(ok ? 200 : 503, { ready: ok, checks });
    return true;
  }
  if (url === '/metrics') {
    const { body, contentType } = await metrics.text();
    res.writeHead(200, { 'content-type': contentType });
    res.end(body);
    return true;
  }
  return false;
}
