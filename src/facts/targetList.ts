import type { Report } from '../corpus/types.js';
import { LEXICON, lexiconPattern } from '../lexicon/lexicon.js';
import { foldWidth } from '../text/normalize.js';
import { inPlanSection, type TargetsPassage } from './extract.js';
import { type Fact, valueOffset } from './fact.js';
import { findIndicator, strictIndicator } from './indicators.js';
import type { Relation, Target } from './types.js';

/**
 * The rows of a main-target list and of a five-year plan's goals, read from the facts: every figure of
 * the list is the fact the extractor read there (its subject, value, qualifier and indicator), and a
 * clause with no figure (居民收入与经济增长同步, 完成省下达任务) is a target in words. Nothing is parsed twice.
 */

/** Where a list's clauses end: a comma, a semicolon, a full stop, or a colon right after a figure (增长10.5%：财政…). */
const CLAUSE_END = /[,，;；。]|(?<=[%‰\d])[:：]/gu;

/** Words that comment on the list inside it (这是必要的，经过努力也是可以实现的; 力争取得更好结果): no target. */
const COMMENT_CLAUSE = lexiconPattern('targets.comment');

/** A target set against another figure (高于全省1个百分点, 与经济增长同步): the lexicon's targets.relative. */
const RELATIVE = lexiconPattern('targets.relative');
/** A comparison right after the subject (居民收入与经济增长同步, …增速快于全省): the lexicon's targets.inStep. */
const IN_STEP = lexiconPattern('targets.inStep');
/** What a target is striven for with (力争, 争取: the lexicon's targets.strive), kept with it as written. */
const STRIVE = new RegExp(`(?:${LEXICON.patterns['targets.strive']})$`, 'u');
const STRIVEN = lexiconPattern('targets.strive');

/** The clauses of a text with where each starts in it; split on the width-folded copy, sliced from the text. */
export function clausesOf(text: string): { text: string; at: number }[] {
  const folded = foldWidth(text);
  const out: { text: string; at: number }[] = [];
  let start = 0;
  for (const m of [...folded.matchAll(CLAUSE_END), { index: folded.length, 0: '' }]) {
    const end = m.index ?? folded.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const clause = raw.trim();
    if (clause) out.push({ text: clause, at: start + lead });
    start = end + m[0].length;
  }
  return out;
}

/** A growth word ending a subject (地区生产总值增速: the lexicon's fact.growthNamed and fact.growthVerb): what is compared is before it. */
const GROWTH_WORD_END = new RegExp(
  `(?:${LEXICON.patterns['fact.growthNamed']})$|${LEXICON.patterns['fact.growthVerb']}`,
  'u',
);

/** A growth's subject with its verb when the two are an indicator's name (经济 + 增长 = 经济增长), else as read. */
function labelAsNamed(f: Fact): string {
  const named = `${f.label}${f.verb ?? ''}`;
  return f.verb && f.measure === 'growth' && findIndicator(named)?.alias.length === named.length ? named : f.label;
}

/** One row of a list from the fact read in its clause. */
function rowOf(f: Fact, clause: string): Target {
  const at = Math.max(clause.indexOf(f.value), 0);
  const before = clause.slice(0, at);
  const relative = RELATIVE.exec(before);
  if (relative) {
    // 增速力争高于全省1个百分点: what it is compared with is the target, from the comparison (and its modal) on.
    const modal = STRIVE.exec(before.slice(0, relative.index))?.[0] ?? null;
    const from = relative.index - (modal?.length ?? 0);
    // (its subject is what stands before, without the growth word it compares: 地区生产总值增速 → 地区生产总值)
    const label = clause.slice(0, from).replace(GROWTH_WORD_END, '') || f.label;
    return {
      indicator: strictIndicator(label, 'growth'),
      label,
      value: clause.slice(from),
      number: f.number === null ? null : Math.abs(f.number),
      range: null,
      unit: f.unit,
      qualifier: modal ?? f.qualifier,
      relation: 'relative',
      text: clause,
      paragraphId: f.paragraphId,
      factId: f.id,
    };
  }
  // A change in points or in an amount (城镇化率提升1个百分点以上) is shown with its own verb, as written.
  const changeVerb = f.measure === 'change' && f.verb && clause.includes(`${f.verb}${f.value}`) ? f.verb : '';
  const relation: Relation = f.measure === 'growth' || (f.measure === 'change' && !changeVerb) ? 'growth' : 'level';
  // (a target striven for — 地区生产总值力争增长6% — says so: 力争 is its qualifier when it has no other)
  const striven = STRIVEN.exec(before)?.[0] ?? null;
  return {
    indicator: f.indicator,
    label: labelAsNamed(f),
    value: `${changeVerb}${f.value}`,
    // (a fall is a fall by its verb, as the list writes it: 下降3%; the row's number is the size of it)
    number: f.number === null ? null : Math.abs(f.number),
    range: f.range,
    unit: f.unit,
    qualifier: f.qualifier ?? striven,
    relation,
    text: clause,
    paragraphId: f.paragraphId,
    factId: f.id,
  };
}

/** Words that may stand before the subject of a target in words and still leave it the label (全市, 今年). */
const LABEL_PREFIX = /^(?:全市|全区|全县|今年|全年)?$/u;

/**
 * A clause with no figure read: a target in words. Its subject is the indicator it names, with what stands
 * before it when that is only 全市 or 今年; its value the rest (与经济增长基本同步, 完成省下达任务).
 */
function inWords(clause: string, paragraphId: string): Target[] {
  const found = findIndicator(clause);
  // "…占生产总值比重达到15%" is a share of GDP, not GDP: the subject stands before 占.
  const match = found && !/占$/u.test(clause.slice(0, found.at)) ? found : null;
  let label = clause;
  let value = clause;
  if (match) {
    const end = match.at + match.alias.length;
    const after = clause.slice(end);
    const inStep = IN_STEP.exec(after);
    if (inStep) {
      label = clause.slice(0, end);
      value = after.slice(inStep[0].length);
    } else if (LABEL_PREFIX.test(clause.slice(0, match.at)) && after.trim() && !/^[和及、与]/u.test(after)) {
      label = clause.slice(0, end);
      value = after.trim();
    } else label = clause.slice(match.at, end);
  }
  const row = (subject: string, indicator: string | null): Target => ({
    indicator,
    label: subject,
    value,
    number: null,
    range: null,
    unit: null,
    qualifier: null,
    relation: 'text',
    text: clause,
    paragraphId,
    factId: null,
  });
  // "一般公共预算收入、城乡居民人均可支配收入与经济增长基本同步": one target for each indicator listed.
  const parts = label.split('、');
  const each = parts.map((p) => findIndicator(p));
  if (parts.length > 1 && each.every((m, i) => m && m.alias.length >= parts[i]!.length - 2))
    return parts.map((p, i) => row(p, each[i]!.indicator.name));
  return [row(label, match?.indicator.name ?? null)];
}

/** The rows of a subject's facts in a clause, in the order the clause names them (A、B均增长8%: A, then B). */
function rowsOfClause(facts: readonly Fact[], clause: string): Target[] {
  const named = (f: Fact) => {
    const at = clause.indexOf(f.label);
    return at >= 0 ? at : clause.indexOf(f.value);
  };
  return [...facts].sort((a, b) => valueOffset(a) - valueOffset(b) || named(a) - named(b)).map((f) => rowOf(f, clause));
}

/** The 主要预期目标 list as rows: each clause's facts, and each clause with none as a target in words. */
export function listTargets(passage: TargetsPassage, facts: readonly Fact[]): Target[] {
  const paragraph = passage.paragraph;
  const from = paragraph.text.indexOf(passage.text);
  const own = facts.filter((f) => f.paragraphId === paragraph.id);
  const out: Target[] = [];
  for (const clause of clausesOf(passage.text)) {
    if (COMMENT_CLAUSE.test(clause.text)) continue;
    const start = from + clause.at;
    const inClause = own.filter((f) => valueOffset(f) >= start && valueOffset(f) < start + clause.text.length);
    out.push(...(inClause.length > 0 ? rowsOfClause(inClause, clause.text) : inWords(clause.text, paragraph.id)));
  }
  return out;
}

/** Goals of a five-year plan the report states: the figures of an indicator in its plan's sections on goals. */
export function planTargets(report: Report, facts: readonly Fact[]): Target[] {
  const goals = new Set(
    report.paragraphs
      .filter((p) => p.kind === 'paragraph' && inPlanSection(p) && p.section.some((s) => /目标/u.test(s)))
      .map((p) => p.id),
  );
  return facts
    .filter((f) => goals.has(f.paragraphId) && f.indicator !== null)
    .map((f) => {
      const at = f.sentence.indexOf(f.value);
      const clause = clausesOf(f.sentence).find((c) => c.at <= at && at < c.at + c.text.length);
      return rowOf(f, clause?.text ?? f.sentence);
    });
}
