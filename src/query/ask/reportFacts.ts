import type { City } from '../../corpus/corpus.js';
import type { Report } from '../../corpus/types.js';
import { writtenDate as parseWrittenDate } from '../../ingest/headerText.js';
import { lexiconPattern } from '../../lexicon/lexicon.js';
import { sentenceAround } from '../../text/sentences.js';
import { writtenSpan } from '../../text/simplified.js';
import type { Library } from '../library.js';
import { notFound, reportAsked } from './answers.js';
import type { ParsedQuestion } from './parseQuestion.js';
import type { ReportDetail, ReportDetailKind } from './said.js';
import type { AskResult } from './types.js';

/** 2018-03-07 → 2018年3月7日, as the reports write a date. */
function writtenDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The report's own writing of a date in its header lines ("二〇〇三年一月十日"), when it is there: the one in
 * brackets under the speaker (钮茂生（2002年1月24日）) before a page's date line (2002年01月24日).
 */
function asWritten(header: string, iso: string): string | null {
  const found = [
    ...header.matchAll(
      /(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日/gu,
    ),
  ].filter((m) => parseWrittenDate(m[0])?.date === iso);
  const bracketed = found.find((m) => /[（(]\s*$/u.test(header.slice(0, m.index ?? 0)));
  return (bracketed ?? found[0])?.[0] ?? null;
}

/** A question about the report itself (the lexicon's ask.reportFacts): who delivered it, at which meeting, when. */
export const REPORT_FACT_WORDS = lexiconPattern('ask.reportFacts', 'iu');

/** The congress a report's opening paragraphs say it is delivered to, when its header does not name it. */
const MEETING_IN_BODY = lexiconPattern('report.meetingInBody');
/** How far into the body the address to the congress may stand (各位代表, then the sentence that names it). */
const OPENING_PARAGRAPHS = 4;

function meetingInOpening(report: Report): { meeting: string; paragraph: Report['paragraphs'][number] } | null {
  for (const paragraph of report.paragraphs.slice(0, OPENING_PARAGRAPHS)) {
    const m = MEETING_IN_BODY.exec(paragraph.text);
    if (m) return { meeting: (m[1] ?? m[2])!, paragraph };
  }
  return null;
}

/** Who a summary in reported speech says delivered the report (周恩来总理在报告中首先指出). */
const SPEAKER_IN_BODY = lexiconPattern('report.speakerInBody');

function speakerInBody(
  report: Report,
): { name: string; role: string; paragraph: Report['paragraphs'][number]; sentence: string } | null {
  for (const paragraph of report.paragraphs) {
    const m = SPEAKER_IN_BODY.exec(paragraph.text);
    if (m) return { name: m[1]!, role: m[2]!, paragraph, sentence: sentenceAround(paragraph.text, m[0]) };
  }
  return null;
}

/** Which of the report's speaker, meeting and date a question asks; none named: all of them. */
const ASKS = {
  speaker: lexiconPattern('report.asksSpeaker', 'iu'),
  meeting: lexiconPattern('report.asksMeeting', 'iu'),
  date: lexiconPattern('report.asksDate', 'iu'),
};

/** The day a session closed or opened, asked (闭幕, 开幕): the lexicon's report.asksSessionDay. */
const SESSION_DAY = lexiconPattern('report.asksSessionDay', 'iu');

/** "嘉兴2024年的政府工作报告是谁作的": who delivered it, at which meeting, on which date — from its header lines. */
export function answerReportFacts(library: Library, parsed: ParsedQuestion, city: City, base: AskResult): AskResult {
  const asked = reportAsked(library, parsed, city, base);
  if ('missing' in asked) return asked.missing;
  const { report, year } = asked;
  const parts = [
    report.speaker ? { kind: 'speaker' as const, role: report.speakerRole ?? null, name: report.speaker } : null,
    // (the meeting as its header line writes it, 会議 and all: the report's words, quoted)
    report.meeting
      ? {
          kind: 'meeting' as const,
          meeting: writtenSpan(report.meta.map((m) => m.text).join(''), report.meeting) ?? report.meeting,
        }
      : null,
    report.date
      ? {
          kind: 'date' as const,
          written: asWritten(report.meta.map((m) => m.text).join(' '), report.date) ?? writtenDate(report.date),
        }
      : null,
  ].filter((p): p is ReportDetail => p !== null);
  const meta = report.meta.find((m) => m.role === 'speaker' || m.role === 'meeting');
  const opening = report.meeting ? null : meetingInOpening(report);
  const spoken = report.speaker ? null : speakerInBody(report);
  // "是谁作的" asks the speaker: a header naming only the meeting does not answer it, it is said beside.
  const stated = {
    speaker: Boolean(report.speaker ?? spoken),
    meeting: Boolean(report.meeting ?? opening),
    date: Boolean(report.date),
  };
  const asks = (Object.keys(ASKS) as (keyof typeof ASKS)[]).filter((k) => ASKS[k].test(parsed.text));
  // "第四次会议是哪天闭幕的": the day a session closed or opened is no header's date, which is the report's own.
  if (SESSION_DAY.test(parsed.text)) {
    const shown: ReportDetail[] = [
      ...(spoken ? [{ kind: 'speaker' as const, role: spoken.role, name: spoken.name }] : []),
      ...parts,
    ];
    return notFound(
      library,
      parsed,
      { ...base, year },
      { say: 'details-unstated', title: report.title, asked: ['session-day'], shown },
    );
  }
  if (asks.length > 0 && !asks.some((k) => stated[k])) {
    const shown: ReportDetail[] = [
      ...(spoken ? [{ kind: 'speaker' as const, role: spoken.role, name: spoken.name }] : []),
      ...parts,
      ...(opening ? [{ kind: 'meeting' as const, meeting: opening.meeting }] : []),
    ];
    return notFound(
      library,
      parsed,
      { ...base, year },
      { say: 'details-unstated', title: report.title, asked: asks, shown },
    );
  }
  // No speaker in the header: a summary may say who delivered it (国务院 1964: 周恩来总理在报告中…), quoted.
  if (spoken && asks.includes('speaker')) {
    const { paragraph } = spoken;
    return reportFactsAnswer(base, report, [{ kind: 'speaker', role: spoken.role, name: spoken.name }, ...parts], {
      id: paragraph.id,
      section: paragraph.section.join(' > '),
      text: spoken.sentence,
    });
  }
  // A header without the meeting: the report's opening may say which congress it is delivered to (国务院
  // 1975: 我代表国务院，向第四届全国人民代表大会作政府工作报告), quoted from its paragraph.
  if (opening && (parts.length === 0 || !meta)) {
    const { paragraph } = opening;
    return reportFactsAnswer(base, report, [{ kind: 'meeting', meeting: opening.meeting }, ...parts], {
      id: paragraph.id,
      section: paragraph.section.join(' > ') || '报告开头',
      text: paragraph.text,
    });
  }
  if (opening) parts.push({ kind: 'meeting', meeting: opening.meeting, paragraphId: opening.paragraph.id });
  if (parts.length === 0 || !meta) {
    const asked: ReportDetailKind[] = ['speaker', 'meeting', 'date'];
    return notFound(
      library,
      parsed,
      { ...base, year },
      { say: 'details-unstated', title: report.title, asked, shown: [] },
    );
  }
  return reportFactsAnswer(base, report, parts, {
    id: report.id,
    section: '报告抬头',
    text: report.meta
      .filter((m) => m.role !== 'colophon')
      .map((m) => m.text)
      .join(' '),
  });
}

/** The answer: what the report states of its speaker, meeting and date, quoted from where it states them. */
function reportFactsAnswer(
  base: AskResult,
  report: Report,
  parts: ReportDetail[],
  from: { id: string; section: string; text: string },
): AskResult {
  // The value: what the report states, in its own words (a name, a meeting, a date) — a name letter-spaced in
  // the header (李 谦) read as the name and shown as the header writes it too.
  const written = parts.map((d) => (d.kind === 'speaker' ? { ...d, ...writtenName(from.text, d.name) } : d));
  const value = written.map(detailWords).join('；');
  return {
    ...base,
    found: true,
    kind: 'report',
    year: report.year,
    city: report.city,
    value,
    answer: { say: 'report-details', title: report.title, details: written },
    source: { ...from, city: report.city, year: report.year },
  };
}

/** How the text writes a name when that is otherwise (李 谦: spaced between its characters); nothing when not. */
function writtenName(text: string, name: string): { asWritten?: string } {
  if (!/^\p{Script=Han}+$/u.test(name)) return {};
  const written = new RegExp([...name].join('[ \u3000]*'), 'u').exec(text)?.[0] ?? name;
  return written === name ? {} : { asWritten: written };
}

function detailWords(d: ReportDetail): string {
  return d.kind === 'speaker' ? `${d.role ?? ''}${d.name}` : d.kind === 'meeting' ? d.meeting : d.written;
}
