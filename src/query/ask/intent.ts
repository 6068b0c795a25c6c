import type { Measure } from '../../facts/fact.js';
import { findIndicator } from '../../facts/indicators.js';
import { alternatives, LEXICON, lexiconPattern, questionWordsPattern } from '../../lexicon/lexicon.js';
import { segmenter } from '../../text/segment.js';
import { withoutFillers } from './fillers.js';

/** What kind of figure the question wants: "增长多少" a growth, "是多少亿元" an amount, "多少家" a count. */
export interface FigureIntent {
  measure: Measure | null;
  /** The unit the question names ("多少家" → 家, "多少亿元" → 亿元): the answer's unit must end with it. */
  unit: string | null;
  /** The words of the question that name the subject (旅游收入, 新增高新技术企业), for matching facts. */
  topic: string;
  /**
   * The topic with a space where the question had a mark or a word taken out (决算中 国防支出占 支出的比重): no
   * pair of characters is matched across it. Absent when it does not read as the topic does.
   */
  spaced?: string;
  /** "…多少", "几…": the question asks for a figure, whatever its subject. */
  howMuch: boolean;
  /** "从多少提到多少": where the figure started as well as where it got to. */
  fromTo: boolean;
  /** Asked where it got to (达到多少, 年底是多少): a level or a rate, never a growth. */
  endState: boolean;
  /**
   * The subject's last clause, after a comma (城镇新增就业里，高校毕业生就业): what is asked, the words before it
   * only framing it. Absent when the subject has one clause.
   */
  lastClause?: string;
  /** "How many …" in English: a count or an amount of something, never a rate (a percentage answers none). */
  countAsked?: boolean;
  /** …and no unit of measure named with it (how many warehouses): a count of things, never an area or a weight. */
  thingsCounted?: boolean;
  /** An English subject read word by word: per word, the Chinese words a report may use for it. */
  alternatives?: readonly (readonly string[])[];
  /** …and the English word each renders (null for a phrase or a term written in Chinese), for the dictionary's renderings. */
  alternativesInEnglish?: readonly (string | null)[];
  /** "and" between the English subject's words: two things may be asked (see englishSubject). */
  subjectsJoined?: boolean;
  /** The sentence an earlier part of the question was answered from: between close figures, the one there. */
  near?: string;
}

/** Where a mark or a word was taken out of a subject: a character no filler or question word holds. */
const GAP = '\u2063';
const GAPS = /\u2063+/gu;

/** "从多少提到多少", "由多少增加到多少": both ends of a change are asked. */
const FROM_TO = lexiconPattern('ask.fromTo');
const RATE_NAME_END = lexiconPattern('ask.rateNameEnd');
/** A structure or ratio named (产业结构, 城乡收入比): the lexicon's fact.ratioNamed, ending a subject. */
const RATIO_NAMED_END = new RegExp(`(?:${LEXICON.patterns['fact.ratioNamed']})$`, 'u');

/** The kinds of figure a question names (the lexicon's measure patterns). */
const GROWTH = lexiconPattern('measure.growth');
const CHANGE = lexiconPattern('measure.change');
/** A rank asked, with its scope inside or not: 排第几, 排全国第几, 居全省第几位. */
const RANK = lexiconPattern('measure.rank');
/** 连续几年: how many years running (the lexicon's measure.streak). */
const STREAK = lexiconPattern('measure.streak');
/** 用几年时间, 通过几年努力: how many years a goal is to take (the lexicon's measure.duration). */
const DURATION = lexiconPattern('measure.duration');
/** 是第几届: which edition an event held is (the lexicon's measure.edition). */
const EDITION = lexiconPattern('measure.edition');
const RANK_WORDS = lexiconPattern('ask.rankWords', 'g');
const SHARE = lexiconPattern('measure.share');
/**
 * A rate asked. 增长率 is not: "人口自然增长率" is a rate and "GDP增长率" a growth — which one, the facts
 * tell, so no kind is asked of them.
 */
const RATE = lexiconPattern('measure.rate');
/** Kinds of unit a question names as "how many" of (多少家, 多少公里): anything but money and percentages. */
const NOT_COUNTED = new Set(['money', 'money-usd', 'percent', 'permille', 'points', 'times']);
const COUNTED_UNITS = LEXICON.units.filter((u) => !NOT_COUNTED.has(u.kind)).map((u) => u.unit);
const MONEY_UNITS = LEXICON.units.filter((u) => u.kind === 'money' || u.kind === 'money-usd').map((u) => u.unit);
/** The words a question asks a figure with, before the unit it asks it in (多少, 几): the lexicon's ask.howMany. */
const HOW_MANY = LEXICON.patterns['ask.howMany'];

/** "是2010年的几倍": a multiple asked, in the unit the reports write multiples in (the lexicon's kind times). */
const TIMES_UNIT = new RegExp(
  `(?:${HOW_MANY})(${alternatives(LEXICON.units.filter((u) => u.kind === 'times').map((u) => u.unit))})`,
  'u',
);
/** "多少家", "多少万亩", "几倍": the lexicon's units (longest first, so 万亩 wins over 亩). */
const COUNT_UNIT = new RegExp(`(?:${HOW_MANY})(${alternatives(COUNTED_UNITS)})`, 'u');
/** "多少亿元", "多少亿美元", and 多少亿 for 亿元. */
const MONEY_UNIT = new RegExp(`多少(${alternatives([...MONEY_UNITS, '亿'])})`, 'u');
/** An amount, named as such. A bare "是多少/完成多少" names no kind: whatever the report states answers it. */
const LEVEL = lexiconPattern('measure.level');

/** Question words of two characters or more: never part of a subject's name. */
const QUESTION_WORDS = questionWordsPattern('asking', 'gu');
/**
 * One-character question words (的, 了, 是, 有…) go only where they stand as words of their own: inside a
 * word they are part of the name (既有建筑, 目的地, 有色金属), so the subject is cut into words first.
 */
const SINGLE_QUESTION_WORD = /^(?:几|吗|呢|吧|了|的|是|有|为|里)$/u;

function withoutQuestionWords(text: string): string {
  return segmenter()
    .cut(text.replace(QUESTION_WORDS, ' '))
    .filter((word) => !SINGLE_QUESTION_WORD.test(word))
    .join('');
}
const MEASURE_WORDS = new RegExp(
  // The lexicon's ask.measureWords, the target words, and the year a figure is compared with (比一九五七年): what
  // kind of figure is asked, no part of its subject.
  `${LEXICON.patterns['ask.measureWords']}|${questionWordsPattern('target').source}|${LEXICON.patterns['fact.comparedWith']}`,
  'gu',
);
/** Units a question may say: the lexicon's, and those only a question says (钱, 平方, 位). */
const UNIT_WORDS = new RegExp(
  alternatives([...LEXICON.units.map((u) => u.unit), ...LEXICON.questionWords.units.map((w) => w.word)]),
  'gu',
);

/**
 * A figure the question itself states after its verb (计划的基本建设投资是140亿元, 力争再减少1000万以上, 要降到千分之十左右), or as
 * the plan set it (国务院定的8%经济增长目标): what
 * the question quotes of the report, with its verb, unit and qualifiers — no word of the subject. A figure
 * inside a name (5G, PM2.5, 500强, 500万元以上的项目) has no such verb and stays.
 */
const QUOTED_FIGURE = new RegExp(
  // (a figure whole or not at all — never cut short where what follows it is no end: 百分之四点五的计划 leaves no 五 —
  // and 的 after it only before the plan it quotes: 增长5.5%的目标)
  `(?:${LEXICON.patterns['ask.quotedFigureVerb']})(?:${alternatives(LEXICON.qualifiers.before)})?(?:(?<![A-Za-z])[\\d０-９][\\d０-９.．,，]*(?![\\d０-９.．,，])|[零〇一二两三四五六七八九十百千万亿]{2,}(?=${alternatives(LEXICON.units.map((u) => u.unit))})|[百千]分之[零〇一二两三四五六七八九十百点]+(?![零〇一二两三四五六七八九十百点]))(?:${alternatives([...LEXICON.units.map((u) => u.unit), '亿', '万'])})*(?:${alternatives(LEXICON.qualifiers.after)})?(?![A-Za-z\\d])(?!的(?!${questionWordsPattern('target').source}))`,
  'gu',
);

/** `text` is the whole question (its question words say what kind of figure); `subject` it without place and year. */
/** The question without the indicator names in it: "社会消费品零售总额" holds 总额 but asks no amount. */
function withoutIndicatorNames(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  for (let i = 0; i < 3; i += 1) {
    const found = findIndicator(out);
    if (!found) break;
    out = `${out.slice(0, found.at)} ${out.slice(found.at + found.alias.length)}`;
  }
  return out;
}

/** A unit word ending a subject (五险参保人次 → 五险参保) — a word of its own, never the end of one (政策文件). */
function withoutUnitAtEnd(subject: string): string {
  const unit = new RegExp(`(?:${UNIT_WORDS.source})$`, 'u').exec(subject)?.[0];
  if (!unit) return subject;
  return segmenter().cut(subject).at(-1) === unit ? subject.slice(0, -unit.length) : subject;
}

/** A bound left where 多少 stood (控制在多少以内 → 控制在以内): the lexicon's qualifiers after a figure. */
/** An aside excluding a part (（不含手工业产值）): the lexicon's ask.excludedAside, no part of the subject. */
export const EXCLUDED_ASIDE = lexiconPattern('ask.excludedAside', 'gu');
const BOUND_AFTER_HOW_MUCH = new RegExp(`(?<=在)(?:${alternatives(LEXICON.qualifiers.after)})`, 'gu');

/** 多少/几 opening a question's figure words. */
const HOW_MUCH = lexiconPattern('ask.howMuch');
/** Every word a question asks for a figure with (多少, 几, 多长, 多久, 多高): the lexicon's ask.figureWords. */
const FIGURE_WORDS = lexiconPattern('ask.figureWords');
const END_STATE = lexiconPattern('ask.endState');
/** What a figure asked is per, right before 多少 (每人每月多少元): the lexicon's fact.perPrefix. */
const PER_BEFORE_HOW_MUCH = new RegExp(
  `(?:${LEXICON.patterns['fact.perPrefix']})(?=${LEXICON.patterns['ask.howMany']})`,
  'gu',
);
/** A count the question states before a noun (12个产业集聚区): the lexicon's counting units after a number. */
const STATED_COUNT = new RegExp(
  `(?<![\\dA-Za-z.])\\d+(?:${alternatives(LEXICON.units.filter((u) => u.counts).map((u) => u.unit))})(?=\\p{Script=Han})`,
  'gu',
);

/** Whether the unit after 多少/几 in `m` stands as a word of its own in `text` (多少家企业), not the start of one (多少项目). */
function ownWord(text: string, m: string): boolean {
  const unit = m.replace(HOW_MUCH, '');
  const at = text.indexOf(m);
  // (个 after 多少/几 is the classifier whatever follows: 几个省 is not 几 + a word 个省)
  if (!unit || at < 0 || unit.startsWith('个')) return true;
  const next = segmenter().cut(text.slice(at + m.length - unit.length))[0] ?? '';
  // (…unless the words after the unit, read without it, run past that word: 户棚 is jieba's, 棚改任务 the question's)
  const after = segmenter().cut(text.slice(at + m.length))[0] ?? '';
  // (…and a word jieba only guessed, no word of its dictionary — 家首店, 项省 — glues the unit to nothing real)
  const guessed = () => segmenter().tag(next)[0]?.tag === 'x';
  // (…and a word of the reports opening with it, 批而未供, is that word: 多少批而未供土地 asks no count of 批)
  if (next.length > unit.length && next.startsWith(unit) && LEXICON.domainWords.words.includes(next)) return false;
  return !(next.length > unit.length && next.startsWith(unit) && after === next.slice(unit.length)) || guessed();
}

/** The unit a question asks its figure in (多少家, 多少亿元) — only a unit standing as a word: 多少项目 asks none. */
function unitAsked(pattern: RegExp, text: string): string | null {
  const m = pattern.exec(text);
  return m && ownWord(text, m[0]) ? m[1]! : null;
}

/** 多少钱, 多少资金, 投资多少: an amount of money asked (the lexicon's ask.money and ask.moneyByVerb). */
const MONEY_ASKED = new RegExp(`${LEXICON.patterns['ask.money']}|${LEXICON.patterns['ask.moneyByVerb']}`, 'u');

export function figureIntent(question: string, subject: string): FigureIntent {
  const rest = subject;
  const text = withoutIndicatorNames(question);
  const unit = /(?:多少|几)个?百分点/u.test(text)
    ? null
    : MONEY_ASKED.test(text)
      ? '元'
      : (unitAsked(COUNT_UNIT, text) ?? unitAsked(MONEY_UNIT, text) ?? TIMES_UNIT.exec(text)?.[1] ?? null);
  let measure: Measure | null = null;
  if (RANK.test(text)) measure = 'rank';
  else if (STREAK.test(text)) measure = 'streak';
  else if (DURATION.test(text)) measure = 'duration';
  else if (EDITION.test(text)) measure = 'edition';
  // 提高了几个百分点: a change in percentage points, not a count of 个; 比上年多了多少, 增加了多少, 提高了多少: a
  // change — a growth rate, or the amount the report gives instead (最低工资标准每月提高183元).
  else if (CHANGE.test(text)) measure = 'change';
  else if (GROWTH.test(text)) measure = 'growth';
  else if (SHARE.test(text)) measure = 'share';
  else if (RATE.test(text)) measure = 'rate';
  else if (unitAsked(COUNT_UNIT, text)) measure = 'count';
  // "接待了多少游客", "有几个": how many of a noun — an amount or a count, whichever the report gives.
  // …but 到多少了, 多少啊 name no kind: a sentence-final particle is not a counted noun.
  else if (
    LEVEL.test(text) ||
    /(?:多少|几)(?=\p{Script=Han})(?![了啊呢吗呀吧]|以内|以上|以下|左右|区间|范围)/u.test(text)
  )
    measure = 'level';
  // 排第几位, 升到了全国第几位, 连续几年全国第一: how a rank is asked, before 几 is taken off on its own — with
  // where it ranks (在咸阳排第几), unless that is all the subject there is (…在百强县榜单排第几: the ranking itself).
  const withoutRank = rest.replace(RANK_WORDS, '');
  const ranked = /\p{Script=Han}{2}/u.test(withoutRank)
    ? withoutRank
    : rest.replace(RANK_WORDS, (_m, scope: string | undefined) => scope ?? '');
  const asked = ranked
    // "12个产业集聚区共入驻了多少家企业": a count the question states names which things, no word to match.
    .replace(STATED_COUNT, '')
    // 提高到每人每年多少元: what the figure asked is per is part of the figure, as a report writes it (每人每年1717元).
    .replace(PER_BEFORE_HOW_MUCH, '')
    .replace(FROM_TO, '')
    // (是第几届: which edition is asked, no part of the event's name)
    .replace(EDITION, '')
    .replace(QUOTED_FIGURE, '')
    // 投了多少钱, 花了多少钱: the verb of spending asks the amount; 钱 names no subject.
    .replace(/(?<!累计)(?:投|拿|花|用)了?(?=多少钱)/gu, '')
    // "多少家企业": the classifier after 多少 belongs to the question, not to the subject (多少项目资金: 项目 is a word).
    .replace(new RegExp(`(?:百分之)?(?:多少|几)(?:个?百分点|${UNIT_WORDS.source})?`, 'gu'), (m) =>
      ownWord(rest, m) ? '' : m.replace(HOW_MUCH, ''),
    )
    // 控制在多少以内: the bound after 多少 asks how the figure is bounded, no part of the subject.
    .replace(BOUND_AFTER_HOW_MUCH, '')
    .replace(EXCLUDED_ASIDE, '');
  // Fillers go before a unit word is taken off the end (五险参保人次增长了多少啊 → 五险参保人次 → 五险参保).
  // Measure and target words go before the words are cut too: 定的 is one word of the question, not 定 + 的.
  const subjectOf = (words: string) =>
    withoutUnitAtEnd(withoutFillers(withoutQuestionWords(words.replace(MEASURE_WORDS, '')).replace(MEASURE_WORDS, '')))
      .replace(/[到至]$/u, '')
      // "到1985年粮食产量": the 到 of a year taken off is no part of the subject.
      .replace(/^[到至]/u, '')
      .trim();

  const subjectOnly = subjectOf(asked.replace(/[？?！!。，,、：:；;“”"'\s]/gu, ''));
  // (the same words with a gap where a mark or a word went: quotation marks join, 专精特新“小巨人”企业 is one name)
  const spaced = subjectOf(
    asked
      .replace(/[“”"']/gu, '')
      .trim()
      .replace(/[？?！!。，,、：:；;\s]+/gu, GAP),
  )
    .replace(GAPS, ' ')
    .trim();
  // (the clause after the subject's last comma, read the same way)
  const clauses = asked.replace(/[？?！!。\s]+$/u, '').split(/[，,；;]/u);
  const last =
    clauses.length > 1
      ? subjectOf(
          clauses
            .at(-1)!
            .replace(/[“”"']/gu, '')
            .trim()
            .replace(/[、：:\s]+/gu, GAP),
        )
          .replace(GAPS, ' ')
          .trim()
      : '';
  // "入园率提高到多少": how much of a rate is the rate itself — and of a structure or ratio, its ratio
  // (三次产业结构从多少调整到了多少: 5.5∶57.7∶36.8).
  if (measure === 'level' && !unit && (RATE_NAME_END.test(subjectOnly) || RATIO_NAMED_END.test(subjectOnly)))
    measure = 'rate';
  return {
    measure,
    unit: unit === '亿' ? '亿元' : unit,
    topic: subjectOnly,
    ...(spaced !== subjectOnly && spaced.replace(/\s/gu, '') === subjectOnly ? { spaced } : {}),
    ...(/\p{Script=Han}{2}/u.test(last) && last.replace(/\s/gu, '') !== subjectOnly ? { lastClause: last } : {}),
    howMuch: FIGURE_WORDS.test(question),
    fromTo: FROM_TO.test(question),
    // (从多少增加到多少 asks where it started as well: a from-to question, read as such)
    endState: END_STATE.test(question) && !FROM_TO.test(question),
  };
}
