import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client), served at /metrics: interactions by command and outcome,
 * how long answers take, rate-limited requests, shared-state (Redis) failures, reloads, and the library's
 * size and build time, beside Node's own process metrics. One registry per process.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'govreport_' });

const interactions = new Counter({
  name: 'govreport_interactions_total',
  help: 'Interactions handled, by command and outcome (result, empty, error, rate_limited, incident)',
  labelNames: ['command', 'outcome'] as const,
  registers: [registry],
});

const answerSeconds = new Histogram({
  name: 'govreport_answer_seconds',
  help: 'Time from receiving an interaction to its answer being sent, by command',
  labelNames: ['command'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
  registers: [registry],
});

const rateLimited = new Counter({
  name: 'govreport_rate_limited_total',
  help: 'Requests refused by the per-user rate limit',
  registers: [registry],
});

const sharedStateFailures = new Counter({
  name: 'govreport_shared_state_failures_total',
  help: 'Operations on the shared state (Redis) that failed, by operation',
  labelNames: ['operation'] as const,
  registers: [registry],
});

const reloads = new Counter({
  name: 'govreport_reloads_total',
  help: 'Library reloads, by result (swapped, refused, failed)',
  labelNames: ['result'] as const,
  registers: [registry],
});

const libraryReports = new Gauge({ name: 'govreport_library_reports', help: 'Reports served', registers: [registry] });
const libraryParagraphs = new Gauge({
  name: 'govreport_library_paragraphs',
  help: 'Paragraphs served',
  registers: [registry],
});
const libraryBuildSeconds = new Gauge({
  name: 'govreport_library_load_seconds',
  help: 'How long the library now served took to open or build',
  registers: [registry],
});

export const metrics = {
  interaction(command: string, outcome: string, seconds?: number): void {
    interactions.inc({ command, outcome });
    if (seconds !== undefined) answerSeconds.observe({ command }, seconds);
  },
  rateLimited(): void {
    rateLimited.inc();
  },
  sharedStateFailure(operation: string): void {
    sharedStateFailures.inc({ operation });
  },
  reload(result: 'swapped' | 'refused' | 'failed'): void {
    reloads.inc({ result });
  },
  library(size: { reports: number; paragraphs: number; loadSeconds?: number }): void {
    libraryReports.set(size.reports);
    libraryParagraphs.set(size.paragraphs);
    if (size.loadSeconds !== undefined) libraryBuildSeconds.set(size.loadSeconds);
  },
  /** The exposition text and its content type, for GET /metrics. */
  async text(): Promise<{ body: string; contentType: string }> {
    return { body: await registry.metrics(), contentType: registry.contentType };
  },
};
