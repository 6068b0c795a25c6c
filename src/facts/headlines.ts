import type { Report } from '../corpus/types.js';
import { BOUNDS_BEFORE, lexiconPattern } from '../lexicon/lexicon.js';
import type { TargetsPassage } from './extract.js';
import { type Fact, valueOffset } from './fact.js';
import { isCeiling } from './reaches.js';

/**
 * The main-target list is this year's targets wherever the headings put it (河北 2004 sets its list under
 * the review's heading): every figure read inside it is a target of the report's year, and a headline one.
 */
export function markListTargets(report: Report, facts: Fact[], passage: TargetsPassage | null): void {
  if (!passage) return;
  const from = passage.paragraph.text.indexOf(passage.text);
  const to = from + passage.text.length;
  for (const f of facts) {
    const at = valueOffset(f);
    if (f.paragraphId !== passage.paragraph.id || from < 0 || at < from || at >= to) continue;
    f.stance = 'target';
    f.period = { kind: 'year-plan', from: report.year, to: report.year };
    f.headline = true;
  }
}

/** What a headline figure is: the year's amount (or count), growth or rate — not a rank of it. */
const HEADLINE_MEASURES = new Set<Fact['measure']>(['level', 'growth', 'rate', 'share', 'count']);

/** A clause stating a cumulative figure (累计新增城镇就业25.8万人): several years', never the year's headline. */
const CUMULATIVE = lexiconPattern('fact.cumulative');

/** The value's own clause, up to the value. */
function clauseBefore(f: Fact): string {
  const at = f.sentence.indexOf(f.value);
  const before = f.sentence.slice(0, Math.max(at, 0));
  return before.slice(Math.max(...[...'，,；;：:'].map((c) => before.lastIndexOf(c))) + 1);
}

/** The lexicon's qualifiers set before a figure (突破, 超过, 近…): a bound or an approximation, not the figure. */
const BOUND_BEFORE = new Set(BOUNDS_BEFORE);

/** `g` states exactly, in `f`'s sentence, what `f` bounds: the same indicator and measure, with no qualifier. */
function exactBeside(f: Fact, g: Fact): boolean {
  return (
    g !== f &&
    g.paragraphId === f.paragraphId &&
    g.sentence === f.sentence &&
    g.indicator === f.indicator &&
    g.measure === f.measure &&
    g.qualifier === null
  );
}

/**
 * Whether `f` is the second and last figure of a sentence whose first is of a thing rather than a statistic (全年新增
 * 营业面积10万平方米，新增就业3000人: the jobs the new shops made): a part told with that thing, not the year's own
 * figure, which a longer run of the review's figures may still be.
 */
function toldAfterThing(f: Fact, facts: readonly Fact[]): boolean {
  const inSentence = facts
    .filter((g) => g.paragraphId === f.paragraphId && g.sentence === f.sentence)
    .sort((a, b) => valueOffset(a) - valueOffset(b));
  return inSentence.length === 2 && inSentence[1] === f && inSentence[0]!.indicator === null;
}

/** How a review holds its year's figures: stated, or estimated (预计) in a report given before the final count. */
const REVIEWED = new Set<Fact['stance']>(['result', 'forecast']);

/**
 * The review's headline figures: for each dictionary indicator, the first sentence of the review that states
 * it for the year before the report, and in it the indicator's first amount, growth and rate — the year's own
 * figures, before any later mention of a part of it (a park's investment, a sector's output).
 */
export function markReviewHeadlines(report: Report, facts: Fact[]): void {
  const sentenceOf = new Map<string, string>();
  const seen = new Set<string>();
  for (const f of facts) {
    if (!f.indicator || !REVIEWED.has(f.stance) || f.period.kind !== 'review' || f.period.from !== report.year - 1)
      continue;
    // (a bound — 控制在5.5%以内 — says what the figure stayed under, not what it was)
    if (isCeiling(f.qualifier) || !HEADLINE_MEASURES.has(f.measure)) continue;
    // (…and a round bound the sentence then states exactly, 突破千亿元大关，达1000.24亿元, is not the figure)
    if (BOUND_BEFORE.has(f.qualifier ?? '') && facts.some((g) => exactBeside(f, g))) continue;
    if (CUMULATIVE.test(clauseBefore(f))) continue;
    if (toldAfterThing(f, facts)) continue;
    const sentence = `${f.paragraphId} ${f.sentence}`;
    if ((sentenceOf.get(f.indicator) ?? sentence) !== sentence) continue;
    sentenceOf.set(f.indicator, sentence);
    const key = `${f.indicator} ${f.measure}`;
    if (seen.has(key)) continue;
    seen.add(key);
    f.headline = true;
  }
}

/** A year's reviewed figure of one indicator: the headline amount (or rate) and growth the next report states. */
export interface ReviewHeadline {
  indicator: string;
  /** The year the figures are for (the report's year − 1). */
  year: number;
  /** The amount, or the rate of a rate indicator (城镇登记失业率2.9%). */
  amount: Fact | null;
  growth: Fact | null;
}

/**
 * The review's figures of a report, one per indicator, in the order the review states them: its headline
 * facts — and where their sentence gives no growth, the first growth the review states for the year, which
 * a review always states and may give apart from the amount (a five-year review opening with the year's GDP,
 * its growth in the year's own review).
 */
/** A review's headline figure (not a main-target list's, which is tagged headline too). */
export function isReviewHeadline(f: Fact): boolean {
  return f.headline && f.indicator !== null && REVIEWED.has(f.stance) && HEADLINE_MEASURES.has(f.measure);
}

export function reviewHeadlines(report: Report, facts: readonly Fact[]): ReviewHeadline[] {
  const out = new Map<string, ReviewHeadline>();
  for (const f of facts) {
    if (!isReviewHeadline(f) || !f.indicator) continue;
    const h = out.get(f.indicator) ?? { indicator: f.indicator, year: report.year - 1, amount: null, growth: null };
    if (f.measure === 'growth') h.growth ??= f;
    else h.amount ??= f;
    out.set(f.indicator, h);
  }
  for (const h of out.values())
    h.growth ??=
      facts.find(
        (f) =>
          f.indicator === h.indicator &&
          f.measure === 'growth' &&
          REVIEWED.has(f.stance) &&
          f.period.kind === 'review' &&
          f.period.from === h.year,
      ) ?? null;
  return [...out.values()];
}
