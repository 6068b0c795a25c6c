import type { Piece } from './pieces.js';

/** What a line's opening says about its place in the outline. */
export interface HeadingShape {
  level: number;
  /** A heading standing alone on its line. */
  standalone: boolean;
  /** The heading text: the whole line, or for a lead-in paragraph its first sentence. */
  title: string;
}

const CN_NUM = '[一二三四五六七八九十]+';
const LEVEL1 = new RegExp(`^${CN_NUM}、`, 'u');
const LEVEL2 = new RegExp(`^[（(]${CN_NUM}[）)]`, 'u');
const LEVEL3 = /^\d{1,2}[.．、](?!\d)/u;
const SENTENCE_END = /[。！？!?；;：:…]/u;
/** Unnumbered top-level headings seen in the reports: "2022年工作回顾", "做好2023年工作", "加强政府自身建设". */
const UNNUMBERED_LEVEL1 =
  /(工作回顾|主要工作|工作安排|目标任务|重点工作|工作任务|工作思路|政府自身建设|名词解释|缩略语|^回顾\S*工作$|^做好\S*工作$)/u;
const MAX_HEADING_CHARS = 50;

function isShortHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && !SENTENCE_END.test(text);
}

/** A numbered line is a heading when short; a long one is a paragraph whose first sentence is its heading ("（一）坚持…。正文"). */
export function headingShape(text: string): HeadingShape | null {
  for (const [level, re] of [
    [1, LEVEL1],
    [2, LEVEL2],
    [3, LEVEL3],
  ] as const) {
    if (!re.test(text)) continue;
    if (isShortHeading(text)) return { level, standalone: true, title: text };
    const first = /^[^。！？!?；;]+/u.exec(text)?.[0] ?? text;
    if (first.length <= MAX_HEADING_CHARS * 2) return { level, standalone: false, title: first };
    return null;
  }
  if (text.length <= 40 && !SENTENCE_END.test(text) && !/^[“"‘——]/u.test(text) && !/^各位代表/u.test(text)) {
    return { level: UNNUMBERED_LEVEL1.test(text) ? 1 : 2, standalone: true, title: text };
  }
  return null;
}

export interface StructuredPiece {
  piece: Piece;
  kind: 'heading' | 'paragraph';
  level?: number;
  section: string[];
}

/** Walks the body keeping a stack of open headings, so every paragraph knows its section path. */
export function structureBody(body: Piece[]): StructuredPiece[] {
  const stack: { level: number; title: string }[] = [];
  const out: StructuredPiece[] = [];
  const pathAbove = (level: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    return stack.map((h) => h.title);
  };
  for (const piece of body) {
    const shape = headingShape(piece.text);
    if (shape?.standalone) {
      const section = pathAbove(shape.level);
      stack.push({ level: shape.level, title: shape.title });
      out.push({ piece, kind: 'heading', level: shape.level, section });
    } else if (shape) {
      // A lead-in paragraph opens its own section, and the paragraphs after it stay inside.
      const section = pathAbove(shape.level);
      stack.push({ level: shape.level, title: shape.title });
      out.push({ piece, kind: 'paragraph', section: [...section, shape.title] });
    } else {
      out.push({ piece, kind: 'paragraph', section: stack.map((h) => h.title) });
    }
  }
  return out;
}
