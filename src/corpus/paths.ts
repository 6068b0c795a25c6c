import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, found from this file so it works from src/ (tsx) and dist/src/ (built CLI). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (path.basename(dir) !== 'src') dir = path.dirname(dir);
  const parent = path.dirname(dir);
  return path.basename(parent) === 'dist' ? path.dirname(parent) : parent;
}

export const PROJECT_ROOT = projectRoot();
export const CORPUS_DIR = process.env.GOVREPORT_CORPUS_DIR ?? path.join(PROJECT_ROOT, 'corpus');
