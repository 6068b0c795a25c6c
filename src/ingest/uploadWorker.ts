import { parentPort, workerData } from 'node:worker_threads';
import { readReportFile } from './formats.js';

/** The worker of uploadReader.ts: reads one file and posts the result back. */
const { name, bytes } = workerData as { name: string; bytes: Uint8Array };
readReportFile(name, bytes).then(
  (decoded) => parentPort?.postMessage(decoded),
  () => parentPort?.postMessage({ ok: false, reason: '无法读取这个文件（文件可能已损坏）。' }),
);
