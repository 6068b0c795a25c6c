import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { type Decoded, decodeReport } from './decode.js';

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

/**
 * A raw file of any format a report comes in → its text: plain text in any encoding decodeReport
 * reads, a saved web page (cheerio), a Word document (mammoth). One sentence when it is none of these.
 */
export async function readReportFile(name: string, bytes: Uint8Array): Promise<Decoded> {
  if (startsWith(bytes, PDF)) {
    return { ok: false, reason: 'PDF 文件暂不能直接导入：请先转换为文本（如 pdftotext -layout），再导入文本文件。' };
  }
  if (startsWith(bytes, ZIP)) {
    if (!/\.docx$/iu.test(name))
      return { ok: false, reason: '这是一个压缩文件（zip），不是报告；Word 文档请用 .docx 后缀。' };
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
