import { randomBytes } from 'node:crypto';
import { LIMITS } from './limits.js';

/**
 * Button state lives in the custom id (≤ 100 characters) so buttons keep working after a restart:
 * `run:<owner>:<command line>` re-runs a command for its owner, `share:<command line>` posts it publicly.
 * A command too long to fit is kept in memory under a short key; after a restart that key has
 * expired and the user is told so.
 */
export type ButtonAction =
  | { kind: 'run'; owner: string; command: string }
  | { kind: 'share'; command: string }
  | { kind: 'expired' };

const memory = new Map<string, { owner: string; command: string; kind: 'run' | 'share' }>();
const MAX_REMEMBERED = 5000;

function remember(kind: 'run' | 'share', owner: string, command: string): string {
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

export function parseCustomId(id: string): ButtonAction {
  const run = /^run:(\d+):(\/[\s\S]+)$/u.exec(id);
  if (run) return { kind: 'run', owner: run[1]!, command: run[2]! };
  const share = /^share:(\/[\s\S]+)$/u.exec(id);
  if (share) return { kind: 'share', command: share[1]! };
  const mem = /^mem:([\w-]+)$/u.exec(id);
  const stored = mem ? memory.get(mem[1]!) : undefined;
  if (stored) return stored.kind === 'run' ? { kind: 'run', owner: stored.owner, command: stored.command } : { kind: 'share', command: stored.command };
  return { kind: 'expired' };
}
