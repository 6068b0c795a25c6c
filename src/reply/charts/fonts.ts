import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/**
 * Noto Sans SC from @fontsource-variable (one variable-weight file per subset, 5 MB in all; the static
 * package carries every weight twice over, 75 MB), split into unicode-range subsets. Only the
 * subsets holding characters we actually draw are registered (a chart needs a handful), all under
 * one family name so the canvas picks each glyph from whichever file has it.
 */
export const FONT_FAMILY = 'GovReport Sans';

interface Subset {
  file: string;
  ranges: [number, number][];
}

let subsets: Subset[] | null = null;
const registered = new Set<string>();
/** Characters already looked up, with whether a subset covers them: every string drawn passes through here. */
const looked = new Map<string, boolean>();

function loadSubsets(): Subset[] {
  if (subsets) return subsets;
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve('@fontsource-variable/noto-sans-sc/package.json'));
  const css = readFileSync(path.join(pkgDir, 'index.css'), 'utf8');
  subsets = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/u.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/u.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/iu, '').split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
    });
    subsets.push({ file: path.join(pkgDir, 'files', file), ranges });
  }
  return subsets;
}

/** Registers the subsets covering every character of the texts; returns characters no subset covers. */
export function ensureGlyphs(texts: string[]): string[] {
  const all = loadSubsets();
  const missing: string[] = [];
  for (const ch of new Set(texts.join(''))) {
    const known = looked.get(ch);
    if (known === true) continue;
    if (known === false) {
      missing.push(ch);
      continue;
    }
    const code = ch.codePointAt(0)!;
    looked.set(ch, true);
    if (code < 0x20) continue;
    const subset = all.find((s) => s.ranges.some(([a, b]) => code >= a && code <= b));
    if (!subset) {
      looked.set(ch, false);
      missing.push(ch);
      continue;
    }
    if (!registered.has(subset.file)) {
      GlobalFonts.registerFromPath(subset.file, FONT_FAMILY);
      registered.add(subset.file);
    }
  }
  return missing;
}

export function registeredSubsetCount(): number {
  return registered.size;
}
