import type { Preamble } from './metadata.js';
import type { Piece } from './pieces.js';

/** `标题：…`, `发文单位：…`, `年份：…`: the fields a scraper writes above the text it saved. */
const FIELD =
  /^(标题|题目|发文单位|发文机关|发文时间|发布时间|成文日期|年份|报告人|作者|来源URL|来源网址|来源|链接|正文)[:：]\s*(.*)$/u;
const RULE = /^[=\-—_*#]{5,}$/u;
/** Fields only a collector writes: a page's own `来源：` line alone is not a preamble. */
const COLLECTOR_FIELD = /^(标题|题目|发文单位|发文机关|发文时间|年份|报告人|来源URL|来源网址|正文)$/u;

export interface TakenPreamble {
  fields: Preamble;
  /** The preamble's own lines: not report text, logged as dropped. */
  used: Piece[];
  rest: Piece[];
  /** The `报告人：` line, which may be the only place the file names its speaker: quoted when it is. */
  speakerLine?: Piece;
  /** The `标题：` line, which may be the only place the file names its meeting and date: quoted when it is. */
  titleLine?: Piece;
}

/**
 * A collector's preamble at the top of a file: its field lines (up to `正文：` or a rule of ====) become
 * evidence for the header reader, weighed below the report's own words; the rest is the file as served.
 */
export function takePreamble(pieces: Piece[]): TakenPreamble {
  const fields: Record<string, string> = {};
  let at = 0;
  let collector = 0;
  while (at < pieces.length && at < 16) {
    const text = pieces[at]!.text.trim();
    if (RULE.test(text)) {
      at += 1;
      continue;
    }
    const m = FIELD.exec(text);
    if (!m) break;
    // `正文：各位代表…`: the report starts on this line, so it is not the preamble's.
    if (m[1] === '正文' && m[2]!.trim() !== '') break;
    fields[m[1]!] ??= m[2]!.trim();
    if (COLLECTOR_FIELD.test(m[1]!)) collector += 1;
    at += 1;
    if (m[1] === '正文') break;
  }
  // A rule line right after the fields closes the preamble too.
  while (at < pieces.length && RULE.test(pieces[at]!.text.trim())) at += 1;
  if (collector < 2) return { fields: {}, used: [], rest: pieces };
  const used = pieces.slice(0, at);
  const field = (name: string) => used.find((p) => FIELD.exec(p.text.trim())?.[1] === name);
  const speakerLine = field('报告人');
  const titleLine = field('标题');
  return {
    fields,
    used,
    rest: pieces.slice(at),
    ...(speakerLine ? { speakerLine } : {}),
    ...(titleLine ? { titleLine } : {}),
  };
}
