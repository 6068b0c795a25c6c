import type { DroppedLine, FileSummary, Report } from '../corpus/types.js';

/** The part of a raw file the summary needs. */
interface RawFile {
  name: string;
}

/** Per file: lines kept and dropped (by reason) and the reports it gave. */
export function summarise(
  files: RawFile[],
  stats: Map<string, { lines: number; blank: number }>,
  reports: Report[],
  dropped: DroppedLine[],
): FileSummary[] {
  return files.map((f) => {
    const keptLines = new Set<number>();
    const reportIds = new Set<string>();
    for (const r of reports) {
      for (const p of r.paragraphs)
        if (p.source.file === f.name) {
          keptLines.add(p.source.line);
          reportIds.add(r.id);
        }
      for (const m of r.meta)
        if (m.source.file === f.name) {
          keptLines.add(m.source.line);
          reportIds.add(r.id);
        }
      if (r.sources.some((s) => s.file === f.name)) reportIds.add(r.id);
    }
    const droppedHere = dropped.filter((d) => d.file === f.name);
    const droppedLines = new Set(droppedHere.map((d) => d.line).filter((l) => !keptLines.has(l)));
    const byReason: Record<string, number> = {};
    for (const d of droppedHere) {
      const reason = d.reason.split(' ')[0]!;
      byReason[reason] = (byReason[reason] ?? 0) + 1;
    }
    const s = stats.get(f.name)!;
    return {
      file: f.name,
      lines: s.lines,
      blank: s.blank,
      kept: keptLines.size,
      dropped: droppedLines.size,
      droppedByReason: Object.fromEntries(Object.entries(byReason).sort(([a], [b]) => a.localeCompare(b))),
      reports: [...reportIds].sort(),
    };
  });
}
