import { pinyin } from 'pinyin-pro';
import { shortName } from '../corpus/gazetteer.js';
import type { DroppedLine, GlossaryEntry, MetaLine, Paragraph, PlaceLevel, Report } from '../corpus/types.js';
import { type Candidate, ref } from './candidate.js';
import { isSpeakerLine } from './metadata.js';

const COLOPHON = /秘书处.{0,20}印$/u;
const GLOSSARY_SECTION = /名词解释|缩略语|注释/u;
const GLOSSARY_ENTRY = /^【(\d+)】(.+?)[:：]([\s\S]+)$/u;
const FOOTNOTE = /\[(\d+)\]/gu;

export function slugOf(name: string): string {
  return (
    pinyin(shortName(name), { toneType: 'none', type: 'array' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/gu, '') || 'report'
  );
}

/** A candidate with a known place and year → a report of the corpus, with paragraph ids, sections and glossary links. */
export function buildReport(c: Candidate, id: string, dropped: DroppedLine[]): Report {
  const place = c.place!;
  const meta: MetaLine[] = [];
  for (const t of [...c.draft.otherTitles, ...(c.draft.title ? [c.draft.title] : [])])
    meta.push({ role: 'title', text: t.text, source: ref(t) });
  for (const h of c.draft.header)
    meta.push({ role: isSpeakerLine(h.text) ? 'speaker' : 'meeting', text: h.text, source: ref(h) });
  meta.push(...c.extraMeta);
  const paragraphs: Paragraph[] = [];
  const bodyIndexToId = new Map<number, string>();
  let inGlossary = false;
  c.structured.forEach((s, bodyIndex) => {
    if (COLOPHON.test(s.piece.text)) {
      meta.push({ role: 'colophon', text: s.piece.text, source: ref(s.piece) });
      return;
    }
    if (s.kind === 'heading' && s.level === 1) inGlossary = GLOSSARY_SECTION.test(s.piece.text);
    const n = paragraphs.length + 1;
    const pid = `${id}-${n}`;
    bodyIndexToId.set(bodyIndex, pid);
    const kind = inGlossary && s.kind === 'paragraph' && GLOSSARY_ENTRY.test(s.piece.text) ? 'glossary' : s.kind;
    const paragraph: Paragraph = { id: pid, n, kind, section: s.section, text: s.piece.text, source: ref(s.piece) };
    if (s.level !== undefined) paragraph.level = s.level;
    paragraphs.push(paragraph);
  });
  const glossary: GlossaryEntry[] = paragraphs
    .filter((p) => p.kind === 'glossary')
    .map((p) => {
      const m = GLOSSARY_ENTRY.exec(p.text)!;
      return { marker: Number(m[1]), term: m[2]!.trim(), definition: m[3]!.trim(), paragraphId: p.id };
    });
  const terms = new Map(glossary.map((g) => [g.marker, g.term]));
  for (const p of paragraphs) {
    if (p.kind === 'glossary') continue;
    const refs = [...p.text.matchAll(FOOTNOTE)]
      .map((m) => Number(m[1]))
      .filter((n) => terms.has(n))
      .map((marker) => ({ marker, term: terms.get(marker)! }));
    if (refs.length > 0) p.glossaryRefs = refs;
  }
  for (const dup of c.duplicates) {
    dup.draft.body.forEach((piece, i) => {
      const at = dup.matches[i]!;
      const target = at >= 0 ? bodyIndexToId.get(at) : undefined;
      dropped.push({
        ...ref(piece),
        reason: target ? `duplicate-of ${target}` : `duplicate-extra ${id}`,
        text: piece.text,
      });
    });
  }
  const facts = c.facts;
  return {
    id,
    city: place.name,
    short: place.short,
    province: place.province,
    level: place.level as PlaceLevel,
    parent: place.parent,
    code: place.code,
    year: c.year!,
    yearEvidence: c.yearEvidence,
    title: `${c.year}年${place.name}政府工作报告`,
    date: facts.date ?? null,
    meeting: facts.meeting ?? null,
    speaker: facts.speaker ?? null,
    speakerRole: facts.speakerRole ?? null,
    sources: c.sources,
    meta,
    paragraphs,
    glossary,
  };
}
