import { Worker } from 'node:worker_threads';
import type { Decoded } from './decode.js';

/**
 * Reads an uploaded file the way readReportFile does, in a worker thread with a memory and a time limit:
 * a Word document that inflates to gigabytes or a PDF of thousands of pages costs the worker, never the
 * bot — every other user keeps being answered, and the uploader gets a sentence.
 */
export interface UploadLimits {
  /** The worker's heap, in MB. */
  memoryMb: number;
  timeoutMs: number;
}

export const UPLOAD_LIMITS: UploadLimits = { memoryMb: 512, timeoutMs: 60_000 };

/**
 * The worker: this file's sibling uploadWorker.js from dist/; under tsx (tests, dev) its .ts, loaded through
 * tsx's loader, which a worker does not inherit from --import (Node 20).
 */
function startWorker(options: ConstructorParameters<typeof Worker>[1]): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./uploadWorker.js', import.meta.url), options);
  const source = JSON.stringify(new URL('./uploadWorker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); });`, {
    ...options,
    eval: true,
  });
}

export function readUploadIsolated(name: string, bytes: Uint8Array, limits = UPLOAD_LIMITS): Promise<Decoded> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (d: Decoded) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(d);
    };
    const worker = startWorker({
      workerData: { name, bytes },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
    });
    const timer = setTimeout(
      () =>
        done({ ok: false, reason: `读取这个文件超过 ${limits.timeoutMs / 1000} 秒（文件过大或过于复杂），没有导入。` }),
      limits.timeoutMs,
    );
    worker.once('message', (d: Decoded) => done(d));
    worker.once('error', (e: Error & { code?: string }) =>
      done({
        ok: false,
        reason:
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `读取这个文件需要超过 ${limits.memoryMb} MB 内存（可能是压缩炸弹或异常大的文件），没有导入。`
            : '无法读取这个文件（文件可能已损坏）。',
      }),
    );
    worker.once('exit', () => done({ ok: false, reason: '无法读取这个文件（读取时意外中止）。' }));
  });
}
