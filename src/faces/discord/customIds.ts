import { randomBytes } from 'node:crypto';
import { LIMITS } from './limits.js';

/**
 * Button state lives in the custom id (≤ 100 characters) so buttons keep working after a restart:
 * `run:<owner>:<command line>` re-runs a command for its owner (paging, neighbours), `share:<command line>`
 * posts it publicly, `open:<command line>` shows it privately to whoever presses.
 * A command too long to fit is kept in this store under a short key; after a restart that key has
 * expired and the user is told so.
 */
export type ButtonAction =
  | { kind: 'run'; owner: string; command: string }
  | { kind: 'share'; command: string }
  | { kind: 'open'; command: string }
  | { kind: 'csv'; command: string }
  | { kind: 'expired' };

type Stored = { owner: string; command: string; kind: 'run' | 'share' | 'open' | 'csv' };

export class ButtonStore {
  private readonly memory = new Map<string, Stored>();

  constructor(private readonly maxRemembered = 5000) {}

  private remember(kind: Stored['kind'], owner: string, command: string): string {
    const key = randomBytes(6).toString('base64url');
    this.memory.set(key, { kind, owner, command });
    // The oldest goes first: a Map iterates in insertion order.
    const oldest = this.memory.keys().next();
    if (this.memory.size > this.maxRemembered && !oldest.done) this.memory.delete(oldest.value);
    return `mem:${key}`;
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

  parse(id: string): ButtonAction {
    const csv = /^csv:(\/[\s\S]+)$/u.exec(id);
    if (csv?.[1]) return { kind: 'csv', command: csv[1] };
    const run = /^run:(\d+):(\/[\s\S]+)$/u.exec(id);
    if (run?.[1] && run[2]) return { kind: 'run', owner: run[1], command: run[2] };
    const share = /^share:(\/[\s\S]+)$/u.exec(id);
    if (share?.[1]) return { kind: 'share', command: share[1] };
    const open = /^open:(\/[\s\S]+)$/u.exec(id);
    if (open?.[1]) return { kind: 'open', command: open[1] };
    const key = /^mem:([\w-]+)$/u.exec(id)?.[1];
    const stored = key ? this.memory.get(key) : undefined;
    if (!stored) return { kind: 'expired' };
    return stored.kind === 'run'
      ? { kind: 'run', owner: stored.owner, command: stored.command }
      : { kind: stored.kind, command: stored.command };
  }
}
