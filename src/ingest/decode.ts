import chardet from 'chardet';

/** What a raw file turned out to be: its text, or one sentence saying why it cannot be a report. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** A report file past this size is not a report (the largest seed, a page of 24 reports, is 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Node's own WHATWG decoders (full ICU in every official build) for the encodings chardet may name. */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Share of characters that are control characters other than tab and line ends: text has almost none. */
function controlShare(text: string): number {
  let control = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control += 1;
  }
  return text.length === 0 ? 0 : control / text.length;
}

/**
 * Bytes → text, whatever encoding a government site or a Windows editor saved it in: a BOM decides
 * (UTF-8, UTF-16LE/BE); else valid UTF-8 is UTF-8; else chardet names it and TextDecoder decodes it
 * (GBK and GB2312 are read as GB18030, their superset). Empty, binary and huge files are refused.
 */
export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: '文件是空的。' };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，不像一份报告。` };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  let encoding: string;
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    [text, encoding] = [decodeAs('utf-16le', buffer.subarray(2)), 'UTF-16LE'];
  else if (buffer[0] === 0xfe && buffer[1] === 0xff)
    [text, encoding] = [decodeAs('utf-16be', buffer.subarray(2)), 'UTF-16BE'];
  else {
    try {
      text = utf8.decode(buffer);
      encoding = 'UTF-8';
    } catch {
      const detected = chardet.detect(buffer) ?? '';
      const name = /^(GB|GBK|GB2312|GB18030|Big5|UTF-16LE|UTF-16BE|Shift_JIS|EUC-KR)/iu.exec(detected)?.[1];
      if (!name)
        return { ok: false, reason: '无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GBK/GB18030），可能是二进制文件。' };
      encoding = /^GB/iu.test(name) ? 'GB18030' : name;
      text = decodeAs(encoding, buffer);
    }
  }
  text = text.replace(/^\ufeff/u, '');
  if (controlShare(text) > 0.01) return { ok: false, reason: '文件含有大量控制字符，是二进制文件，不是文本报告。' };
  if (!/\p{Script=Han}/u.test(text)) return { ok: false, reason: '文件里没有中文文字。' };
  return { ok: true, text, encoding };
}
