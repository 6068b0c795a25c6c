import { randomBytes } from 'node:crypto';

/** A short id a user can quote to us; the log line with the stack carries the same id. */
export function newIncidentId(): string {
  return randomBytes(4).toString('hex');
}
