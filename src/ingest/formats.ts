import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { type Decoded, decodeReport } from './decode.js';
import { pdfPages } from './pdfPages.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const HAN = /\p{Script=Han}/gu;

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/**
 * A saved web page → the article's text: scripts, navigation, headers, footers and forms removed, then
 * the element whose paragraphs hold the most Chinese is the article; its title comes first.
 */
export function articleText(html: string): string {
  const $ = cheerio.load(html);
  $('script, style, noscript, nav, header, footer, iframe, form, aside, select, button').remove();
  let best = $('body');
  let bestScore = 0;
  $('article, main, section, div, td').each((_, el) => {
    const score = hanCount($(el).children('p').text());
    if (score > bestScore) {
      best = $(el);
      bestScore = score;
    }
  });
  const blocks = best.children('p, h1, h2, h3, h4, div').toArray();
  const lines = (blocks.length > 0 ? blocks.map((b) => $(b).text()) : best.text().split('\n'))
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  const title = $('h1').first().text().trim() || $('title').first().text().trim();
  return [...(title && !lines[0]?.includes(title) ? [title] : []), ...lines].join('\n');
}

const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页|\/\s*\d+)?[-—–\s]*$/u;
/** Only a full stop ends a paragraph at the margin: a list of targets runs on through ；. */
const SENTENCE_END = /[。！？!?」”）)]$/u;
/** Two spaces or more (often ideographic) before a line: the first line of a paragraph. */
const INDENT = /^[ \u3000\u00a0]{2,}/u;
const NEW_PARAGRAPH =
  /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．](?!\d)|——|各位代表|\p{Script=Han}{0,4}[长理席]\s)/u;

/**
 * A PDF's pages → report text: a header or footer line repeated on most pages and page numbers go;
 * a line that ran to the right margin without ending its sentence is joined with the next, so the
 * paragraphs are whole again.
 */
export function pdfText(pages: readonly string[]): string {
  // Leading spaces are kept for now: an indented line starts a paragraph, where the document indents them.
  const lines = pages.map((p) =>
    p
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim()),
  );
  const repeated = (pick: (page: string[]) => string | undefined) => {
    const counts = new Map<string, number>();
    for (const page of lines) {
      const line = pick(page)?.trim();
      if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
    }
    return new Set(
      [...counts].filter(([, n]) => pages.length >= 2 && n >= Math.ceil(pages.length / 2)).map(([l]) => l),
    );
  };
  const headers = repeated((p) => p[0]);
  const footers = repeated((p) => p.at(-1));
  const kept = lines.flatMap((page) =>
    page.filter(
      (l, i) =>
        !PAGE_NUMBER.test(l.trim()) &&
        !(i === 0 && headers.has(l.trim())) &&
        !(i === page.length - 1 && footers.has(l.trim())),
    ),
  );
  const indent = (l: string) => INDENT.test(l);
  // A document that indents its paragraphs says where each starts: a full line ending in 。 may go on.
  const indents = kept.filter(indent).length >= 3;
  const text = kept.map((l) => l.trim());
  const full = Math.max(...text.map((l) => [...l].length), 1);
  const out: string[] = [];
  text.forEach((line, i) => {
    const last = out.at(-1);
    const ranToMargin = last !== undefined && [...last.split('\n').at(-1)!].length >= 0.8 * full;
    const starts = indents ? indent(kept[i]!) : NEW_PARAGRAPH.test(line);
    if (last !== undefined && ranToMargin && !starts && (indents || !SENTENCE_END.test(last)))
      out[out.length - 1] = `${last}${line}`;
    else out.push(line);
  });
  return out.join('\n');
}

/** What a .docx may inflate to: a long report's document.xml is a few MB; a zip bomb is hundreds. */
export const MAX_DOCX_INFLATED_BYTES = 50_000_000;

/**
 * The sum of the sizes a zip's central directory declares for its entries, read before anything is
 * inflated (null when it is not a readable zip). A declared size can lie; the reader of an upload also
 * runs in a worker with a memory limit (uploadReader.ts), so a lying bomb kills only the worker.
 */
export function zipInflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: its signature in the last 64 KB + 22 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at -= 1)
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    // ZIP64 marks its sizes 0xFFFFFFFF: no report needs them.
    if (size === 0xffffffff) return Number.MAX_SAFE_INTEGER;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/**
 * A raw file of any format a report comes in → its text: plain text in any encoding decodeReport
 * reads, a saved web page (cheerio), a Word document (mammoth), a PDF (pdf.js). One sentence when it is none of these.
 */
export async function readReportFile(name: string, bytes: Uint8Array): Promise<Decoded> {
  if (startsWith(bytes, PDF)) {
    try {
      const text = pdfText(await pdfPages(bytes));
      return hanCount(text) > 0
        ? { ok: true, text, encoding: 'PDF' }
        : { ok: false, reason: 'PDF 里没有可提取的中文文字（可能是扫描图片）。' };
    } catch {
      // A damaged PDF is the user's to fix: a sentence, not a stack trace.
      return { ok: false, reason: '无法读取这个 PDF 文件（文件可能已损坏或加密）。' };
    }
  }
  if (startsWith(bytes, ZIP)) {
    if (!/\.docx$/iu.test(name))
      return { ok: false, reason: '这是一个压缩文件（zip），不是报告；Word 文档请用 .docx 后缀。' };
    const inflated = zipInflatedSize(bytes);
    if (inflated === null || inflated > MAX_DOCX_INFLATED_BYTES)
      return {
        ok: false,
        reason:
          inflated === null
            ? '无法读取这个 Word 文档（文件可能已损坏）。'
            : `这个 Word 文档解压后有 ${Math.round(inflated / 1e6)} MB，超过 ${MAX_DOCX_INFLATED_BYTES / 1e6} MB（一份报告远小于此），没有导入。`,
      };
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      const text = value.replace(/\n{2,}/gu, '\n').trim();
      return hanCount(text) > 0
        ? { ok: true, text, encoding: 'DOCX' }
        : { ok: false, reason: 'Word 文档里没有中文文字。' };
    } catch {
      // A damaged or foreign zip: the user can fix it, so it is a sentence, not a stack trace.
      return { ok: false, reason: '无法读取这个 Word 文档（文件可能已损坏）。' };
    }
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return decoded;
  if (/<(?:html|body|p|div)[\s>]/iu.test(decoded.text) && /<\/\w+>/u.test(decoded.text)) {
    const text = articleText(decoded.text);
    return hanCount(text) > 0
      ? { ok: true, text, encoding: `${decoded.encoding} HTML` }
      : { ok: false, reason: '网页里没有找到正文。' };
  }
  return decoded;
}
