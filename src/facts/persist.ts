import type { Corpus } from '../corpus/corpus.js';
import type { Period } from '../corpus/period.js';
import type { FactStore, ReportTargets } from './store.js';

/** One report's facts as plain data: the report and its paragraphs are named by id, not held. */
interface SavedReportFacts extends Omit<ReportTargets, 'report' | 'passage' | 'periods'> {
  report: string;
  passage: { paragraphId: string; text: string; via: string } | null;
  periods: [string, Period][];
}

function saveReportFacts({ report, passage, periods, ...rest }: ReportTargets): SavedReportFacts {
  return {
    ...rest,
    report: report.id,
    passage: passage && { paragraphId: passage.paragraph.id, text: passage.text, via: passage.via },
    periods: [...periods],
  };
}

/** A report's saved facts over the corpus they were extracted from; throws when a report or paragraph is missing. */
function restoreReportFacts(
  corpus: Corpus,
  { report: id, passage, periods, ...rest }: SavedReportFacts,
): ReportTargets {
  const report = corpus.reportById(id);
  if (!report) throw new Error(`saved facts name a report the corpus lacks: ${id}`);
  const paragraph = passage && report.paragraphs.find((p) => p.id === passage.paragraphId);
  if (passage && !paragraph) throw new Error(`saved facts name a missing paragraph: ${passage.paragraphId}`);
  return {
    ...rest,
    report,
    passage: passage && paragraph ? { paragraph, text: passage.text, via: passage.via } : null,
    periods: new Map(periods),
  };
}

/**
 * The facts packed one report per block: a first line listing `[report id, offset, length]` in corpus order,
 * then each report's facts as JSON. A block is parsed only when its report is first asked for, so a start
 * over a large corpus does not parse every report's facts (2.7 s at ×100) before its first answer.
 */
export function packFacts(store: FactStore): Uint8Array {
  const bodies = [...store.values()].map((t) => ({
    id: t.report.id,
    bytes: Buffer.from(JSON.stringify(saveReportFacts(t))),
  }));
  const blocks: [string, number, number][] = [];
  let at = 0;
  for (const { id, bytes } of bodies) {
    blocks.push([id, at, bytes.byteLength]);
    at += bytes.byteLength;
  }
  return Buffer.concat([Buffer.from(`${JSON.stringify(blocks)}\n`), ...bodies.map((b) => b.bytes)]);
}

/** Opens packed facts for `corpus`; throws when they do not list exactly its reports, in its order. */
export function openPackedFacts(corpus: Corpus, bytes: Uint8Array): LazyFacts {
  const newline = bytes.indexOf(10);
  if (newline < 0) throw new Error('packed facts have no block list');
  const blocks = JSON.parse(Buffer.from(bytes.subarray(0, newline)).toString('utf8')) as [string, number, number][];
  if (blocks.length !== corpus.reports.length || blocks.some(([id], i) => corpus.reports[i]?.id !== id))
    throw new Error('saved facts do not cover every report');
  const body = bytes.subarray(newline + 1);
  return new LazyFacts(
    blocks.map(([id, offset, length]) => ({ id, offset, length })),
    (offset, length) =>
      restoreReportFacts(
        corpus,
        JSON.parse(Buffer.from(body.subarray(offset, offset + length)).toString('utf8')) as SavedReportFacts,
      ),
  );
}

/**
 * A fact store whose reports are parsed on first use: `get` parses one report, iterating parses them all
 * (in corpus order, whatever was asked for first), and `loadFor` lets a warm-up parse them a slice at a time
 * between other work.
 */
export class LazyFacts implements ReadonlyMap<string, ReportTargets> {
  private readonly parsed = new Map<string, ReportTargets>();
  private readonly blockOf = new Map<string, { offset: number; length: number }>();
  private ordered: Map<string, ReportTargets> | undefined;
  private next = 0;

  constructor(
    private readonly blocks: readonly { id: string; offset: number; length: number }[],
    private readonly parse: (offset: number, length: number) => ReportTargets,
  ) {
    for (const b of blocks) this.blockOf.set(b.id, b);
  }

  get size(): number {
    return this.blocks.length;
  }

  /** How many reports are not parsed yet. */
  get unparsed(): number {
    return this.blocks.length - this.parsed.size;
  }

  has(id: string): boolean {
    return this.blockOf.has(id);
  }

  get(id: string): ReportTargets | undefined {
    const known = this.parsed.get(id);
    if (known) return known;
    const block = this.blockOf.get(id);
    if (!block) return undefined;
    const facts = this.parse(block.offset, block.length);
    this.parsed.set(id, facts);
    return facts;
  }

  /** Parses reports for about `ms` milliseconds; true when every report is parsed. */
  loadFor(ms: number): boolean {
    const until = performance.now() + ms;
    while (this.next < this.blocks.length && performance.now() < until) this.get(this.blocks[this.next++]!.id);
    if (this.next >= this.blocks.length) this.all();
    return this.unparsed === 0;
  }

  private all(): Map<string, ReportTargets> {
    if (!this.ordered) {
      const ordered = new Map<string, ReportTargets>();
      for (const { id } of this.blocks) ordered.set(id, this.get(id)!);
      this.ordered = ordered;
    }
    return this.ordered;
  }

  keys() {
    return this.all().keys();
  }

  values() {
    return this.all().values();
  }

  entries() {
    return this.all().entries();
  }

  [Symbol.iterator]() {
    return this.all()[Symbol.iterator]();
  }

  forEach(
    callback: (value: ReportTargets, key: string, map: ReadonlyMap<string, ReportTargets>) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.all()) callback.call(thisArg, value, key, this);
  }
}
