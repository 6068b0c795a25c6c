import { applyMarks, type MarkStyle } from '../../reply/marks.js';
import type { Reply } from '../../reply/model.js';
import { stripControls } from '../../text/controls.js';

/**
 * Wraps a marked range: ANSI bold on a terminal; ⟦ ⟧ when piped — never 【】, which the reports
 * themselves use for glossary markers (【16】), so a quote would show brackets the text does not have.
 */
export type TextStyle = MarkStyle;

export const PLAIN_STYLE: TextStyle = { mark: (s) => `⟦${s}⟧` };
export const ANSI_STYLE: TextStyle = { mark: (s) => `\u001b[1m${s}\u001b[22m` };

/** Display width: CJK characters take two terminal columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

export function renderTable(columns: string[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(width(c), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - width(c)))
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The console's and the CLI's text face of a reply. Every piece is stripped of control characters, so no text can drive the terminal. */
export function renderText(reply: Reply, style: TextStyle = PLAIN_STYLE): string {
  const c = stripControls;
  const out: string[] = [];
  const prefix = reply.tone === 'error' ? '⚠ ' : '';
  out.push(`${prefix}${c(reply.title)}`);
  if (reply.intro) out.push(c(reply.intro));
  if (reply.table && reply.table.rows.length > 0)
    out.push(
      renderTable(
        reply.table.columns.map(c),
        reply.table.rows.map((r) => r.map(c)),
      ),
    );
  for (const q of reply.quotes ?? []) out.push(`「${applyMarks(q.text, style, c)}」\n  —— ${c(q.citation)}`);
  if (reply.notes?.length) out.push(c(reply.notes.join('\n')));
  if (reply.suggestions?.length) out.push(`可以试试：${c(reply.suggestions.join('、'))}`);
  if (reply.page && reply.page.count > 1) out.push(`第 ${reply.page.index + 1}/${reply.page.count} 页`);
  if (reply.actions?.length) out.push(reply.actions.map((a) => `[${c(a.label)}] ${c(a.command)}`).join('   '));
  for (const a of reply.attachments ?? []) out.push(`附件：${c(a.name)}（${c(a.description)}）`);
  if (reply.footer) out.push(c(reply.footer));
  if (reply.incidentId) out.push(`事件编号：${reply.incidentId}`);
  return out.join('\n\n');
}
