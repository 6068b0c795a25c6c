import { type Candidate, ref } from './candidate.js';
import { bodyChars, coverage, isSameReport } from './dedupe.js';
import { isSpeakerLine } from './metadata.js';

/**
 * Merges copies of one report, keeping the most complete and filling its metadata from the others. Copies
 * are one report when their text matches (90 % of the shorter in the fuller), or — an abridged copy, a
 * copy cut short — when both state the same place, year and kind of document and nothing else differs;
 * then a warning says how much of the shorter the fuller holds.
 */
export function mergeDuplicates(candidates: Candidate[], warnings: string[] = []): Candidate[] {
  const order = [...candidates].sort((a, b) => bodyChars(b.draft.body) - bodyChars(a.draft.body));
  const kept: Candidate[] = [];
  for (const c of order) {
    let into: Candidate | undefined;
    let matches: number[] = [];
    for (const k of kept) {
      if (!sameIdentity(c, k)) continue;
      const cover = coverage(c.draft.body, k.draft.body);
      if (isSameReport(cover) || statedSame(c, k)) {
        into = k;
        matches = cover.matches;
        if (!isSameReport(cover))
          warnings.push(
            `${c.draft.file} 与 ${k.draft.file} 是同一份报告（${c.place!.name}${c.year}年）的两个副本，但只有 ${Math.round(cover.share * 100)}% 的段落相同：以较全的 ${k.draft.file} 为准，其余段落记入 ingest-log（duplicate-extra）。`,
          );
        break;
      }
    }
    if (!into) {
      kept.push(c);
      continue;
    }
    into.duplicates.push({ draft: c.draft, matches });
    into.sources.push({ ...c.sources[0]!, role: 'duplicate' });
    for (const t of [...c.draft.otherTitles, ...(c.draft.title ? [c.draft.title] : [])])
      into.extraMeta.push({ role: 'title', text: t.text, source: ref(t) });
    for (const h of c.draft.header)
      into.extraMeta.push({ role: isSpeakerLine(h.text) ? 'speaker' : 'meeting', text: h.text, source: ref(h) });
    // A place named in the copy's title or header beats one guessed from word counts in the body.
    if (c.facts.place && (!into.place || into.placeEvidence?.startsWith('正文'))) {
      into.place = c.facts.place;
      into.placeEvidence = `${c.facts.placeEvidence}（来自重复副本 ${c.draft.file}）`;
    }
    into.facts = { ...c.facts, ...definedOnly(into.facts) };
    if (c.facts.year !== undefined) {
      // A dated header outranks clues read from headings, so it becomes the year and comes first.
      if (into.facts.yearEvidence.length === 0) into.year = c.facts.year;
      into.yearEvidence.unshift(...c.facts.yearEvidence.map((e) => `${e}（来自重复副本 ${c.draft.file}）`));
    }
    into.session ??= c.session;
  }
  // Back to input order, so ids and output do not depend on sizes.
  return candidates.filter((c) => kept.includes(c));
}

/**
 * Similar text is not enough: a city's reports of two years share whole paragraphs of boilerplate.
 * Two copies are one report only when nothing either states of its place, year or meeting differs.
 */
function sameIdentity(a: Candidate, b: Candidate): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.place && b.place && a.place.name !== b.place.name) return false;
  if (a.session && b.session && (a.session.term !== b.session.term || a.session.sitting !== b.session.sitting))
    return false;
  return true;
}

/** What a document is: the year's work report, or a report on a five-year plan heard in its place. */
export function kindOf(c: Candidate): 'work-report' | 'plan-report' {
  return c.facts.documentTitle && /规划|计划/u.test(c.facts.documentTitle) ? 'plan-report' : 'work-report';
}

/** Both copies say the same place and year, and the same kind of document: one report, however abridged. */
function statedSame(a: Candidate, b: Candidate): boolean {
  return (
    !!a.place &&
    !!b.place &&
    a.year !== undefined &&
    a.year === b.year &&
    a.place.name === b.place.name &&
    kindOf(a) === kindOf(b)
  );
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Same place, same term of the people's congress: sittings are one year apart, so a dated report dates the others. */
export function inferYearsFromSessions(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.year !== undefined || !c.session || !c.place) continue;
    const anchor = candidates.find(
      (a) => a !== c && a.year !== undefined && a.session?.term === c.session!.term && a.place?.name === c.place!.name,
    );
    if (!anchor) continue;
    c.year = anchor.year! + (c.session.sitting - anchor.session!.sitting);
    c.yearEvidence.push(
      `同届人大推算：${anchor.year}年的报告为第${anchor.session!.sitting}次会议，本报告为第${c.session.sitting}次会议`,
    );
  }
}
