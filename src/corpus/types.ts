/** The shapes of the committed corpus. Text fields are verbatim; matching uses NFKC copies made at load time. */

export type PlaceLevel =
  | '国家'
  | '省'
  | '自治区'
  | '直辖市'
  | '特别行政区'
  | '地级市'
  | '自治州'
  | '地区'
  | '盟'
  | '县级市'
  | '县'
  | '自治县'
  | '旗'
  | '自治旗'
  | '市辖区'
  | '特区'
  | '未知';

/** Where a piece of text came from: file name (no directory), 1-based line, 0-based column. */
export interface SourceRef {
  file: string;
  line: number;
  col: number;
}

export type ParagraphKind = 'heading' | 'paragraph' | 'glossary';

export interface Paragraph {
  /** Stable, pasteable id: `<report id>-<n>`, e.g. `jiaxing-2024-42`. */
  id: string;
  n: number;
  kind: ParagraphKind;
  /** Heading level (1 = 一、, 2 = （一）, 3 = 1.) for headings. */
  level?: number;
  /** Headings above this paragraph, outermost first; for a heading, its parents. */
  section: string[];
  text: string;
  source: SourceRef;
  /** Footnote markers like `[6]` in the text, linked to glossary terms of the same report. */
  glossaryRefs?: { marker: number; term: string }[];
}

export interface GlossaryEntry {
  marker: number;
  term: string;
  definition: string;
  paragraphId: string;
}

export type MetaRole = 'title' | 'meeting' | 'speaker' | 'colophon';

/** Lines around the body that are part of the report but not its prose (title, meeting line, speaker). */
export interface MetaLine {
  role: MetaRole;
  text: string;
  source: SourceRef;
}

export interface ReportSource {
  file: string;
  firstLine: number;
  lastLine: number;
  /** `kept`: the body comes from here; `duplicate`: same report, merged into this one. */
  role: 'kept' | 'duplicate';
}

export interface Report {
  id: string;
  city: string;
  short: string;
  province: string;
  level: PlaceLevel;
  /** The city a district or county-level city belongs to, when known. */
  parent: string | null;
  /** GB/T 2260 administrative division code (000000 for the national report). */
  code: string;
  year: number;
  yearEvidence: string[];
  title: string;
  date: string | null;
  meeting: string | null;
  speaker: string | null;
  speakerRole: string | null;
  sources: ReportSource[];
  meta: MetaLine[];
  paragraphs: Paragraph[];
  glossary: GlossaryEntry[];
}

/** One line (or part of a line) that ingest left out of the corpus, and why. */
export interface DroppedLine {
  file: string;
  line: number;
  col: number;
  reason: string;
  text: string;
}

export interface FileSummary {
  file: string;
  lines: number;
  blank: number;
  kept: number;
  dropped: number;
  droppedByReason: Record<string, number>;
  reports: string[];
}

export interface ReportSummary {
  id: string;
  city: string;
  short: string;
  province: string;
  level: PlaceLevel;
  parent: string | null;
  year: number;
  title: string;
  date: string | null;
  speaker: string | null;
  paragraphs: number;
  glossary: number;
  sources: string[];
}
