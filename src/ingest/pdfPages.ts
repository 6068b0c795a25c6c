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
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      pages.push(text);
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
