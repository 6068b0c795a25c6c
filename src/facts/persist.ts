import type { Corpus } from '../corpus/corpus.js';
import type { Period } from '../corpus/period.js';
import type { FactStore, ReportTargets } from './store.js';

/** One report's facts as plain data: the report and its paragraphs are named by id, not held. */
interface SavedReportFacts extends Omit<ReportTargets, 'report' | 'passage' | 'periods'> {
  report: string;
  passage: { paragraphId: string; text: string; via: string } | null;
  periods: [string, Period][];
}

export type SavedFacts = SavedReportFacts[];

export function saveFacts(store: FactStore): SavedFacts {
  return [...store.values()].map(({ report, passage, periods, ...rest }) => ({
    ...rest,
    report: report.id,
    passage: passage && { paragraphId: passage.paragraph.id, text: passage.text, via: passage.via },
    periods: [...periods],
  }));
}

/** The saved facts over the corpus they were extracted from; throws when a report or paragraph is missing. */
export function restoreFacts(corpus: Corpus, saved: SavedFacts): FactStore {
  const store = new Map<string, ReportTargets>();
  for (const { report: id, passage, periods, ...rest } of saved) {
    const report = corpus.reportById(id);
    if (!report) throw new Error(`saved facts name a report the corpus lacks: ${id}`);
    const paragraph = passage && report.paragraphs.find((p) => p.id === passage.paragraphId);
    if (passage && !paragraph) throw new Error(`saved facts name a missing paragraph: ${passage.paragraphId}`);
    store.set(id, {
      ...rest,
      report,
      passage: passage && paragraph ? { paragraph, text: passage.text, via: passage.via } : null,
      periods: new Map(periods),
    });
  }
  if (store.size !== corpus.reports.length) throw new Error('saved facts do not cover every report');
  return store;
}
