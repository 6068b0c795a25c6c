import { randomBytes } from 'node:crypto';
import { LIMITS } from './limits.js';

/**
 * Button state lives in the custom id (≤ 100 characters) so buttons keep working after a restart:
 * `run:<owner>:<command line>` re-runs a command for its owner (paging, neighbours), `share:<command line>`
 * posts it publicly, `open:<command line>` shows it privately to whoever presses.
 * A command too long to fit is kept in memory under a short key; after a restart that key has
 * expired and the user is told so.
 */
export type ButtonAction =
  | { kind: 'run'; owner: string; command: string }
  | { kind: 'share'; command: string }
  | { kind: 'open'; command: string }
  | { kind: 'expired' };

type Stored = { owner: string; command: string; kind: 'run' | 'share' | 'open' };
const memory = new Map<string, Stored>();
const MAX_REMEMBERED = 5000;

function remember(kind: Stored['kind'], owner: string, command: string): string {
  const key = randomBytes(6).toString('base64url');
  memory.set(key, { kind, owner, command });
  if (memory.size > MAX_REMEMBERED) memory.delete(memory.keys().next().value!);
  return `mem:${key}`;
}

export function runId(owner: string, command: string): string {
  const id = `run:${owner}:${command}`;
  return id.length <= LIMITS.customId ? id : remember('run', owner, command);
}

export function shareId(owner: string, command: string): string {
  const id = `share:${command}`;
  return id.length <= LIMITS.customId ? id : remember('share', owner, command);
}

/** `open:<command line>`: shows a result (the source paragraph) privately to whoever presses it. */
export function openId(owner: string, command: string): string {
  const id = `open:${command}`;
  return id.length <= LIMITS.customId ? id : remember('open', owner, command);
}

export function parseCustomId(id: string): ButtonAction {
  const run = /^run:(\d+):(\/[\s\S]+)$/u.exec(id);
  if (run) return { kind: 'run', owner: run[1]!, command: run[2]! };
  const share = /^share:(\/[\s\S]+)$/u.exec(id);
  if (share) return { kind: 'share', command: share[1]! };
  const open = /^open:(\/[\s\S]+)$/u.exec(id);
  if (open) return { kind: 'open', command: open[1]! };
  const mem = /^mem:([\w-]+)$/u.exec(id);
  const stored = mem ? memory.get(mem[1]!) : undefined;
  if (stored) return stored.kind === 'run' ? { kind: 'run', owner: stored.owner, command: stored.command } : { kind: stored.kind, command: stored.command };
  return { kind: 'expired' };
}
