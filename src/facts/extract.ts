import type { Paragraph, Report } from '../corpus/types.js';
import { foldWidth } from '../text/normalize.js';
import { parseClause, splitClauses } from './clauses.js';
import { findIndicator } from './indicators.js';
import type { Target } from './types.js';

/** "主要预期目标是：", "主要预期目标建议为:", "主要目标是:", "今年经济社会发展主要预期目标为：". */
const INTRO = /(?:主要预期目标|主要目标|发展目标|预期目标)(?:建议)?[为是][:：]/u;
/** A section about a five-year plan: its goals are plan targets, not this year's. */
const PLAN_SECTION = /十[一二三四五]五|今后五年|五年规划|规划纲要/u;
/** After the list, short sentences like "PM2.5平均浓度、单位GDP能耗下降率完成省定目标" are targets too. */
const TRAILING_TARGET = /^[^。]{2,40}(完成|下降|控制在|达到)[^。]{0,30}$/u;
const NOT_A_TARGET = /^(这些|重点|为|实现以上|围绕|今年|全年)/u;

export interface TargetsPassage {
  paragraph: Paragraph;
  /** The passage verbatim, from the first target to the end of the list. */
  text: string;
  /** How it was found: the intro phrase, or the fallback for a list with no intro. */
  via: string;
}

function inPlanSection(p: Paragraph): boolean {
  return p.section.some((s) => PLAN_SECTION.test(s));
}

function extendWithTrailingTargets(text: string, from: number): string {
  const end = text.indexOf('。', from);
  if (end < 0) return text.slice(from);
  let out = text.slice(from, end + 1);
  let at = end + 1;
  for (;;) {
    const next = text.indexOf('。', at);
    if (next < 0) break;
    const sentence = text.slice(at, next);
    if (!TRAILING_TARGET.test(sentence) || NOT_A_TARGET.test(sentence)) break;
    out += text.slice(at, next + 1);
    at = next + 1;
  }
  return out;
}

/** The passage stating the year's main expected targets, or null when the report has none. */
export function findTargetsPassage(report: Report): TargetsPassage | null {
  const body = report.paragraphs.filter((p) => p.kind === 'paragraph' && !inPlanSection(p));
  for (const p of body) {
    const m = INTRO.exec(p.text);
    if (m) return { paragraph: p, text: extendWithTrailingTargets(p.text, (m.index ?? 0) + m[0].length), via: m[0] };
  }
  // 忻州 2023 lists its targets without an intro: "综合考虑各方面因素,今年全市地区生产总值增长6%左右,…".
  for (const p of body) {
    const m = /(?:今年|\d{4}年)[^。]{0,12}?(?:地区生产总值|生产总值)(?:增长|力争)/u.exec(p.text);
    if (!m) continue;
    const growthClauses = (
      p.text
        .slice(m.index)
        .split('。')[0]!
        .match(/增长\d/gu) ?? []
    ).length;
    if (growthClauses < 3) continue;
    const start = (m.index ?? 0) + (findIndicator(m[0])?.at ?? 0);
    return { paragraph: p, text: extendWithTrailingTargets(p.text, start), via: '（无引导语）今年…增长' };
  }
  return null;
}

export function parseTargets(passage: TargetsPassage): Target[] {
  // Full-width figures (７．５％, 6%－6.5%) are read as their half-width forms; the passage stays verbatim.
  return splitClauses(foldWidth(passage.text)).flatMap((clause) => parseClause(clause, passage.paragraph.id));
}

/** Goals of a five-year plan stated in the report: only clauses with an indicator and a number. */
export function parsePlanTargets(report: Report): Target[] {
  const goals = report.paragraphs.filter(
    (p) => p.kind === 'paragraph' && inPlanSection(p) && p.section.some((s) => /目标/u.test(s)),
  );
  return goals.flatMap((p) =>
    p.text.split(/[。；;]/u).flatMap((sentence) =>
      splitClauses(sentence)
        .filter((c) => /\d/u.test(c) && findIndicator(c))
        .flatMap((c) => parseClause(c, p.id))
        .filter((t) => t.relation !== 'text'),
    ),
  );
}
