/**
 * The plain reply every face renders: Discord embeds, console text, or (for the CLI) text too.
 * Text here is plain, never markdown: renderers escape it for their medium and apply `marks` themselves.
 */

/** Verbatim text with ranges [start, end) (UTF-16 offsets) to emphasise, e.g. matched search terms. */
export interface Marked {
  text: string;
  marks: [number, number][];
}

export interface QuoteBlock {
  /** The verbatim passage (or a snippet of it, with … where cut). */
  text: Marked;
  /** Where it comes from: city, year, section, paragraph id. */
  citation: string;
  id: string;
}

export interface Table {
  columns: string[];
  rows: string[][];
}

/** A button the user can press: the renderer maps the action to its own id scheme. */
export interface Action {
  label: string;
  /** A command line the console can run and Discord can encode: `/quote jiaxing-2024-12`. */
  command: string;
  kind: 'page' | 'neighbour' | 'source';
}

export interface Attachment {
  name: string;
  data: Buffer;
  description: string;
}

export interface Reply {
  tone: 'result' | 'empty' | 'error';
  title: string;
  intro?: string;
  quotes?: QuoteBlock[];
  table?: Table;
  notes?: string[];
  suggestions?: string[];
  footer?: string;
  page?: { index: number; count: number };
  actions?: Action[];
  attachments?: Attachment[];
  /** True for results worth posting into the channel with "分享到频道". */
  shareable: boolean;
  incidentId?: string;
}

export function plain(text: string): Marked {
  return { text, marks: [] };
}

export function errorReply(message: string, suggestions: string[] = []): Reply {
  return {
    tone: 'error',
    title: '无法完成查询',
    intro: message,
    suggestions: suggestions.slice(0, 10),
    shareable: false,
  };
}
