import { randomBytes } from 'node:crypto';
import type { Logger } from '../../support/log.js';
import { metrics } from '../../support/metrics.js';
import { MemoryState, type SharedState } from '../../support/sharedState.js';
import { LIMITS } from './limits.js';

/**
 * Button state lives in the custom id (≤ 100 characters) so buttons keep working after a restart:
 * `run:<owner>:<command line>` re-runs a command for its owner (paging, neighbours), `share:<command line>`
 * posts it publicly, `open:<command line>` shows it privately to whoever presses.
 * A command too long to fit is kept in the shared state under a short key (a week; in Redis it survives
 * restarts and is seen by every shard); a key that has expired or was forgotten is told to the user.
 */
export type ButtonAction =
  | { kind: 'run'; owner: string; command: string }
  | { kind: 'share'; command: string }
  | { kind: 'open'; command: string }
  | { kind: 'csv'; command: string }
  | { kind: 'expired' };

type Stored = { owner: string; command: string; kind: 'run' | 'share' | 'open' | 'csv' };

const KEPT_MS = 7 * 24 * 3600_000;

export class ButtonStore {
  /** Writes not yet acknowledged by the state: a reply is sent only after its buttons' states are stored. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly state: SharedState = new MemoryState(),
    private readonly logger?: Logger,
  ) {}

  private remember(kind: Stored['kind'], owner: string, command: string): string {
    const key = randomBytes(9).toString('base64url');
    const write = this.state.put(`button:${key}`, JSON.stringify({ kind, owner, command }), KEPT_MS).catch((e) => {
      metrics.sharedStateFailure('button-write');
      this.logger?.warn('could not keep a button state; that button will say it expired', { error: e });
    });
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
    return `mem:${key}`;
  }

  /** Resolves when every button state handed out so far is stored (or its failure logged). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private id(kind: Stored['kind'], id: string, owner: string, command: string): string {
    return id.length <= LIMITS.customId ? id : this.remember(kind, owner, command);
  }

  runId(owner: string, command: string): string {
    return this.id('run', `run:${owner}:${command}`, owner, command);
  }

  shareId(owner: string, command: string): string {
    return this.id('share', `share:${command}`, owner, command);
  }

  /** `open:<command line>`: shows a result (the source paragraph) privately to whoever presses it. */
  openId(owner: string, command: string): string {
    return this.id('open', `open:${command}`, owner, command);
  }

  /** `csv:<command line>`: the result's table as a CSV file, privately to whoever presses it. */
  csvId(owner: string, command: string): string {
    return this.id('csv', `csv:${command}`, owner, command);
  }

  async parse(id: string): Promise<ButtonAction> {
    const csv = /^csv:(\/[\s\S]+)$/u.exec(id);
    if (csv?.[1]) return { kind: 'csv', command: csv[1] };
    const run = /^run:(\d+):(\/[\s\S]+)$/u.exec(id);
    if (run?.[1] && run[2]) return { kind: 'run', owner: run[1], command: run[2] };
    const share = /^share:(\/[\s\S]+)$/u.exec(id);
    if (share?.[1]) return { kind: 'share', command: share[1] };
    const open = /^open:(\/[\s\S]+)$/u.exec(id);
    if (open?.[1]) return { kind: 'open', command: open[1] };
    const key = /^mem:([\w-]+)$/u.exec(id)?.[1];
    const stored = key ? await this.recall(key) : null;
    if (!stored) return { kind: 'expired' };
    return stored.kind === 'run'
      ? { kind: 'run', owner: stored.owner, command: stored.command }
      : { kind: stored.kind, command: stored.command };
  }

  private async recall(key: string): Promise<Stored | null> {
    try {
      const raw = await this.state.get(`button:${key}`);
      return raw ? (JSON.parse(raw) as Stored) : null;
    } catch (e) {
      metrics.sharedStateFailure('button-read');
      this.logger?.warn('could not read a button state', { error: e });
      return null;
    }
  }
}
