import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * pdf.js's own data folders: the predefined CMaps (UniGB-UCS2-H …) that a Chinese PDF names instead of
 * embedding its font's encoding, and the standard fonts. Without them such a PDF reads as no text at all.
 * pdf.js in Node reads them from a folder path, which must end with a slash.
 */
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_DIR = `${path.join(pdfjsDir, 'cmaps')}${path.sep}`;
const FONT_DIR = `${path.join(pdfjsDir, 'standard_fonts')}${path.sep}`;

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/**
 * A page's items → its lines. A line that starts well right of the page's left margin (a paragraph's
 * indent, which PDFs set as a position, not as spaces) gets two ideographic spaces in front, so the
 * reader can tell where paragraphs start.
 */
function pageText(items: TextItem[]): string {
  const lines: { x: number; size: number; text: string }[] = [];
  let open = true;
  for (const item of items) {
    if (open)
      lines.push({ x: item.transform[4] ?? 0, size: Math.abs(item.transform[0] ?? item.height) || 10, text: '' });
    lines.at(-1)!.text += item.str;
    open = item.hasEOL;
  }
  const margin = Math.min(...lines.filter((l) => l.text.trim()).map((l) => l.x));
  return lines
    .map((l) =>
      l.text.trim() && l.x >= margin + 1.5 * l.size && l.x < margin + 4 * l.size ? `\u3000\u3000${l.text}` : l.text,
    )
    .join('\n');
}

/**
 * A PDF's text, one string per page: each text item's string, a line break where pdf.js marks the item
 * as ending its line. The legacy build is pdf.js's build for Node 20; eval stays off (the file is foreign).
 * Throws on a damaged or encrypted file.
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: FONT_DIR,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((item) => 'str' in item)));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
