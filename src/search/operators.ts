/**
 * The search syntax people know from document search, read before anything else of the query:
 * `"…"` (or “…”, 「…」) an exact phrase, `-词` a word no passage may hold, `A OR B` / `A | B` either word.
 * What is left is plain text, read for places, years, periods and words as before.
 */

/** One operand of the syntax: a word as typed, or a quoted phrase to be found exactly as written. */
export interface Operand {
  text: string;
  phrase: boolean;
}

export interface QuerySyntax {
  /** The words with no operator, joined by spaces: places, years and words to find. */
  plain: string;
  /** Quoted phrases to find as written. */
  phrases: string[];
  /** Words or phrases after `-`: a passage holding one is left out. */
  excluded: Operand[];
  /** Words joined by OR / |: a passage needs one of each group. */
  anyOf: Operand[][];
  /** Operators with nothing to act on (`-` alone, `""`, a dangling OR): said back to the user. */
  ignored: string[];
}

/** A quoted phrase, straight or curly quotes, or corner brackets; an optional minus in front excludes it. */
const QUOTED = /([-－]?)(?:"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』)/gu;
/** OR between two operands; the bar may stand glued to them (数字经济|数字产业). */
const OR_WORD = /^(?:OR|\||｜)$/u;
const BAR = /[|｜]/u;
/** A minus opening a word excludes it; one inside a word (2010-2015) does not. */
const MINUS = /^[-－](.*)$/su;

type Token = { op: 'or' } | { op: 'word'; operand: Operand; minus: boolean };

function tokensOf(raw: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const plainPart = (text: string) => {
    for (const piece of text.split(/\s+/u).filter(Boolean)) {
      if (OR_WORD.test(piece)) {
        tokens.push({ op: 'or' });
        continue;
      }
      // 数字经济|数字产业: the bar glued to its operands.
      const parts = piece.split(BAR);
      parts.forEach((part, i) => {
        if (i > 0) tokens.push({ op: 'or' });
        const m = MINUS.exec(part);
        if (part) tokens.push({ op: 'word', operand: { text: m ? m[1]! : part, phrase: false }, minus: Boolean(m) });
      });
    }
  };
  for (const m of raw.matchAll(QUOTED)) {
    plainPart(raw.slice(last, m.index));
    const text = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    tokens.push({ op: 'word', operand: { text, phrase: true }, minus: Boolean(m[1]) });
    last = (m.index ?? 0) + m[0].length;
  }
  plainPart(raw.slice(last));
  return tokens;
}

/** Reads the operators out of a query; with none, `plain` is the query itself. */
export function readSyntax(raw: string): QuerySyntax {
  const tokens = tokensOf(raw);
  const out: QuerySyntax = { plain: '', phrases: [], excluded: [], anyOf: [], ignored: [] };
  const plain: string[] = [];
  // Operands joined by OR gather in one group; a lone operand goes to the phrases or the plain words.
  let group: Operand[] = [];
  let joined = false;
  const close = () => {
    if (group.length > 1) out.anyOf.push(group);
    else if (group.length === 1) {
      const [only] = group as [Operand];
      if (only.phrase) out.phrases.push(only.text);
      else plain.push(only.text);
    }
    group = [];
  };
  tokens.forEach((t, i) => {
    if (t.op === 'or') {
      const next = tokens[i + 1];
      if (group.length === 0 || !next || next.op !== 'word' || next.minus) out.ignored.push('OR');
      else joined = true;
      return;
    }
    if (t.minus) {
      if (t.operand.text) out.excluded.push(t.operand);
      else out.ignored.push('-');
      return;
    }
    if (!t.operand.text) {
      out.ignored.push('""');
      return;
    }
    if (!joined) close();
    joined = false;
    group.push(t.operand);
  });
  close();
  out.plain = plain.join(' ');
  return out;
}
