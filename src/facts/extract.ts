import type { Paragraph, Report } from '../corpus/types.js';
import { lexiconPattern } from '../lexicon/lexicon.js';
import { findIndicator } from './indicators.js';

/**
 * "主要预期目标是：", "主要预期目标建议为:", "主要目标是:", "今年经济社会发展主要预期目标为：", "主要预期目标确定为：",
 * and without the colon ("主要预期目标是全省生产总值增长10%").
 */
const INTRO = lexiconPattern('targets.intro');
/** A heading that is only the intro (`主要预期目标`, `二、今年经济社会发展的主要目标`): the list is the paragraph under it. */
const INTRO_HEADING = lexiconPattern('targets.introHeading');
/** A section about a five-year plan: its goals are plan targets, not this year's. */
const PLAN_SECTION = lexiconPattern('targets.planSection');
/** A year (今年, 2026年) named in a heading or in the intro's own sentence: the list is a year's, even in a section on a plan. */
const NAMES_A_YEAR = lexiconPattern('targets.namesAYear');
/** After the list, short sentences like "PM2.5平均浓度、单位GDP能耗下降率完成省定目标" are targets too. */
const TRAILING_TARGET = lexiconPattern('targets.trailing');
/** A sentence of the list: figures with a target's words. */
const LIST_SENTENCE = lexiconPattern('targets.listSentence');
/** Sentences that explain or follow the list, never part of it. */
const NOT_A_TARGET = lexiconPattern('targets.notATarget');
const MAX_LIST_SENTENCE = 220;

export interface TargetsPassage {
  paragraph: Paragraph;
  /** The passage verbatim, from the first target to the end of the list. */
  text: string;
  /** How it was found: the intro phrase, or the fallback for a list with no intro. */
  via: string;
}

/**
 * Under a five-year plan's heading: the outermost heading that speaks of time decides. `二、“十五五”时期主要
 * 目标和2026年重点工作` names this year, so it holds the year's list; a stray `十四五` sub-heading inside
 * `三、2026年工作安排` does not make the list under it a plan's.
 */
export function inPlanSection(p: Paragraph): boolean {
  for (const heading of p.section) {
    if (NAMES_A_YEAR.test(heading)) return false;
    if (PLAN_SECTION.test(heading)) return true;
  }
  return false;
}

/**
 * The list from `from` on: its first sentence, then every sentence that reads as more of the list (figures
 * with a target's words, or a short 完成/控制在 target), up to one that explains or moves on.
 */
function extendWithTrailingTargets(text: string, from: number): string {
  const end = text.indexOf('。', from);
  if (end < 0) return text.slice(from);
  let out = text.slice(from, end + 1);
  let at = end + 1;
  for (;;) {
    const next = text.indexOf('。', at);
    if (next < 0) break;
    const sentence = text.slice(at, next).trim();
    const more =
      (TRAILING_TARGET.test(sentence) || (LIST_SENTENCE.test(sentence) && sentence.length <= MAX_LIST_SENTENCE)) &&
      !NOT_A_TARGET.test(sentence);
    if (!more) break;
    out += text.slice(at, next + 1);
    at = next + 1;
  }
  return out;
}

/** The passage stating the year's main expected targets, or null when the report has none. */
export function findTargetsPassage(report: Report): TargetsPassage | null {
  const paragraphs = report.paragraphs;
  const body = paragraphs.filter((p) => p.kind === 'paragraph');
  for (const p of body) {
    const m = INTRO.exec(p.text);
    if (!m) continue;
    // The intro's own sentence naming this year (今年经济社会发展的主要预期目标) outweighs a plan's section.
    const sentenceStart = Math.max(p.text.lastIndexOf('。', m.index) + 1, 0);
    const ownYear = NAMES_A_YEAR.test(p.text.slice(sentenceStart, m.index));
    if (inPlanSection(p) && !ownYear) continue;
    if (/十[一二三四五]?五|五年|到20\d\d年|期间/u.test(p.text.slice(sentenceStart, m.index)) && !ownYear) continue;
    return { paragraph: p, text: extendWithTrailingTargets(p.text, (m.index ?? 0) + m[0].length), via: m[0] };
  }
  // `主要预期目标` standing as its own heading: the list is the first paragraph under it.
  for (let i = 0; i < paragraphs.length - 1; i += 1) {
    const h = paragraphs[i]!;
    const next = paragraphs[i + 1]!;
    if (h.kind !== 'heading' || !INTRO_HEADING.test(h.text) || (inPlanSection(h) && !NAMES_A_YEAR.test(h.text)))
      continue;
    if (next.kind !== 'paragraph' || !LIST_SENTENCE.test(next.text)) continue;
    return { paragraph: next, text: extendWithTrailingTargets(next.text, 0), via: `标题：${h.text}` };
  }
  // 忻州 2023 lists its targets without an intro: "综合考虑各方面因素,今年全市地区生产总值增长6%左右,…".
  for (const p of body.filter((x) => !inPlanSection(x))) {
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
