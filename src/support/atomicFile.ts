import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Files written whole or not at all: the bytes go to a temporary file beside the target, are flushed to
 * the disk (fsync), and the temporary file is renamed over the target — a rename within a directory is
 * atomic, so a kill, a crash or a full disk leaves the old file or the new one, never a torn one. The
 * directory is flushed too, so the rename itself survives a power cut. A failed write removes its
 * temporary file and throws (ENOSPC and all): the caller says what was not written.
 */
/**
 * Fault injection for the crash and full-disk tests (GOVREPORT_FAULT=kill@N or enospc@N): the N-th write of
 * this process (from 0) is killed with SIGKILL once its temporary file holds the bytes, or fails as a full
 * disk would. Unset, nothing happens.
 */
const FAULT = /^(kill|enospc)@(\d+)$/u.exec(process.env.GOVREPORT_FAULT ?? '');
let writes = 0;

function injectedFault(file: string): void {
  if (!FAULT || writes++ !== Number(FAULT[2])) return;
  if (FAULT[1] === 'kill') process.kill(process.pid, 'SIGKILL');
  throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), {
    code: 'ENOSPC',
    syscall: 'write',
    path: file,
  });
}

function temporaryFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

function syncDirectory(dir: string): void {
  // Not every platform lets a directory be opened for fsync (Windows): the rename is still atomic there.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {}
}

export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  const temporary = temporaryFor(file);
  try {
    const fd = openSync(temporary, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      injectedFault(file);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
  syncDirectory(path.dirname(file));
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryFor(file);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(data);
      injectedFault(file);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
  syncDirectory(path.dirname(file));
}

/** What a failed write means for a person: the disk is full, or the folder is not writable, or the error itself. */
export function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC') return '磁盘空间不足';
  if (code === 'EDQUOT') return '超出磁盘配额';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '没有写入权限';
  return e instanceof Error ? e.message : String(e);
}
