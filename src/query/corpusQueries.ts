import { UserError } from '../corpus/errors.js';
import { resolveReport } from '../corpus/resolve.js';
import { summaryOf } from '../corpus/summary.js';
import type { ReportSummary } from '../corpus/types.js';
import { clip } from '../text/clip.js';
import { matchKey } from '../text/normalize.js';
import { sentenceAround } from '../text/sentences.js';
import { type Library, placeSuggester } from './library.js';

export interface ReportListing extends Omit<ReportSummary, 'sources'> {
  speakerRole: string | null;
  meeting: string | null;
}

export function listReports({ corpus }: Library): ReportListing[] {
  return corpus.reports.map((r) => {
    const { sources: _files, ...summary } = summaryOf(r);
    return { ...summary, speakerRole: r.speakerRole, meeting: r.meeting };
  });
}

export interface OutlineResult {
  report: { id: string; city: string; year: number; title: string };
  headings: { id: string; level: number; text: string }[];
}

export function outline(library: Library, city: string | undefined, year?: string | number | null): OutlineResult {
  const report = resolveReport(library.corpus, city, year, placeSuggester(library));
  return {
    report: { id: report.id, city: report.city, year: report.year, title: report.title },
    headings: report.paragraphs
      .filter((p) => p.kind === 'heading')
      .map((p) => ({ id: p.id, level: p.level ?? 1, text: p.text })),
  };
}

export interface QuotedParagraph {
  id: string;
  city: string;
  year: number;
  section: string;
  text: string;
}

export interface QuoteResult extends QuotedParagraph {
  report: string;
  title: string;
  previous: string | null;
  next: string | null;
  glossary: { marker: number; term: string; definition: string }[];
  context: { before: QuotedParagraph[]; after: QuotedParagraph[] };
}

export const MAX_CONTEXT = 5;

export function quote({ corpus }: Library, idInput: string | undefined, contextInput = 0): QuoteResult {
  const id = (idInput ?? '').trim();
  if (!id) throw new UserError('请提供段落编号，例如 jiaxing-2024-12。');
  const ref = corpus.paragraph(id);
  if (!ref) {
    const reportId = id.toLowerCase().replace(/-\d+$/u, '');
    const report = corpus.reportById(reportId);
    const hint = report
      ? `该报告共有 ${report.paragraphs.length} 段（${report.id}-1 至 ${report.id}-${report.paragraphs.length}）。`
      : '段落编号形如 jiaxing-2024-12，可在搜索结果或 /outline 中找到。';
    throw new UserError(`找不到段落“${clip(id, 40)}”。${hint}`);
  }
  const context = Math.max(0, Math.min(MAX_CONTEXT, Math.trunc(contextInput) || 0));
  const { report, paragraph, index } = ref;
  const toQuoted = (p: typeof paragraph): QuotedParagraph => ({
    id: p.id,
    city: report.city,
    year: report.year,
    section: p.section.join(' › '),
    text: p.text,
  });
  const glossary = (paragraph.glossaryRefs ?? []).flatMap((g) => {
    const entry = report.glossary.find((e) => e.marker === g.marker);
    return entry ? [{ marker: g.marker, term: entry.term, definition: entry.definition }] : [];
  });
  return {
    ...toQuoted(paragraph),
    report: report.id,
    title: report.title,
    previous: report.paragraphs[index - 1]?.id ?? null,
    next: report.paragraphs[index + 1]?.id ?? null,
    glossary,
    context: {
      before: report.paragraphs.slice(Math.max(0, index - context), index).map(toQuoted),
      after: report.paragraphs.slice(index + 1, index + 1 + context).map(toQuoted),
    },
  };
}

export interface GlossaryResult {
  term: string;
  definition: string;
  city: string;
  year: number;
  id: string;
  /** Body paragraphs that carry this entry's footnote marker. */
  usedIn: string[];
  /** The passage quoted for it, verbatim: the glossary paragraph, or the sentence that explains it in the text. */
  quote: string;
  /** True when the term is explained where the text uses it ("…“一区两极三地”,即…"), not in a glossary. */
  inline: boolean;
  /** The section of the quoted paragraph. */
  section: string;
}

/** "全力打造“一区两极三地”,即…": a term explained in the text (即 / 是指 / 指 right after it). */
function inlineDefinitions({ corpus }: Library, term: string): GlossaryResult[] {
  if ([...term].length < 2) return [];
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(`[“"]?${escaped}[”"]?[,，]?(?:即|是指|指的是|指)([^。；;]{4,})`, 'u');
  const out: GlossaryResult[] = [];
  for (const { report, paragraph } of corpus.allParagraphs()) {
    const m = pattern.exec(paragraph.text);
    if (!m) continue;
    out.push({
      term,
      definition: (m[1] ?? '').trim(),
      city: report.city,
      year: report.year,
      id: paragraph.id,
      usedIn: [],
      quote: sentenceAround(paragraph.text, m[0]),
      inline: true,
      section: paragraph.section.join(' › '),
    });
  }
  return out;
}

function termKey(term: string): string {
  return matchKey(term).replace(/[“”"]/gu, '');
}

export function glossary(library: Library, termInput: string | undefined): GlossaryResult[] {
  const { corpus, vocabulary } = library;
  const key = termKey(termInput ?? '');
  if (!key) {
    const examples = vocabulary.complete('', { kind: 'glossary', limit: 10 }).map((e) => e.value);
    throw new UserError('请提供要查询的名词，例如“五减”。', examples);
  }
  const results: GlossaryResult[] = [];
  for (const report of corpus.reports) {
    for (const entry of report.glossary) {
      const entryKey = termKey(entry.term);
      if (entryKey === key || (key.length >= 2 && entryKey.includes(key))) {
        const usedIn = report.paragraphs
          .filter((p) => p.glossaryRefs?.some((g) => g.marker === entry.marker))
          .map((p) => p.id);
        const paragraph = report.paragraphs.find((p) => p.id === entry.paragraphId);
        results.push({
          term: entry.term,
          definition: entry.definition,
          city: report.city,
          year: report.year,
          id: entry.paragraphId,
          usedIn,
          quote: paragraph?.text ?? `${entry.term}：${entry.definition}`,
          inline: false,
          section: paragraph?.section.join(' › ') ?? '有关缩略语及名词解释',
        });
      }
    }
  }
  results.sort((a, b) => Number(termKey(b.term) === key) - Number(termKey(a.term) === key));
  if (results.length === 0) results.push(...inlineDefinitions(library, termInput?.trim() ?? ''));
  if (results.length === 0) {
    const closest = [...new Set(vocabulary.closest(termInput ?? '', { kind: 'glossary' }).map((e) => e.value))];
    throw new UserError(
      `名词解释中没有“${clip(termInput ?? '', 30)}”。${closest.length ? `相近的条目：${closest.join('、')}。` : ''}`,
      closest,
    );
  }
  return results;
}
