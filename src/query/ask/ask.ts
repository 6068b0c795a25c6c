import type { City } from '../../corpus/corpus.js';
import { placesNamed } from '../../corpus/gazetteer.js';
import type { Fact } from '../../facts/fact.js';
import { findIndicator, INDICATORS } from '../../facts/indicators.js';
import { splitSubjects } from '../../facts/statements.js';
import { alternatives, BOUNDS_BEFORE, LEXICON, lexiconPattern, questionWordsPattern } from '../../lexicon/lexicon.js';
import { clip } from '../../text/clip.js';
import { segmenter } from '../../text/segment.js';
import { type Library, placeSuggester } from '../library.js';
import { answerAllTargets } from './allTargets.js';
import { emptyResult, notFound } from './answers.js';
import { answerDefinition } from './definition.js';
import { englishCountedPair, englishFollowUp, englishParts, isEnglish } from './english.js';
import { answerFigure, asksAdded } from './figure.js';
import { figureFor } from './figureFor.js';
import { figureIntent } from './intent.js';
import { deliveredLate } from './lateReport.js';
import { answerMet } from './met.js';
import { ACTUAL_WORDS, MET_WORDS, TARGET_AND_RESULT, TARGET_WORDS } from './parseQuestion.js';
import { answerFromPassage } from './passage.js';
import { answerPlan } from './plan.js';
import { answerRanking } from './ranking.js';
import { answerReportFacts } from './reportFacts.js';
import { answerResultRanking } from './resultRanking.js';
import type { Said } from './said.js';
import type { AskResult } from './types.js';
import { MAX_QUESTION_CHARS, stanceAndYear, type Understood, understand } from './understand.js';

export type { AskResult } from './types.js';

/**
 * Answers a free question (Chinese, traditional or simplified, or English) from the reports, or says
 * plainly that they don't say and what was looked at. Never estimates; every figure is quoted.
 */
/** What makes a piece of a question a question of its own: 多少, 几, 排第几, 怎么样, 了吗… */
const ASKS = lexiconPattern('ask.asks');
/** "…增长目标是多少？固投呢": a later part naming only another subject asks it the first part's question. */
const AND_THIS = lexiconPattern('ask.andThis');
const JOINER = lexiconPattern('ask.joiner');
/** An item of a list written straight before the next (一产二产三产): the lexicon's ask.runTogether. */
const RUN_TOGETHER = lexiconPattern('ask.runTogether', 'g');
/** A later part asking a part of the first's subject (其中…). */
const SUBSET = lexiconPattern('ask.subset');

/**
 * "<place>今年<subject>要达到多少？<another subject>多少亩", "<place>Y年GDP是多少，增长了多少": the parts of a
 * question that asks several things, each a question of its own; one part when it asks one thing.
 */
/** A bracketed aside closing a question that names the report it asks of: （1987年政府工作报告）. */
const REPORT_ASIDE = /[（(][^（()）]*报告[^（()）]*[）)][\s？?。.]*$/u;

/** 多少 or 几 and the unit it asks in (多少钱, 几座 — the lexicon's units and the question's own): where one clause asks a figure. */
const ASKED_FIGURE = new RegExp(
  `(?:${LEXICON.patterns['ask.howMany']})(?:${alternatives([...LEXICON.units.map((u) => u.unit), ...LEXICON.questionWords.units.map((w) => w.word)])})?`,
  'gu',
);
const FROM_TO_ASKED = lexiconPattern('ask.fromTo');

/**
 * A clause asking two figures with no mark between them (投资多少钱建成了几座水冲式公厕): two parts, the whole clause
 * (whose words say what the first figure is of) and the words after the first figure asked. (从多少提高到多少 asks
 * one change, never split.)
 */
function clausesAsked(segment: string): string[] {
  if (FROM_TO_ASKED.test(segment)) return [segment];
  const asked = [...segment.matchAll(ASKED_FIGURE)];
  const first = asked[0];
  const second = asked[1];
  if (!first || !second) return [segment];
  const end = (first.index ?? 0) + first[0].length;
  // (…when a verb phrase of its own stands between them: 多少亩多少吨 is no such pair)
  if (!/\p{Script=Han}{2}/u.test(segment.slice(end, second.index))) return [segment];
  return [segment, segment.slice(end)];
}

function partsOf(text: string): string[] {
  const parts: string[] = [];
  // (、 too, where both sides ask: 建成了几个城市公园、几个街头公园)
  for (const segment of text.split(/(?<=[？?，,；;、])/u).flatMap(clausesAsked)) {
    const piece = segment.trim();
    if (!piece) continue;
    const last = parts.at(-1);
    if (last !== undefined && ASKS.test(piece) && ASKS.test(last)) parts.push(piece);
    else if (last !== undefined) parts[parts.length - 1] = `${last}${piece}`;
    else parts.push(piece);
  }
  return parts.map((p) => p.replace(/[？?，,；;、\s]+$/u, ''));
}

/**
 * "<place>Y年A和B分别是多少": one question for A and one for B, each with the rest of the question. The
 * subjects are read from the question's subject (place and year taken off), split at 和/与/及/、.
 */
/** Two lexicon indicators joined by 和/与/及/、 ("GDP和固定资产投资的增长目标"): each is asked on its own. */
const TWO_INDICATORS = new RegExp(
  `(${alternatives(INDICATORS.flatMap((i) => i.aliases))})(?:和|与|及|、)(${alternatives(INDICATORS.flatMap((i) => i.aliases))})`,
  'iu',
);

function eachSubject(library: Library, question: string, options: { english?: boolean }): string[] {
  // "一产二产三产增加值分别增长多少": items run together with no mark between are a list all the same.
  const part = question.replace(RUN_TOGETHER, '$&、');
  const pair = TWO_INDICATORS.exec(part);
  if (pair && findIndicator(pair[1]!)?.indicator.name !== findIndicator(pair[2]!)?.indicator.name) {
    const asked = part.replace(RESPECTIVELY, '');
    return [asked.replace(pair[0], pair[1]!), asked.replace(pair[0], pair[2]!)];
  }
  const read = understand(library, part, options);
  const { subject } = read.parsed;
  const each = EACH.exec(subject);
  // (the list is what the subject's last phrase holds before 分别, without a target's word: 期间 , 淡水养殖面积和
  // 海水养殖面积计划 → 淡水养殖面积和海水养殖面积)
  const listed = each
    ? (
        subject
          .slice(0, each.index)
          .trim()
          .split(/[\s,，]+/u)
          .at(-1) ?? ''
      )
        .replace(TARGET_WORDS_AT_END, '')
        .replace(YEARLY_AT_END, '')
    : '';
  const at = listed ? part.indexOf(listed) : -1;
  const after = at >= 0 ? part.slice(at + listed.length).replace(/^的/u, '') : '';
  // (a year compared with, a word of a target or a yearly average's may stand between the list and 分别: 起数和死亡人数
  // 比2020年分别降了多少, 淡水养殖面积和海水养殖面积计划各扩大多少, …和农民人均纯收入年均各增长多少)
  const compared = BETWEEN_LIST_AND_EACH.exec(after)?.[0] ?? '';
  const word = EACH.exec(after.slice(compared.length));
  if (!listed || !word || word.index !== 0) return [question];
  // The list read as the extractor reads a list of subjects: a shared tail goes to each item (城镇和农村居民
  // 人均可支配收入 → 城镇居民…, 农村居民…; 快递、电信业务量 → 快递业务量, …).
  const count = listed.split(/和|与|及|、/u).length;
  const subjects = splitSubjects(listed.replace(/的/gu, ''), count) ?? [];
  // Each item names a quantity (…收入, …业务量), or the question counts them in a unit (各有多少所, 各多少亩).
  // (…or ends as another item's quantity noun does, a quantity of that kind: 事故起数 beside 死亡人数)
  const nouns = LEXICON.quantityNouns.words.filter((w) => subjects.some((x) => x.endsWith(w)));
  // (…or the words after 分别 name the quantity of each: 省、市重点建设项目分别完成投资多少)
  const rest = after.slice(compared.length + word[0].length);
  const quantityAfter = LEXICON.quantityNouns.words.some((w) => w.length >= 2 && rest.includes(w));
  const named = (x: string) =>
    LEXICON.quantityNouns.words.some((w) => x.endsWith(w)) ||
    nouns.some((w) => w.length >= 2 && x.at(-1) === w.at(-1)) ||
    read.figure.unit !== null ||
    quantityAfter ||
    // (…or 分别 asks a kind of figure of each, a growth or a share: 对非洲、拉美市场的出口分别增长了多少)
    read.figure.measure !== null ||
    // (…or where each got to: 主城区建成区面积和人口分别达到多少)
    read.figure.endState;
  if (subjects.length < 2 || subjects.length > 4 || !subjects.every(named)) return [question];
  // (apart from what stands before it: 汕尾 + 市重点建设项目 is no 汕尾市)
  return subjects.map((one) => `${part.slice(0, at)} ${one}${compared}${rest}`);
}

/**
 * A list of things counted after 多少 and its classifier, ending the question (多少条美丽河湖和幸福河湖) — or after 多少
 * alone, when every item ends on the same noun (新增了多少公办幼儿园学位和中小学学位).
 */
const COUNTED_LIST = new RegExp(
  `(?:${LEXICON.patterns['ask.howMany']})(${alternatives(LEXICON.units.filter((u) => u.counts).map((u) => u.unit))})?((?:\\p{Script=Han}{2,}(?:${LEXICON.patterns['fact.listJoiner']}))+\\p{Script=Han}{2,})(?=[？?。！!]*$)`,
  'u',
);

/**
 * "…累计建成了多少条美丽河湖和幸福河湖": the things a list counts, each asked on its own (a shared tail goes to
 * each), with the items as written; null when the question counts no list.
 */
function countedList(question: string): { items: string[]; parts: string[] } | null {
  const m = COUNTED_LIST.exec(question);
  if (!m) return null;
  const listed = m[2]!;
  const items = listed.split(LIST_JOINER);
  // (…never money asked for them: 多少资金资助普通高校贫困学生和中职学生 asks one amount — unless each item is one
  // noun, 多少纺锭和织机)
  const oneNounEach = items.every((i) => {
    const words = segmenter().tag(i);
    return words.length === 1 && /^n/u.test(words[0]!.tag);
  });
  if (!m[1] && ((!oneNounEach && new Set(items.map((i) => i.slice(-2))).size > 1) || MONEY_ASKED.test(question)))
    return null;
  const subjects = splitSubjects(listed, items.length) ?? [];
  if (subjects.length < 2 || subjects.length > 4) return null;
  const at = (m.index ?? 0) + m[0].length - listed.length;
  return { items, parts: subjects.map((one) => `${question.slice(0, at)}${one}${question.slice(at + listed.length)}`) };
}

/**
 * A list counted as one question is answered whole when one figure counts them all (新改扩建中小学和幼儿园45所);
 * when the figure found counts only some of them (美丽河湖30条、幸福河湖69条), or none is found for them all, each
 * is asked on its own — one alone is never the answer for all.
 */
function askCountedList(library: Library, question: string, options: { english?: boolean }): AskResult | null {
  const list = countedList(question);
  if (!list) return null;
  const whole = askOne(library, question, options);
  // (the figure's own item: an item of a list of figures joined by 、 — 美丽河湖30条、幸福河湖69条 — is its own)
  const clause = (f: Fact) => {
    const at = f.sentence.indexOf(f.value);
    const start = Math.max(...[...'，,；;。'].map((c) => f.sentence.lastIndexOf(c, at))) + 1;
    const item = f.sentence.lastIndexOf('、', at) + 1;
    const from = item > start && /[\d０-９]/u.test(f.sentence.slice(start, item)) ? item : start;
    // (…up to the next figure's item too: 142个疾控项目和106个医疗救治项目 are two items)
    const end = f.sentence.slice(at).search(ITEM_END);
    return f.sentence.slice(from, end < 0 ? undefined : at + end);
  };
  const countsAll = (whole.figures ?? []).some((f) => list.items.every((item) => clause(f).includes(item)));
  if (whole.found && countsAll) return whole;
  // (one figure found for two items, 城市公园4个 for 街头公园 too, answers only the item its own clause names: the
  // other is said not to be given)
  const answers = list.parts.map((part) => askOne(library, part, options));
  // (…or the list after it, an item with no figure of its own: 103个城市公园、口袋公园 counts both, 城市公园4个、
  // 街头公园6个 one each)
  // (an item is told by what it has of its own, before the words all items end on: 街头 of 街头公园, 产品 of
  // 产品实现了国产化替代)
  const tail = commonTail(list.items);
  const own = (item: string) => item.slice(0, item.length - tail.length).slice(0, 2) || item;
  const counts = (f: Fact, item: string) => {
    if (clause(f).includes(own(item))) return true;
    const after = f.sentence.slice(f.sentence.indexOf(f.value) + f.value.length).split(/[，,；;。]/u)[0] ?? '';
    const at = after.indexOf(item);
    return at >= 0 && !/^[\d０-９]/u.test(after.slice(at + item.length));
  };
  const shared = (f: Fact) => answers.filter((a) => a.figures?.some((g) => g.id === f.id)).length > 1;
  const checked = answers.map((a, i): AskResult => {
    const foreign = (a.figures ?? []).filter((f) => shared(f) && !counts(f, list.items[i]!));
    if (!a.found || foreign.length === 0) return a;
    const year = a.year ?? 0;
    const subject = list.items[i]!;
    // (said as a missing target of the year, or a missing result of the report after it)
    const reason: Said =
      foreign[0]!.stance === 'target'
        ? { say: 'no-target', year, subject }
        : { say: 'no-result', year: year + 1, subject };
    return { ...a, found: false, answer: null, value: null, figures: [], reason };
  });
  const each = answeredInParts(question, checked);
  // (…and when none counts them together, each may still be stated: 建设森林城镇2个、森林乡村6个)
  return whole.found || eachOwnFigure(each, list.parts.length) ? each : whole;
}

/** The characters every item ends on (公园 of 城市公园 and 街头公园); '' when they share none. */
function commonTail(items: readonly string[]): string {
  let tail = items[0] ?? '';
  for (const item of items) while (tail && !item.endsWith(tail)) tail = tail.slice(1);
  return items.every((item) => item.length > tail.length) ? tail : '';
}

/**
 * Whether the parts of a question were each answered, each by a figure of its own: one figure given for two
 * things (二级指标28个 for 一级指标 too) answers neither.
 */
function eachOwnFigure(answer: AskResult, parts: number): boolean {
  return answer.found && new Set((answer.figures ?? []).map((f) => f.id)).size >= parts;
}

/**
 * "how many industrial projects and how many infrastructure projects": a whole answered with one part's own figure
 * (106个基础设施建设项目) while another part points at a figure beside it in the same sentence (39个产业项目) answers
 * that part only — the parts say what is missing. (培训农村实用人才和高素质农民8000人次 is one figure of both.)
 */
function answersOnePart(whole: AskResult, parts: readonly AskResult[]): boolean {
  const figures = whole.found ? (whole.figures ?? []) : [];
  const partOwn = new Set(parts.flatMap((p) => (p.found ? (p.figures ?? []).map((f) => f.id) : [])));
  const pointedAt = parts.flatMap((p) => (p.reason && 'related' in p.reason ? p.reason.related : []));
  return figures.some(
    (f) => partOwn.has(f.id) && pointedAt.some((r) => r.sentence === f.sentence && !r.value.includes(f.value)),
  );
}

/**
 * An English question asking several things ("How much revenue did Hebei collect in 2004, and how fast did
 * it grow?"): the first part read as English, the later ones as what they ask of its subject, then answered
 * as the Chinese question of several parts is — only when every part is. A later part naming a subject of
 * its own is not read: the answer says which part was answered and that the rest was not understood.
 */
function askEnglish(library: Library, question: string, options: { english?: boolean }): AskResult {
  // (two things counted together, each asked as an English question of its own)
  // (…unless one figure counts them together: 培训农村实用人才和高素质农民8000人次以上)
  const pair = englishCountedPair(question);
  if (pair) {
    const whole = askOne(library, question, options);
    const parts = pair.map((part) => askOne(library, part, options));
    const each: AskResult = { ...answeredInParts(question, parts), language: 'en' };
    if (eachOwnFigure(each, pair.length)) return each;
    return answersOnePart(whole, parts) ? each : whole;
  }
  const [first, ...rest] = englishParts(question);
  if (!first) return askOne(library, question, options);
  // Two indicators joined by "and" are read as the Chinese question writes them (城镇新增就业和城镇登记失业率), and
  // asked part by part as it is.
  if (rest.length === 0) {
    const read = understand(library, first, options).intent.read;
    if (!read.includes(ENGLISH_AND) || !/\band\b/iu.test(first)) return askOne(library, question, options);
    return { ...ask(library, read, { ...options, english: true }), question, language: 'en' };
  }
  // (a place and year named only in a later part, "how many talents … and how many graduates does Jinhua plan to
  // attract in 2023", are the first part's too)
  const bare = understand(library, first, options).intent;
  const whole = bare.places.length === 0 ? understand(library, question, options).intent : null;
  const named = whole
    ? [
        ...whole.places.flatMap((p) => library.corpus.findCity(p)?.slug ?? []),
        whole.year ?? '',
        whole.stance === 'target' ? 'target' : '',
      ]
        .join(' ')
        .trim()
    : '';
  const firstAsked = named ? `${first} in ${named}` : first;
  const firstIntent = named ? understand(library, firstAsked, options).intent : bare;
  // A first part left unread is no question to ask the rest of: the whole is answered as unread.
  if (!/\p{Script=Han}/u.test(firstIntent.read)) return askOne(library, question, options);
  const read = firstIntent.read;
  // A later part naming its own subject ("…, and how many water-supply projects did it complete") is read
  // whole, with the first part's place, year and stance: "…growth target this year, and what share is
  // manufacturing supposed to make up" asks the share's target of the same year, never a result.
  const context = [
    // (the places read, by the names the English reader knows them by: State Council → china)
    ...firstIntent.places.flatMap((p) => library.corpus.findCity(p)?.slug ?? []),
    // (a five-year period asked first is the later parts' too: its years, read as a span)
    firstIntent.fiveYears
      ? `${firstIntent.fiveYears.from}-${firstIntent.fiveYears.to}`
      : firstIntent.year !== null
        ? String(firstIntent.year)
        : '',
    firstIntent.stance === 'target' ? 'target' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const followUps = rest.map((part) => {
    const measure = englishFollowUp(part, firstIntent.stance === 'target');
    if (measure) return measure;
    const own = understand(library, `${part} in ${context}`, options).intent;
    return own.shape === 'figure' || own.shape === 'five-year-review' ? own.read : null;
  });
  if (followUps.some((f) => f === null)) {
    const one = askOne(library, firstAsked, options);
    return {
      ...one,
      question,
      found: false,
      answer: null,
      reason: { say: 'first-part-only', count: rest.length + 1, first: one.found ? one.answer : one.reason },
    };
  }
  const answered = ask(library, [read, ...followUps].join('，'), { ...options, english: true });
  return { ...answered, question, language: 'en' };
}

/** Whether the indicator a subject names can be that kind of figure (the lexicon's measures); any subject else. */
function measureAllowed(subject: string, measure: string | null): boolean {
  const name = findIndicator(subject)?.indicator.name;
  const allowed = LEXICON.indicators.find((i) => i.name === name)?.measures;
  return !measure || !allowed || allowed.includes(measure);
}

/** The words a part asks its figure with, from how the first part was understood: 目标多少家, 增长了多少, 是多少. */
function askedAs(read: Understood): string {
  const target = read.intent.stance === 'target' ? '目标' : '';
  const { unit, measure } = read.figure;
  if (unit) return `${target}多少${unit}`;
  if (measure === 'growth') return `${target}增长多少`;
  if (measure === 'share' || measure === 'rate') return `${target}占比是多少`;
  if (measure === 'rank') return '排第几';
  return `${target}是多少`;
}

/** The word two subjects of an English question are joined with once read (the lexicon's English reading). */
const ENGLISH_AND = LEXICON.englishReading.chinese.and;

/**
 * The marks and words joining a list's items (the lexicon's fact.listJoiner) — not one right after another, which
 * opens the next item's name (美丽乡村和和美乡村).
 */
const LIST_JOINER = new RegExp(
  `(?<!${LEXICON.patterns['fact.listJoiner']})${LEXICON.patterns['fact.listJoiner']}`,
  'u',
);

/** 预计 asking an estimate (the lexicon's ask.estimateOnly: not 预计要, a target). */
const ESTIMATE_ASKED = lexiconPattern('ask.estimateOnly');

/** 分别 in a question asking two subjects: no word of either (the lexicon's fact.respectively). */
const RESPECTIVELY = lexiconPattern('fact.respectively');

/** The bounds a report writes before a figure (突破, 超过): how a figure is stated, no subject. */
const BOUND_WORDS = new RegExp(alternatives(BOUNDS_BEFORE), 'gu');
/** "A和B分别…", "A和B各有多少…": one question for each of the listed subjects. */
const EACH = lexiconPattern('ask.each');
/** Words of a target (计划, 目标) ending what a subject holds before 分别: the lexicon's question words. */
const TARGET_WORDS_AT_END = new RegExp(`(?:${questionWordsPattern('target').source})+$`, 'u');
/** A year a question compares with (比2020年) or a word of a target (计划), between a list and 分别. */
const BETWEEN_LIST_AND_EACH = new RegExp(
  `^(?:${lexiconPattern('ask.comparedYear').source}|${questionWordsPattern('target').source}|${LEXICON.patterns['fact.yearlyAverage']})*`,
  'u',
);
/** A yearly average's words (年均) ending what a subject holds before 各: between the list and 各, no item's. */
const YEARLY_AT_END = new RegExp(`(?:${LEXICON.patterns['fact.yearlyAverage']})$`, 'u');

/**
 * Answers a free question (Chinese, traditional or simplified, or English) from the reports, or says
 * plainly that they don't say and what was looked at. Never estimates; every figure is quoted. A question
 * asking several things is answered part by part — the later parts borrow the first's place and year (and
 * its subject when they name none: 增长了多少) — and is answered only when every part is; otherwise it says
 * what is stated and what is not.
 */
export function ask(
  library: Library,
  questionInput: string | undefined,
  options: { english?: boolean } = {},
): AskResult {
  // (clipped as every part will be: a question of 2,800 characters is never split into parts of it, nor echoed whole)
  const question = clip((questionInput ?? '').trim(), MAX_QUESTION_CHARS);
  if (isEnglish(question)) return askEnglish(library, question, options);
  // "…多少？比上年增长多少？（1987年政府工作报告）": a closing aside naming the report is the whole question's, no
  // part of its own: it stays with the first part, which the later ones borrow their place and year from.
  const aside = REPORT_ASIDE.exec(question)?.[0] ?? '';
  const parts = partsOf(question.slice(0, question.length - aside.length))
    .flatMap((p) => eachSubject(library, p, options))
    .map((p, i) => (i === 0 ? `${p}${aside.trim()}` : p));
  // A target and its result asked together is one met question, answered as one.
  if (parts.length < 2 || TARGET_AND_RESULT.test(question) || MET_WORDS.test(question))
    return (
      (parts.length < 2 ? askCountedList(library, question, options) : null) ?? askOne(library, questionInput, options)
    );
  // A first part naming only what was done with the money asked (投入多少资金、实施了几项惠民工程) asks it of the
  // thing the next part names: the question joins the two as one (投入56亿元，实施了40项惠民工程).
  const thing = parts.length === 2 ? moneyOfNextThing(parts[0]!, parts[1]!) : null;
  if (thing) parts[0] = parts[0]!.replace(thing.verb, `${thing.thing}${thing.verb}`);
  const read = understand(library, parts[0]!, options);
  const first = read.parsed;
  const place = first.cities.map((c) => c.short).join('和');
  // A five-year period asked in the first part is the later parts' too (十三五期间…从多少到多少？年均增速多少).
  const when = first.fiveYears
    ? `${first.fiveYears.from}到${first.fiveYears.to}年`
    : (first.yearWords ?? (first.reportYear !== null ? `${first.reportYear}年` : ''));
  // The first part's subject, as it was understood (搞了多少个现代化农牧业项目 → 现代化农牧业项目).
  const subject = `${place}${when}${read.figure.topic}`;
  const firstAnswer = askOne(library, parts[0]!, options);
  // The later parts prefer, between close figures, the one stated in the first part's sentence.
  const later = { ...options, near: firstAnswer.found ? firstAnswer.figures?.[0]?.sentence : undefined };
  const answers = parts.map((part, i) => {
    if (i === 0) return firstAnswer;
    const own = part.replace(JOINER, '');
    const another = AND_THIS.exec(own)?.[1];
    // One indicator after another (GDP增长目标？城镇新增就业呢): each is asked for the kind of figure it is — the
    // target list gives 城镇新增就业 as a count, never a growth — and so is one the first kind never fits.
    const kindFits =
      !another || (measureAllowed(another, read.figure.measure) && !(read.parsed.indicator && findIndicator(another)));
    if (another && kindFits && read.figure.topic && parts[0]!.includes(read.figure.topic))
      return askOne(library, parts[0]!.replace(read.figure.topic, another), later);
    if (another && !kindFits)
      return askOne(library, `${place}${when}${another}${read.intent.stance === 'target' ? '目标' : ''}是多少`, later);
    // …the subject written apart from the question words (想新增多少家国家级单项冠军): the first part's kind of
    // figure asked of the new subject.
    // (新增 asked of the first part is asked of this one too: 想新增多少家单项冠军？专精特新小巨人呢.)
    if (another)
      return askOne(library, `${place}${when}${asksAdded(parts[0]!) ? '新增' : ''}${another}${askedAs(read)}`, later);
    // A part that names its place (A和B分别… asked as two; a place typed one character off) is a whole question already.
    const named = understand(library, own, options).parsed;
    // (全国 in 全国排第几 says where the ranking is: no place of the part's own)
    // (…but words opening a later part that only look like a place, 民营经济增加值占比, 是预算数的百分之多少, name
    // none: an unknown place there is one named as a place is — 某某县 — or with a time of its own, 杭州2023年)
    const unknownPlace =
      named.unknownPlace !== null && (PLACE_SUFFIX_END.test(named.unknownPlace) || named.year !== null);
    if ((named.city && !named.placeByDefault) || unknownPlace) return askOne(library, own, later);
    // A part naming only a quantity (投资完成了多少) asks it of the first part's subject — but a part of it (其中…
    // 的几个) is never the whole: asked on its own words, it is answered or said not stated, never with the first's figure.
    // (a bound alone, 总量突破了多少, names none: 突破 says how the figure is stated)
    const topic = figureIntent(own, own).topic.replace(BOUND_WORDS, '');
    const namesSubject = /\p{Script=Han}{2}/u.test(topic) && !LEXICON.quantityNouns.words.includes(topic);
    // (…and the first part's target is the later part's too, when it says no other: 预期目标是增长多少、达到多少)
    const stance =
      TARGET_WORDS.test(parts[0]!) && !TARGET_WORDS.test(own) && !ACTUAL_WORDS.test(own) && !namesSubject ? '目标' : '';
    // (a total asked after an increment, 新增了几个…？总量达到多少个, is of all the things, not of those added)
    const borrowed = TOTAL_ASKED.test(own)
      ? `${place}${when}${read.figure.topic.replace(INCREMENT_OPENING, '')}`
      : subject;
    return askOne(
      library,
      namesSubject || SUBSET.test(part) ? `${place}${when}${own}` : `${borrowed}${stance}${own}`,
      later,
    );
  });
  return answeredInParts(question, answers);
}

/** Where a figure's item ends: a clause mark, or a list's joiner before the next figure (…和106个…). */
const ITEM_END = new RegExp(`[，,；;。]|(?:${LEXICON.patterns['fact.listJoiner']})(?=[\\d０-９])|、`, 'u');

/** A total asked (总量, 总数): the lexicon's ask.totalAsked; what was added, opening a subject: fact.increment. */
const TOTAL_ASKED = lexiconPattern('ask.totalAsked');
const INCREMENT_OPENING = lexiconPattern('fact.increment');

/** How a place's name ends (嘉兴市, 南湖区, 某某县): the lexicon's place.levelSuffix. */
const PLACE_SUFFIX_END = new RegExp(`(?:${LEXICON.patterns['place.levelSuffix']})$`, 'u');

/** The money asked with a verb alone (投入多少资金): the lexicon's ask.money. */
const MONEY_ASKED = lexiconPattern('ask.money');

/**
 * Where a first part asks money with a verb alone (投入多少资金) and the next part names a thing (实施了几项惠民工程):
 * that verb and the thing's nouns, the last words of the next part's subject. Null otherwise.
 */
function moneyOfNextThing(first: string, next: string): { verb: string; thing: string } | null {
  const money = MONEY_ASKED.exec(first);
  if (!money) return null;
  const before = segmenter().tag(first.slice(0, money.index));
  const verb = before.at(-1);
  if (!verb || !/^v/u.test(verb.tag) || verb.word.length < 2) return null;
  const nouns: string[] = [];
  for (const w of segmenter().tag(figureIntent(next, next).topic).reverse()) {
    if (!/^n/u.test(w.tag)) break;
    nouns.unshift(w.word);
  }
  const thing = nouns.join('');
  return /\p{Script=Han}{2}/u.test(thing) ? { verb: verb.word, thing } : null;
}

/** The answers of a question's parts as one: all given, or those given and what is not. */
function answeredInParts(question: string, answers: readonly AskResult[]): AskResult {
  const [head] = answers;
  // The first answer may already give the rest (an amount is shown with its growth).
  const headValue = head!.value ?? '';
  if (answers.every((r) => r.found && (r === head || headValue.includes(r.value ?? '\u0000'))))
    return { ...head!, question };
  const all = answers.every((r) => r.found);
  const said = { say: 'parts', all, parts: answers.flatMap((r) => (r.found ? r.answer : r.reason) ?? []) } as const;
  const shown = answers.find((r) => r.found) ?? head!;
  return {
    ...shown,
    question,
    found: all,
    value: all
      ? answers
          .map((r) => r.value)
          .filter(Boolean)
          .join('；')
      : null,
    answer: all ? said : null,
    reason: all ? null : said,
    figures: answers.flatMap((r) => r.figures ?? []),
    // Each part quoted from its own sentence.
    sources: [
      ...new Map(
        answers.flatMap((r) => (r.found && r.source ? [r.source] : [])).map((src) => [`${src.id}|${src.text}`, src]),
      ).values(),
    ],
  };
}

function askOne(
  library: Library,
  questionInput: string | undefined,
  options: { english?: boolean; near?: string },
): AskResult {
  const { corpus } = library;
  const read = understand(library, questionInput, options);
  const understood = options.near ? { ...read, figure: { ...read.figure, near: options.near } } : read;
  const { original, english, intent, parsed } = understood;
  const base = { ...emptyResult(parsed, original), language: english ? ('en' as const) : ('zh' as const), intent };
  if (intent.shape === 'empty') {
    return { ...base, reason: { say: 'empty-question' } };
  }
  const near = parsed.unknownPlace ? placeSuggester(library)(parsed.unknownPlace) : [];
  if (intent.shape === 'unknown-place') {
    // One character off a place of the corpus, and no place of China by that name: a typo, answered as the
    // place meant, and said so (杭州 is a real city the corpus lacks, never read as 梅州).
    const meant = near.length === 1 && parsed.unknownPlace ? typoOf(parsed.unknownPlace, near[0]!) : null;
    if (meant) {
      // Answered as the place meant, found or not: "not stated" of 海拉尔 is the answer to 海拉儿区 too.
      const corrected = askOne(library, original.replace(meant.typed, meant.meant), options);
      const said = { say: 'typo', ...meant } as const;
      return corrected.found
        ? { ...corrected, question: original, answer: { ...said, said: corrected.answer } }
        : { ...corrected, question: original, reason: { ...said, said: corrected.reason } };
    }
    const places = corpus.cities.map((c) => c.short);
    return { ...base, reason: { say: 'unknown-place', typed: parsed.unknownPlace ?? '', near, places } };
  }
  // What is said is data; reply/askWords writes it in the asker's language.
  const result = route(library, understood, base);
  // "嘉兴和杭州…": answer for 嘉兴, and say that 杭州 is not in the corpus.
  if (!parsed.unknownPlace) return result;
  const also = { say: 'also-unknown-place', typed: parsed.unknownPlace, near } as const;
  return {
    ...result,
    answer: result.answer ? { ...also, said: result.answer } : null,
    reason: { ...also, said: result.reason },
  };
}

/** `嘉星` for 嘉兴: the same length, one character different, and no place of China called what was typed. */
function typoOf(typed: string, candidate: string): { typed: string; meant: string } | null {
  const bare = typed.replace(/[市区县]$/u, '');
  if (placesNamed(typed).length > 0 || placesNamed(bare).length > 0) return null;
  if (bare.length !== candidate.length) return null;
  const differing = [...bare].filter((ch, i) => ch !== candidate[i]).length;
  return differing === 1 ? { typed: bare, meant: candidate } : null;
}

/** A province named in the question ("浙江省2023年各市…"), as the reports spell it. */
function provinceIn(library: Library, text: string): string | null {
  const provinces = [...new Set(library.corpus.reports.map((r) => r.province))];
  return provinces.find((p) => text.includes(p) || text.includes(p.replace(/(省|市|壮族自治区|自治区)$/u, ''))) ?? null;
}

/** The answer for the shape the question was understood to have. */
function route(library: Library, understood: Understood, base: AskResult): AskResult {
  const { intent, parsed, figure } = understood;
  const { city, indicator } = parsed;
  switch (intent.shape) {
    case 'definition':
      return answerDefinition(library, intent.term ?? '', base) ?? answerFromPassage(library, parsed, base);
    case 'report-facts':
      return answerReportFacts(library, parsed, city!, base);
    case 'compare': {
      const province = provinceIn(library, parsed.text);
      if (TARGET_WORDS.test(parsed.text)) return answerRanking(library, parsed, indicator!, province, base);
      const latestReport = Math.max(...library.corpus.reports.map((r) => r.year));
      return answerResultRanking(library, parsed, indicator!, parsed.year ?? latestReport - 1, province, base);
    }
    case 'all-targets':
      return answerAllTargets(library, parsed, city!, base);
    case 'five-year-review': {
      // A past five-year period a later report looks back on is its review, not a plan (the 2021 report's
      // 十四五 targets are no answer to 十三五期间…年均增长多少).
      // (a span shorter than five years, 1981年到1982年, is that span: a five-year review's figures are not its own)
      const { from, to } = parsed.fiveYears!;
      const scope = {
        city: city!,
        year: to,
        stance: 'result' as const,
        fiveYears: true,
        ...(to - from + 1 < 5 ? { spanFrom: from } : {}),
      };
      return answerFigure(library, parsed, figure, scope, base);
    }
    case 'plan':
      return answerPlan(library, understood, city!, base);
    case 'met':
      return answerMet(library, understood, city!, base);
    case 'needs-place':
      return notFound(library, parsed, base, {
        say: 'needs-place',
        yearWords: parsed.yearWords,
        indicator: indicator!.name,
      });
    case 'each-place':
      return eachCity(library, understood, base);
    case 'figure':
      return answerForCity(library, understood, city!, base);
    case 'figure-or-passage': {
      const stated = answerForCity(library, understood, city!, base);
      if (stated.found) return stated;
      const passage = answerFromPassage(library, parsed, base);
      return passage.found ? passage : stated;
    }
    default:
      // An English question it could not read: say which words it does not know, not the passages of none.
      if (understood.unknownWords.length > 0)
        return notFound(library, parsed, base, { say: 'english-unread', words: understood.unknownWords });
      return answerFromPassage(library, parsed, base);
  }
}

function answerForCity(library: Library, understood: Understood, city: City, base: AskResult): AskResult {
  const { parsed } = understood;
  const { stance, year } = stanceAndYear(library, parsed, city);
  if (year === null) return notFound(library, parsed, base, { say: 'no-reports', place: city.short });
  // 预计 asked of a year whose own report, given in spring, estimates it (预计全年…旅游收入达到83亿元): that
  // estimate, said to be one — the next year's review would answer with the result, which is not what was asked.
  // (so does one given late in its year, 国务院 1981 on 1981: asked 预计, its estimate is what was asked, before the
  // next review's result; not asked so, below, where the review is silent)
  const own = library.corpus.report(city, year);
  // (the year's own report's estimate of it, said to be one; found or not)
  const ownEstimate = () =>
    answerFigure(
      library,
      parsed,
      understood.figure,
      { city, year, stance: 'result', report: year, ownYearEstimates: true },
      base,
    );
  // (…unless the question names another report: 1957年的报告里 asks that one's review)
  const ownNamed = parsed.reportYear === null || parsed.reportYear === year;
  if (stance === 'result' && own && ownNamed && ESTIMATE_ASKED.test(parsed.text)) {
    const estimate = ownEstimate();
    // (…a late report not stating it is that year's review silent on it: the next review's result is no estimate)
    if (estimate.found || deliveredLate(library, own)) return estimate;
  }
  const result = figureFor(library, understood, city, stance, year, base);
  if (result.found || stance !== 'result' || TARGET_WORDS.test(parsed.text)) return result;
  // A report given near its year's end (国务院 1981, 11月30日) estimates that year (今年…预计比去年下降５％左右):
  // its estimates answer, said to be estimates, where the next review is silent.
  if (own && deliveredLate(library, own)) {
    const estimate = ownEstimate();
    if (estimate.found) return estimate;
  }
  // The review is silent, but that year's own report planned it (<place>Y年推出几件<subject>): say the
  // result is missing and give the plan as a plan — a target must never read as a result.
  const plan = figureFor(library, understood, city, 'target', year, base);
  if (!plan.found || !plan.answer) return result;
  // Not stated, and here is what is stated: the plan is related, never the answer.
  return {
    ...result,
    onlyPlan: true,
    reason: { say: 'result-missing-plan', missing: result.reason, plan: plan.answer },
  };
}

/** "嘉兴和温州今年GDP目标": one answer per city, each from its own report. */
function eachCity(library: Library, understood: Understood, base: AskResult): AskResult {
  const { parsed } = understood;
  const each = parsed.cities.map((city) => {
    const latest = city.years.at(-1) ?? null;
    const relative = (back: number) => (latest === null ? null : latest - back);
    const year = parsed.yearWords === '今年' ? relative(0) : parsed.yearWords === '去年' ? relative(1) : parsed.year;
    return answerForCity(library, { ...understood, parsed: { ...parsed, city, year } }, city, base);
  });
  const found = each.filter((r) => r.found);
  const first = found[0];
  if (!first)
    return { ...(each[0] ?? base), reason: { say: 'each-place', parts: each.flatMap((r) => r.reason ?? []) } };
  const missed = each.filter((r) => !r.found);
  return {
    ...first,
    city: null,
    value: each
      .map((r) => (r.found ? r.value : null))
      .filter(Boolean)
      .join('；'),
    answer: { say: 'each-place', parts: each.flatMap((r) => r.answer ?? r.reason ?? []) },
    reason: missed.length > 0 ? { say: 'each-place', parts: missed.flatMap((r) => r.reason ?? []) } : null,
  };
}
