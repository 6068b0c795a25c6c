import type { Report, ReportSummary } from './types.js';

/** A report's catalogue entry: its metadata and sizes, without the text. */
export function summaryOf(r: Report): ReportSummary {
  return {
    id: r.id,
    city: r.city,
    short: r.short,
    province: r.province,
    level: r.level,
    parent: r.parent,
    year: r.year,
    title: r.title,
    date: r.date,
    speaker: r.speaker,
    paragraphs: r.paragraphs.length,
    glossary: r.glossary.length,
    sources: r.sources.map((s) => s.file),
  };
}
