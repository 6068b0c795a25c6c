import type { City } from '../../corpus/corpus.js';
import { placesIn } from '../../corpus/gazetteer.js';
import type { Report } from '../../corpus/types.js';
import { type Fact, valueOffset } from '../../facts/fact.js';
import { findIndicator, indicatorNamed, relatedIndicators, strictIndicator } from '../../facts/indicators.js';
import { GLOSSED_NOUN } from '../../facts/statements.js';
import { chineseGlossing } from '../../lexicon/dictionary.js';
import {
  alternatives,
  asMeant,
  BOUNDS_BEFORE,
  fiveYearPlanIn,
  inBaseUnit,
  LEXICON,
  lexiconPattern,
  questionWordsPattern,
  shortForms,
  unitStates,
} from '../../lexicon/lexicon.js';
import { memoized } from '../../text/memo.js';
import { foldWidth, nfkc } from '../../text/normalize.js';
import { segmenter } from '../../text/segment.js';
import { simplifiedReading } from '../../text/simplified.js';
import { CHINESE_YEAR_DIGITS, writtenYear, YEAR_OF_FIGURE } from '../../text/years.js';
import { factsOf, type Library } from '../library.js';
import { notFound } from './answers.js';
import { phraseWordByWord } from './english.js';
import { EXCLUDED_ASIDE, type FigureIntent } from './intent.js';
import type { ParsedQuestion } from './parseQuestion.js';
import { type RelatedFigure, reportRef, type Years } from './said.js';
import type { AskResult } from './types.js';

/**
 * A share of the whole, its whole named or not: 民间投资占全部投资的比重 is 民间投资占比 (a whole named only as
 * 全部/全社会/总…; 占GDP比重 and 占营收比重 stay apart).
 */
const SHARE_OF_WHOLE = lexiconPattern('fact.shareOfWhole', 'gu');
/** 分别 and a list's closing 等 (the lexicon's fact.respectively, fact.listOfExamples). */
const RESPECTIVELY = lexiconPattern('fact.respectively');
const LIST_OF_EXAMPLES = lexiconPattern('fact.listOfExamples');
/** What a plan's clause says of a figure already reached (已经, 已): a state, not the year's target. */
const ALREADY_DONE = lexiconPattern('fact.alreadyDone');
/** The verbs a figure is shown with when the report gives none of its own (the lexicon's fact.shown*Verb). */
const SHOWN = {
  growth: LEXICON.patterns['fact.shownGrowthVerb'],
  fall: LEXICON.patterns['fact.shownFallVerb'],
  change: LEXICON.patterns['fact.shownChangeVerb'],
  points: LEXICON.patterns['fact.shownPointsVerb'],
};

/** A list mark after a one-character item (粮、经、饲比例): questions write such lists run together (粮经饲比例). */
const ONE_CHARACTER_ITEM_MARK = /(?<=(?:^|[^\p{Script=Han}]|、)\p{Script=Han})、(?=\p{Script=Han})/gu;

/**
 * The words a topic or a fact are compared in: NFKC, lower case, long forms short, quotation marks and the marks
 * of a list of one-character items out.
 */
const comparable = memoized((text: string): string =>
  shortForms(asMeant(text.normalize('NFKC').toLowerCase()))
    .replace(/[“”"‘’]/gu, '')
    .replace(ONE_CHARACTER_ITEM_MARK, '')
    .replace(SHARE_OF_WHOLE, '占比'),
);

/** Han character pairs and Latin words: what a question's topic and a fact's subject are compared by. */
function pairs(text: string): string[] {
  // Quotation marks inside a name (“三公”经费) are not part of it; the lexicon's long forms are read short on
  // both sides (固定电话 and 固话, 第一产业 and 一产 are one name).
  const norm = comparable(text);
  // (Latin words run together where a list's mark was taken out, 4G、5G → 4g5g, are read apart: 4g, 5g)
  const out: string[] = (norm.match(/[a-z0-9&]+/gu) ?? []).flatMap((w) => w.split(/(?<=[a-z])(?=\d)/u));
  const han = [...norm.replace(/[^\p{Script=Han}]/gu, ' ')];
  for (let i = 0; i + 1 < han.length; i += 1) if (han[i] !== ' ' && han[i + 1] !== ' ') out.push(han[i]! + han[i + 1]!);
  return [...new Set(out)];
}

/**
 * What a fact is matched by: items that each may be written one of several ways — a Chinese question's
 * character pairs (one way each), an English question's words (处理 or 治理 for "treatment").
 */
type Topic = readonly (readonly string[])[];

/** How much an item of a topic counts in a match: all items alike, or an English subject's words by rarity. */
type Weigh = (ways: readonly string[]) => number;
const ALIKE: Weigh = () => 1;

/** Whether a text (read as comparable() reads it) holds an item in one of its ways. */
function holds(norm: string, ways: readonly string[]): boolean {
  // (an English word's Chinese may be written in Latin capitals, PPP: read in lower case as the text is)
  return ways.some((w) => norm.includes(w.toLowerCase()) || norm.includes(shortForms(w)));
}

/** The share of the topic's items the text holds, in any of their ways, each item counted by its weight. */
function overlap(topic: Topic, text: string, weigh: Weigh = ALIKE): number {
  if (topic.length === 0) return 0;
  // Quotation marks inside a name (“三公”经费) are not part of it; long forms are read short, as in pairs().
  const norm = comparable(text);
  let total = 0;
  let found = 0;
  for (const ways of topic) {
    const weight = weigh(ways);
    total += weight;
    if (holds(norm, ways)) found += weight;
  }
  return total > 0 ? found / total : 0;
}

/** How a growth is compared or counted (同比, 实际): the lexicon's fact.growthQualifier, anywhere. */
const GROWTH_QUALIFIER_ANYWHERE = lexiconPattern('fact.growthQualifier', 'gu');
/** Words opening a clause before its subject (全年, 其中): the lexicon's fact.fillerStart. */
const FILLER_OPENING = lexiconPattern('fact.fillerStart');

/** Whether a label names a thing the question does not: a noun with words the question does not ask (数字经济). */
function namesOwnThing(label: string, topic: Topic): boolean {
  const asked = topic.flat().join(' ');
  // (how a figure is counted or compared, 实际投资, and the words opening a clause, 全年, name no thing)
  const words = segmenter().tag(label.replace(GROWTH_QUALIFIER_ANYWHERE, '').replace(FILLER_OPENING, ''));
  // (a word of the segmenter's own dictionary, 数字经济, comes with no tag: a name, read as a noun)
  return words.some((w) => w.word.length >= 2 && /^n|^$/u.test(w.tag) && pairs(w.word).some((p) => !asked.includes(p)));
}

/**
 * The share of the topic's items a figure's own clause holds, or the words around and framing it (the clauses
 * before, its paragraph's lead) — an item of one character only in its own clause: 村 of "villages" in 村旁, a
 * clause before, names nothing of the figure's.
 */
function overlapFramed(topic: Topic, own: string, frame: string, weigh: Weigh): number {
  if (topic.length === 0) return 0;
  const [ownNorm, frameNorm] = [comparable(own), comparable(frame)];
  let total = 0;
  let found = 0;
  for (const ways of topic) {
    const weight = weigh(ways);
    total += weight;
    if (holds(ownNorm, ways) || (ways.some((w) => w.length > 1) && holds(frameNorm, ways))) found += weight;
  }
  return total > 0 ? found / total : 0;
}

/** The words a list of figures opens with, said of each item: 新增 (the lexicon's fact.increment), or its verbs (建设). */
function wordsOpeningList(opening: string): string {
  const increment = INCREMENT.exec(opening)?.[0];
  if (increment) return increment;
  const verbs = [];
  const words = segmenter().tag(opening);
  // (…a word jieba does not know counts as one, 创成: a list opens with its verbs)
  for (const w of words) {
    if (!/^v/u.test(w.tag) && !(w.tag === 'x' && /^\p{Script=Han}{2}$/u.test(w.word))) break;
    verbs.push(w.word);
  }
  // (…and the level the verbs name for all of them: 入选国家领航级智能工厂2家、…、5G工厂301家 are all national)
  const level = verbs.length > 0 ? words[verbs.length]?.word : undefined;
  return level && LIST_LEVEL.test(level) ? `${verbs.join('')}${level}` : verbs.join('');
}

/** A level a list's verbs name for every item (国家, 省级): the lexicon's fact.listLevel. */
const LIST_LEVEL = new RegExp(`^(?:${LEXICON.patterns['fact.listLevel']})$`, 'u');

/** The lexicon's quantity nouns (产量, 面积, 投资…) and undertaking nouns (项目, 行动): what a figure measures or counts. */
const HOW_OR_WHAT_NOUNS = new Set([...LEXICON.quantityNouns.words, ...LEXICON.undertakingNouns.words]);

/**
 * Whether a word names what was measured (a quantity noun), what kind of undertaking was counted (项目) or what
 * was done (a verb, by its part of speech) — not what it was of.
 */
function saysHowOrWhat(word: string): boolean {
  if (HOW_OR_WHAT_NOUNS.has(word)) return true;
  const tagged = segmenter().tag(word);
  return tagged.length === 1 && /^v/u.test(tagged[0]!.tag);
}

/**
 * An English subject's words weighed by how rarely the report's sentences write them (an inverse document
 * frequency): 油料 of "oilseed output" tells the figure, 产量, written in sentence after sentence, hardly does.
 * A word the report never writes weighs as the rarest: what it names is not found, never passed over.
 */
function rarity(sentences: readonly string[]): Weigh {
  const texts = [...new Set(sentences.map(comparable))];
  const weights = new Map<string, number>();
  return (ways) => {
    const key = ways.join('\u0001');
    let weight = weights.get(key);
    if (weight === undefined) {
      const writing = texts.filter((t) => holds(t, ways)).length;
      weight = Math.log((texts.length + 1) / Math.max(writing, 1));
      weights.set(key, weight);
    }
    return weight;
  };
}

/**
 * An English subject without the words the fact's unit says (capacity by 22亿方, output by 万吨, funds by 万元):
 * the report writes the figure, not the noun (天然气产能达到22亿方 may as well be 天然气达到22亿方). All of them stay
 * when every word is such a noun: then nothing of the subject would be left to match.
 */
function statedByUnit(topic: Topic, fact: Fact): Topic {
  // (a word the sentence does write is matched as written: taken out, it would only lower the share matched)
  const sentence = comparable(fact.sentence);
  // (…nor when the label ends in another quantity: 汽车货运量5.4亿吨 is freight, no 汽车产量 the tonnes state)
  const otherQuantity = QUANTITY_NOUN_END.test(fact.label);
  const rest = topic.filter(
    (ways) =>
      !ways.some((w) => unitStates(w, fact.unit, true)) ||
      ways.some((w) => sentence.includes(w)) ||
      (otherQuantity && ways.some((w) => QUANTITY_NOUNS.has(w))),
  );
  return rest.length > 0 ? rest : topic;
}

/**
 * Where the words before a figure's clause start that may be its own, for an English subject matched in part where
 * its own clause names its subject: after the last clause between `from` and its own that states a figure in a unit
 * — that clause is another subject's (大唐700万吨露天矿完成核准，400万吨褐煤提质…: the lignite plant is no open-pit
 * mine; a list mark, （5）, states nothing).
 */
function afterFiguredClauses(sentence: string, from: number, clauseStart: number): number {
  const before = sentence.slice(from, clauseStart);
  const clauses = before.split(/(?<=[，,；;：:])/u);
  let at = from;
  let start = from;
  for (const clause of clauses) {
    at += clause.length;
    if (FIGURE_IN_UNIT.test(clause) && /[，,；;：:]$/u.test(clause)) start = at;
  }
  return start;
}
/** Whether a figure's own clause names its subject: its label, written there, holds a noun (褐煤提质, not 要扩大到). */
function namesItsSubject(fact: Fact, clauseStart: number): boolean {
  return (
    fact.sentence.slice(clauseStart).includes(fact.label) &&
    segmenter()
      .tag(fact.label)
      .some((w) => w.word.length >= 2 && /^n/u.test(w.tag))
  );
}
const FIGURE_IN_UNIT = new RegExp(
  `(?:[\\d０-９]|[零〇一二两三四五六七八九十百千万亿])(?:${alternatives(LEXICON.units.map((u) => u.unit))})`,
  'u',
);

/** How well a fact answers the question's subject: its indicator, else its label, else the words before it. */
function relevance(
  fact: Fact,
  indicator: string | null,
  topic: Topic,
  head?: string,
  modifier: Topic = [],
  modifierFloor = 0.5,
  nouns: readonly KindNoun[] = [],
  readWordByWord = false,
  weigh: Weigh = ALIKE,
  paragraphFrame = '',
  sentenceFrames = false,
): number {
  if (indicator) {
    if (fact.indicator === indicator) return 3 + (fact.headline ? 0.5 : 0);
    if (fact.indicator && relatedIndicators(indicator).includes(fact.indicator)) return 1.5;
    return 0;
  }
  const label = overlap(topic, fact.label, weigh);
  // A figure turned down keeps what it matched, below acceptance, to be shown as related; matched in part (an
  // English subject's words weighed), it is not matched at all.
  const rejected = (score: number) => (weigh === ALIKE ? Math.min(score, 0.49) : 0);
  // The clause around the value: up to 40 characters before it — its whole clause when longer (在五象新区建设
  // 球类运动、…等6个体育公园) — and the rest of its clause after it ("一般公共预算支出的77%用于民生保障"
  // says what the 77% is after the number).
  const at = fact.sentence.indexOf(fact.value);
  const rest = fact.sentence.slice(at + fact.value.length);
  // (a list ending in what was done to each, 59家制造业企业、28家服务业企业入选…名单, 全长55公里的太忻大道、东环路、忻原大道
  // 建成通车: that is said of each)
  const clauseRest = /^[^，,；;。]*/u.exec(rest)?.[0] ?? '';
  const lastItem = clauseRest.slice(clauseRest.lastIndexOf('、') + 1);
  // (…or done to them: 11公里污水管网、…19公里城市道路等改扩建工程顺利完工)
  const doneToEach = clauseRest.includes('、') ? firstAt(lastItem, [ADDED_STATED, DONE_TO_EACH]) : -1;
  // (…but with another figure after it in the clause, those words name that figure — 荔枝在减产5.3%情况下实现销售额
  // 增长13.3%: the sales are 13.3%'s — unless this one is a count, whose noun follows it: 317个自然村27.8万群众)
  // (…a value describing what follows it, 投资1.3亿元的海拉尔河、伊敏河堤防工程, has all of that list as its own)
  // (…and 、 between names with no figure, 与广州、深圳等五地“跨省通办”, is inside the clause's own words, no list of figures)
  const ownRest = RELATIVE_AFTER.test(rest) ? (/^[^，,；;。]*/u.exec(rest)?.[0] ?? '') : ownWordsAfter(rest);
  // (a figure inside a name, 日处理80吨污泥焚烧厂, has no verb of its own before it)
  const nextFigure = ownRest.search(ANY_FIGURE);
  const nextStated = nextFigure > 0 && VERB_BEFORE_FIGURE.test(ownRest.slice(0, nextFigure));
  const after =
    (nextStated && !COUNTING.has(fact.unit ?? '') ? '' : ownRest) + (doneToEach > 0 ? lastItem.slice(doneToEach) : '');
  const clauseStart = Math.max(...[...'，,；;。：:'].map((c) => fact.sentence.lastIndexOf(c, at))) + 1;
  // (a figure named only by its measure, 占比 in 装机达到1.39亿千瓦，占比由31%提升至54%, is of the clause before's subject)
  // (…and so is one named by a verb and a quantity noun only, 完成投资, when the question names that verb: 废止71件
  // after 全面清理… answers no question about 全面清理)
  const core = fact.label.replace(MEASURE_NOUN_END, '').replace(QUANTITY_NOUN_END, '');
  const bareMeasure =
    core === '' ||
    (core.length <= 2 &&
      topic.some((ways) => ways.some((w) => core.includes(w) || w.includes(core))) &&
      // (tagged last: relevance runs for every candidate fact, and a tag costs more than the test before it)
      /^v/u.test(segmenter().tag(core)[0]?.tag ?? ''));
  // An item of a list of figures joined by 、 ("142万名企业离退休人员养老金、…、75万名低保对象保障金做到按时
  // 足额发放") has its own words: its neighbours' are not its context. Subjects listed before one figure
  // (数字制造业、数字服务业营收均增长15%) and a list ending in the count (球类运动、…等6个体育公园) share it.
  const itemStart = fact.sentence.lastIndexOf('、', at) + 1;
  const ownItem =
    itemStart > clauseStart &&
    /[\d０-９]/u.test(fact.sentence.slice(clauseStart, itemStart)) &&
    !LIST_OF_EXAMPLES.test(fact.sentence.slice(0, at));
  // (…but not from a clause giving the basis a figure was set on, 根据上述…商品供应的可能性，…社会购买力估算为…: what it
  // names is no part of the figure's subject)
  const from = ownItem
    ? itemStart
    : basisBefore(fact.sentence, clauseStart)
      ? clauseStart
      : weigh === ALIKE || !namesItsSubject(fact, clauseStart)
        ? Math.min(Math.max(0, at - 40), clauseStart)
        : afterFiguredClauses(fact.sentence, Math.min(Math.max(0, at - 40), clauseStart), clauseStart);
  // …but an item of a 分别 list of values has its subject in the list before them all (大麦、玉米…面积分别比上年
  // 增加17.2万亩、44.5万亩): that list is its context too.
  const firstValue = fact.sentence.slice(clauseStart).search(/[\d０-９]/u);
  const subjects = firstValue > 0 ? fact.sentence.slice(clauseStart, clauseStart + firstValue) : '';
  // (the fact's label may carry the tail its items share: 玉米面积 is the item 玉米 of 大麦、玉米…面积分别…)
  // (a preposition before the list is no part of its first item: 对东盟、欧盟进出口)
  const listed = RESPECTIVELY.test(subjects)
    ? subjects.slice(0, subjects.search(RESPECTIVELY)).replace(LIST_PREPOSITION, '').split(LIST_SPLIT)
    : [];
  const label0 = fact.label.replace(LIST_PREPOSITION, '');
  // (quotation marks around an item, “新三样”产品, are no part of it: the label is read without them)
  const unquoted = (text: string) => text.replace(/[“”"‘’]/gu, '');
  const mine = listed.find(
    (item) =>
      item.length > 0 && (unquoted(label0).startsWith(unquoted(item)) || unquoted(item).startsWith(unquoted(label0))),
  );
  const shared = ownItem && (subjects.includes(fact.label) || mine) ? subjects : '';
  // An item of that list answers only a question naming it, never one naming another item (玉米 is not 大麦).
  // (a 分别 list pairs its items with the values one to one; 外环道路、旧城道路等城市主次干道 is one thing's examples)
  const items = mine ? listed : [];
  const asked = topic.flat().join('');
  // An English subject naming it and another item asks both (strategic emerging industries and high-tech
  // industries): the Chinese reader splits such a question into its parts; this one is read whole.
  // (a word of the other item that is none of this one's: 战略 of 工业战略性新兴产业)
  const namesAnotherItem = (list: readonly string[], own: string) =>
    readWordByWord &&
    list.some(
      (item) =>
        item !== own && pairs(item).some((p) => asked.includes(p) && !fact.label.includes(p) && !own.includes(p)),
    );
  const another = items.some((item) => item !== mine && item.length >= 2 && asked.includes(item.slice(0, 2)));
  if (mine && ((another && !asked.includes(mine.slice(0, 2))) || namesAnotherItem(items, mine))) return rejected(label);
  // …and so does one naming two subjects whose values are paired with 和 or 、 (养老保险和基本医疗保险参保率保持在
  // 90%和98%以上): one value alone answers half of it.
  if (readWordByWord && PAIRED_VALUES.test(fact.sentence.slice(clauseStart)) && !RESPECTIVELY.test(subjects)) {
    const paired = subjects.replace(LIST_PREPOSITION, '').split(LIST_SPLIT);
    const own = paired.find((item) => item.includes(label0.slice(0, 2))) ?? '';
    if (paired.length > 1 && namesAnotherItem(paired, own)) return rejected(label);
  }
  // An English subject is matched with no head required: a fact whose own label says none of its words (森林质量
  // after 创建省级美丽河湖10条以上) is another subject, however many of them the clause before holds.
  // (a label that is only a year compared with, 是2006年的, names no subject to tell)
  const labelNames = /\p{Script=Han}{2}/u.test(fact.label.replace(YEAR_ONLY_LABEL, ''));
  // (…its label and what follows the value in its clause: 拟发行1400亿元长期建设国债 is of 长期建设国债)
  if (readWordByWord && !bareMeasure && labelNames && overlap(topic, `${fact.label}${after}`) === 0)
    return rejected(label);
  // (…nor one naming another indicator whole — GDP beside 一般公共预算收入 in a list of targets — which its label does
  // not say: that is the neighbour's subject, and a question asking both would be half answered.)
  if (
    readWordByWord &&
    fact.indicator &&
    topic.some((ways) => {
      const named = indicatorNamed(ways[0] ?? '');
      return (
        named !== null &&
        named !== fact.indicator &&
        !ways.some((w) => comparable(fact.label).includes(w.toLowerCase()))
      );
    })
  )
    return rejected(label);
  const framing = framingOf(fact);
  // (…but what the list opens with, 新增 or its verb, is said of each item: 新增国省级科技创新平台10家、国家高新技术
  // 企业30家; 建设森林城镇2个、森林乡村6个)
  const listHead = ownItem ? wordsOpeningList(fact.sentence.slice(clauseStart, itemStart)) : '';
  const ownText = `${listHead}${shared}${fact.sentence.slice(from, at + fact.value.length)}${after}`;
  const contextText = `${listHead}${framing}${shared}${fact.sentence.slice(from, at + fact.value.length)}${after}`;
  // (the paragraph's frame says what the figure is of, 5.0产业新空间 of 签约租赁面积 — only when the figure's own words
  // hold all the rest of the subject: the frame names the thing, never what of it was measured)
  const restOfSubject = topic.filter((ways) => !modifier.some((m) => m.join() === ways.join()));
  // (…never when the figure's own words name another thing of their own — 数字经济增加值 under a lead on 民营经济 is
  // the digital economy's)
  const paragraph = paragraphFrame !== '' && !namesOwnThing(fact.label, topic) ? paragraphFrame : '';
  const framed =
    paragraph !== '' && modifier.length > 0 && restOfSubject.length > 0 && overlap(restOfSubject, contextText) === 1;
  // (a word of one character, 村 of "villages", is found in its own words only: in a clause before, 村旁 of
  // 宅旁、村旁…植绿活动, it names nothing of the figure's)
  const frameText = `${framing}${framed ? paragraph : ''}${sentenceFrames ? fact.sentence.slice(0, at) : ''}`;
  const clauseText = `${listHead}${shared}${fact.sentence.slice(ownItem ? itemStart : clauseStart, at + fact.value.length)}${after}`;
  const context = overlapFramed(topic, clauseText, `${ownText}${frameText}`, weigh);
  // An English subject partly matched (its rarer words found, a common one not written: 油料…增长17% for
  // "oilseed output") is matched only when the words missing are missing from the whole sentence: one written
  // there but not in this figure's own words (班列 of 国际货运班列线路26条 beside 国际货运航线11条) names another item.
  // …and only one may be missing, the commonest of them in the report (its rarest words, those that tell this
  // figure from the others, are all found), and one that says what was measured, counted or done, not of what: a
  // quantity noun (产量, 面积), an undertaking (项目) or a verb (建设, 销售) — never a word of the thing (地方, 水泥).
  if (context < 1 && weigh !== ALIKE) {
    const own = comparable(contextText);
    const sentence = comparable(fact.sentence);
    const missing = topic.filter((ways) => !holds(own, ways));
    const commonest = Math.min(...topic.filter((ways) => holds(own, ways)).map(weigh));
    // (…and what is found names the thing: 新增 alone of 就业新增, a verb, leaves the thing itself unfound)
    const thingFound = topic.some((ways) => holds(own, ways) && !ways.some(saysHowOrWhat));
    const oneCommon =
      missing.length === 1 &&
      topic.length >= 2 &&
      thingFound &&
      !holds(sentence, missing[0]!) &&
      weigh(missing[0]!) < commonest &&
      saysHowOrWhat(missing[0]![0]!);
    // …or up to two, however rare, when both only say what was done or measured in a way of theirs (get approval to
    // build, put into service: 审批, 服务 where the report writes 获批, 投用) and two words of the thing are found.
    const onlyDoing =
      missing.length <= 2 &&
      topic.length - missing.length >= 2 &&
      missing.every((ways) => !holds(sentence, ways) && ways.some(saysHowOrWhat));
    // (a quantity let go, 产量 of "automobile output", never where the label ends in another: 汽车货运量 is freight)
    const anotherQuantity = missing.some(
      (ways) => ways.some((w) => QUANTITY_NOUNS.has(w)) && QUANTITY_NOUN_END.test(fact.label),
    );
    if ((!oneCommon && !onlyDoing) || anotherQuantity) return rejected(label);
  }
  // The subject's head noun (产量 in 粮食产量) must be the fact's own: a neighbour in the same sentence
  // (粮食种植面积600万亩, 产量…) shares the other words but is another figure.
  // (营收 is the head of 软件和信息服务业营业收入 too: both are read with the lexicon's short forms.)
  const clauseBefore = bareMeasure
    ? fact.sentence.slice(
        Math.max(...[...'，,；;。：:'].map((c) => fact.sentence.lastIndexOf(c, clauseStart - 2))) + 1,
        clauseStart,
      )
    : '';
  // (…and an amount of money followed by what it is spent on, 计划投资3.9亿元，实施19个城市重点基础设施项目: that
  // clause names it)
  const spent = inBaseUnit(1, fact.unit)?.kind === 'money' && PURPOSE_AFTER.test(rest);
  const purpose = spent ? (/^[，,][^，,；;。]*/u.exec(rest)?.[0] ?? '') : '';
  // (an item of a 分别 list shares the list's tail: 出口 of “新三样”产品和中间品出口分别增长…)
  const named = `${clauseBefore}${fact.label}${after}${purpose}${mine ? subjects : ''}`;
  // (…a head naming a measured quantity, 面积, is named by the figure's unit: 3.8万平方米 is an area)
  // (…and one ending in a one-character quantity noun the unit states, 进出口额 by 223亿元, is named by what stands
  // before that character: 跨境电商进出口223亿元)
  // (…when its words never write that character: 亏损金额 writes its own, and is matched as written)
  // (…not a quantity noun whole, 总额, which the 总 of 总规模 does not name)
  const headByUnit =
    head !== undefined &&
    !LEXICON.quantityNouns.words.includes(head) &&
    unitStates(head.slice(-1), fact.unit) &&
    named.includes(head.slice(0, -1)) &&
    !named.includes(head.slice(-1));
  if (
    head &&
    !named.includes(head) &&
    !shortForms(named).includes(shortForms(head)) &&
    !comparable(named).includes(comparable(head)) &&
    !unitStates(head, fact.unit) &&
    !headByUnit
  )
    return rejected(label);
  // What the subject says before its quantity noun (规上工业 in 规上工业增加值) must be the fact's own too, in its
  // label or its own clause: 铜箔产业增加值 shares only 增加值 with it, however close the two stand.
  // (…or in a clause before it that frames it, see framingOf)
  const own = `${framing}${clauseBefore}${fact.label}${fact.sentence.slice(ownItem ? itemStart : clauseStart, at)}${after}${purpose}`;
  // (…an item of a list counts with the words the list opens with: 办理人大建议171件、政协提案234件 — the proposals
  // were handled too)
  const listOpening = ownItem ? fact.sentence.slice(clauseStart, itemStart) : '';
  // (…or in the sentences of its paragraph that frame it, see frameInParagraph: 大力建设5.0产业新空间。… before
  // 至年底签约租赁面积647.5万平方米)
  if (modifier.length > 0 && overlap(modifier, `${own}${listOpening}${paragraph}`) < modifierFloor)
    return rejected(Math.max(label, 0.8 * context));
  // …and a noun of them never stands there as another of its kind: 公路 where 铁路 was asked (the same last
  // character, another first) is another thing, however many pairs 公路建设投资 shares with 铁路建设投资.
  if (nouns.some((n) => (n.whole ? otherKindNamed(n, fact, asked) : rivalNamed(n, comparable(own)))))
    return rejected(Math.max(label, 0.8 * context));
  return Math.max(label, 0.8 * context, 0.8 * (purpose ? overlap(topic, `${fact.label}${purpose}`, weigh) : 0));
}

/**
 * A subject with no words before a quantity noun (体育消费季活动): its plain nouns of two characters followed by two
 * more of its own, each of which no other noun may stand in place of (see otherKindNamed).
 */
function kindNouns(topic: string): KindNoun[] {
  const tagged = segmenter().tag(topic);
  return tagged.flatMap((t, i) => {
    const next = tagged
      .slice(i + 1)
      .map((w) => w.word)
      .join('')
      .slice(0, 2);
    // (…a noun before a noun: 体育 of 体育消费季; 时间 of 用几年时间建成 is before a verb)
    const nextIsNoun = KIND_NOUN_TAG.test(tagged[i + 1]?.tag ?? '');
    // (…never a word of what is measured: 比例 of 多大比例的行政村 asks, it names no kind)
    const measured = QUANTITY_NOUNS.has(t.word) || MEASURE_NOUN_END.test(t.word);
    return t.word.length === 2 &&
      KIND_NOUN_TAG.test(t.tag) &&
      nextIsNoun &&
      !measured &&
      /^\p{Script=Han}{2}$/u.test(next)
      ? [{ word: comparable(t.word), next: comparable(next), whole: true }]
      : [];
  });
}

/** The nouns a question counts right after 多少个 (多少个重点产业集群实现… → 重点产业集群), or '' when none follow. */
function nounsAfterClassifier(question: string): string {
  // (the first 多少 followed by the generic classifier, as the lexicon's ask.genericClassifier reads it)
  const m = [...question.matchAll(HOW_MANY_THEN)].find((x) => GENERIC_CLASSIFIER.test(x[1] ?? ''));
  if (!m) return '';
  const words = segmenter().tag(question.slice((m.index ?? 0) + m[0].length));
  const nouns = [];
  for (const w of words) {
    if (!/^n/u.test(w.tag)) break;
    nouns.push(w.word);
  }
  return nouns.join('');
}
/** 多少 or 几 and the character after it (the lexicon's ask.howMany). */
const HOW_MANY_THEN = new RegExp(`(?:${LEXICON.patterns['ask.howMany']})(\\p{Script=Han})`, 'gu');

/** Whether a figure ends its clause (技改试点15个左右，): nothing it counts is written after it. */
function endsItsClause(fact: Fact): boolean {
  const after = fact.sentence.slice(fact.sentence.indexOf(fact.value) + fact.value.length);
  return /^(?:[，,；;。！!？?]|$)/u.test(after);
}

/** Whether a label ends in a noun of two characters or more (技改试点), by its last word's part of speech. */
function endsInNoun(label: string): boolean {
  const last = segmenter().tag(label).at(-1);
  return last !== undefined && last.word.length >= 2 && /^n/u.test(last.tag);
}

/** A verb stating a figure, right before it (增长, 达到): the lexicon's fact.trailingVerb. */
const VERB_BEFORE_FIGURE = new RegExp(`(?:${LEXICON.patterns['fact.trailingVerb']})$`, 'u');

/** Whether the clause right after a figure restates it as another (，即平均每年递增…): the lexicon's fact.restatement. */
function restates(first: Fact, then: Fact): boolean {
  const clause = textBetween(first, then) ?? '';
  return (
    /^[，,]/u.test(clause) && !/[，,；;。]/u.test(clause.slice(1)) && RESTATEMENT_OPENING.test(clause.slice(1).trim())
  );
}

/** The text between two values of one sentence, the first before the second; null when they are not so. */
function textBetween(first: Fact, then: Fact): string | null {
  if (first.sentence !== then.sentence || !then.id.startsWith(`${first.paragraphId}@`)) return null;
  const gap = valueOffset(then) - valueOffset(first) - first.value.length;
  if (gap <= 0) return null;
  const at = first.sentence.indexOf(first.value) + first.value.length;
  return first.sentence.slice(at, at + gap);
}

/** Two values of one subject listed one after the other (资产超50亿元、100亿元): one figure of the report, in two. */
function listedTogether(a: Fact, b: Fact): boolean {
  if (a.label !== b.label || a.measure !== b.measure) return false;
  const gap = textBetween(a, b) ?? textBetween(b, a);
  return gap !== null && VALUE_LIST_JOINER.test(gap);
}
/** What joins two values of a list (、, 和): the lexicon's fact.listJoiner, alone. */
const VALUE_LIST_JOINER = new RegExp(`^(?:${LEXICON.patterns['fact.listJoiner']})$`, 'u');
/** The word a clause restating the one before opens with (即, 也就是说): the lexicon's fact.restatementWord. */
const RESTATEMENT_OPENING = lexiconPattern('fact.restatementWord');

/** A clause right after an amount saying what it is spent on (，实施19个…项目): the lexicon's fact.purposeAfter. */
const PURPOSE_AFTER = lexiconPattern('fact.purposeAfter');

/**
 * What separates candidates of the same relevance: how much of the fact's own label the question names
 * (人均地区生产总值 and 三大开发区规上工业总产值平均 say more than 地区生产总值 or 工业总产值 asks), and, for a
 * rank, a scope the question names (在咸阳排第几 → 居咸阳第三).
 */
function precision(fact: Fact, asked: ReadonlySet<string>, question: string): number {
  const own = pairs(fact.label);
  const named = own.length === 0 ? 0 : own.filter((p) => asked.has(p)).length / own.length;
  // 累计完成多少: a cumulative figure (累计完成固定资产投资9775.7亿元) over the last year's.
  const before = fact.sentence.slice(0, fact.sentence.indexOf(fact.value));
  const clause = before.slice(Math.max(...[...'，,；;。'].map((c) => before.lastIndexOf(c))) + 1);
  const cumulative = CUMULATIVE_ASKED.test(question) && CUMULATIVE_STATED.test(clause) ? 1 : 0;
  // 平均每年增长多少: a yearly average (平均每年增长百分之十一) over the period's whole growth (增长百分之三十八).
  const yearly = YEARLY_ASKED.test(question) && YEARLY_AVERAGE_BEFORE.test(before) ? 1 : 0;
  if (fact.measure !== 'rank') return named + cumulative + yearly;
  const scoped = fact.scope !== null && question.includes(fact.scope) ? 1 : 0;
  // 增速排第几 asks the growth's rank; 生产总值排第几 the amount's.
  const growthAsked = GROWTH_ASKED.test(question);
  return named + scoped + (growthAsked === (fact.ranks === 'growth') ? 1 : 0);
}

interface Candidate {
  fact: Fact;
  score: number;
  precision: number;
  /** Matched with a word of an English subject missing (see relevance). */
  partial?: boolean;
}

/** The same figure, or the one it is stated with: another mention of the value, or an amount beside its growth. */
function statedTogether(a: Fact, b: Fact): boolean {
  return (
    a.value === b.value ||
    (a.sentence === b.sentence &&
      a.label === b.label &&
      (a.measure !== b.measure || strives(a) || strives(b) || restates(a, b) || restates(b, a) || listedTogether(a, b)))
  );
}

/** A stretch target, striven for beside the one set (达到1800亿元以上、力争2000亿元): the lexicon's targets.strive. */
const STRIVE = lexiconPattern('targets.strive');
function strives(f: Fact): boolean {
  return f.qualifier !== null && STRIVE.test(f.qualifier);
}

/**
 * Candidates as close to the question as the first by relevance and by precision, with another figure:
 * the choice between them would be a guess. Several figures of one dictionary indicator (urban and
 * rural income for 居民收入) are answered together by the caller, not rivals.
 */
function rivalsOf(ranked: readonly Candidate[], byIndicator: boolean, wordsHeld?: (f: Fact) => number): Fact[] {
  const [best, ...rest] = ranked;
  if (!best) return [];
  return rest
    .filter(
      (c) =>
        !statedTogether(best.fact, c.fact) &&
        c.score >= 0.95 * best.score &&
        // The label's precision breaks a tie only when the question names most of the winner's label:
        // "新增多少个" names a sliver of every 新增… and picks none of them.
        // (…never when the first is matched in part: a word of the question missing, no other word decides)
        // (…nor when the other holds more of the question's words, which the winner's shorter label only hid:
        // 国家决算…的支出占本年支出的46.89% beside a local budget's 经济建设支出占27.21%)
        (c.precision >= best.precision - 0.1 ||
          best.precision < 0.5 ||
          best.partial ||
          (wordsHeld !== undefined && wordsHeld(c.fact) > wordsHeld(best.fact))) &&
        !(byIndicator && c.fact.indicator !== best.fact.indicator),
    )
    .map((c) => c.fact);
}

/** The unit kinds of a measured quantity (the lexicon's quantityKinds but money): no count of things. */
const MEASURED_KINDS = new Set(LEXICON.quantityKinds.kinds.filter((k) => !k.startsWith('money')));

const PERCENT_UNITS = new Set(
  LEXICON.units.filter((u) => u.kind === 'percent' || u.kind === 'points').map((u) => u.unit),
);

const ACCEPT = 0.5;
/** Two values paired with 和, 与 or 、 (90%和98%以上), each the figure of one subject listed before them. */
const LIST_JOINER = LEXICON.patterns['fact.listJoiner'];
const PAIRED_VALUES = new RegExp(
  `[\\d０-９](?:(?!${LIST_JOINER})[^，,；;。\\d０-９]){0,6}${LIST_JOINER}[^，,；;。\\d０-９]{0,3}[\\d０-９]`,
  'u',
);
/** The items of a list of subjects, split at its joiners (the lexicon's fact.listJoiner). */
const LIST_SPLIT = new RegExp(LIST_JOINER, 'u');
/** A label that is only a year compared with (是2006年的): the lexicon's fact.yearOnlyLabel. */
const YEAR_ONLY_LABEL = lexiconPattern('fact.yearOnlyLabel', 'gu');
/** The lexicon's qualifiers that set a figure a bound rather than state it (突破, 超过, 近…). */
const ROUND_BOUND = new Set(BOUNDS_BEFORE);
/** How much a figure gains from standing in the sentence of a figure the question quotes (16个…). */
const QUOTED_SENTENCE_BONUS = 0.15;
/** A figure of what was added (新增…), and a question that asks what was added. */
const INCREMENT = lexiconPattern('fact.increment');
/** Those words anywhere in a subject (就业新增, as an English question is read). */
const INCREMENT_ANYWHERE = new RegExp(LEXICON.patterns['fact.increment'].replace(/^\^/u, ''), 'gu');
/** The level a thing is of (国家级, 省级): the lexicon's fact.levelWord. */
const LEVEL_WORDS = lexiconPattern('fact.levelWord', 'gu');
const LEVEL_AT = lexiconPattern('fact.levelWord');
/** Words naming how many there are in all (存量, 总数, 累计): the lexicon's fact.stockNamed. */
const STOCK_NAMED = lexiconPattern('fact.stockNamed');
const ADDED_ASKED = lexiconPattern('ask.added');

/**
 * Whether a question names the verb of a figure's increment (引进 of 新引进大学生10万人): 计划引进多少大学生 asks
 * that flow, not how many there are. (新增's one character, 增, says too little to tell.)
 */
function namesIncrementVerb(question: string, label: string): boolean {
  const verb = INCREMENT.exec(label)?.[0].slice(1) ?? '';
  return verb.length >= 2 && question.includes(verb);
}

/** A clause of names, no figures, opening with 新增 (新增炳灵寺、官鹅沟、冶力关): what it counts was added. */
function namesListOpenedByIncrement(clause: string): boolean {
  return INCREMENT.test(clause) && !/[\d０-９]/u.test(clause);
}

/** The words of each term a question quotes (“光伏+储能” → 光伏, 储能), two characters or more, as compared. */
function quotedTermWords(question: string): string[] {
  const terms = [...question.matchAll(/[“"]([^“”"]{2,20})[”"]/gu)].map((m) => m[1]!);
  return terms.flatMap((term) =>
    segmenter()
      .tag(term)
      .map((w) => comparable(w.word))
      .filter((w) => w.length >= 2),
  );
}

/** Whether a question asks what was added (新增多少家), not how many there are. */
export function asksAdded(question: string): boolean {
  return ADDED_ASKED.test(question);
}
/** More renderings of a word than the lexicon ever gives one: the general dictionary's. */
const MANY_WAYS = 12;
/** How close to the best of the kind asked a figure's match must be to be among those answering. */
const CLOSE = 0.8;
/** An English subject read word by word is matched only when every word is found: a part is a guess. */
const ACCEPT_ENGLISH = 0.99;
/** …and one matched in part, by the weight of its words found (see relevance). */
const ACCEPT_PARTIAL = 0.6;

/**
 * The last two Han characters of the subject, a trailing measure word taken off: 有研发机构的占比 → 机构.
 * None when the subject ends in Latin letters or digits (企业创A, 升A晋B, 研发经费占GDP): what ends it is a
 * code or a verb, not a head noun, and dropping it would make a pair (业创, 升晋, 费占) no report writes.
 */
function headOf(topic: string): string | undefined {
  const trimmed = topic.replace(MEASURE_NOUN_END, '').trim();
  // A subject that ends in a verb, an adverb or an adjective (…养老金按时足额发放, …做大做强) says what was done to its noun, which
  // stands earlier; which word it is cannot be told from the end, so no head is required. A quantity
  // noun jieba tags as a verb (收入) is still a noun.
  const last = segmenter().tag(trimmed).at(-1);
  if (last && /^[vda]/u.test(last.tag) && !QUANTITY_NOUN_END.test(last.word)) return undefined;
  return /(\p{Script=Han}{2})$/u.exec(trimmed)?.[1];
}

/**
 * What the subject says before its head: before its quantity noun (规上工业 of 规上工业增加值), or, for a
 * subject naming a thing counted (村卫生室), before its last word of two characters or more.
 */
function qualifyingWords(topic: string): string {
  const beforeNoun = topic.replace(QUANTITY_NOUN_END, '');
  if (beforeNoun !== topic) return beforeNoun;
  const words = segmenter().tag(topic);
  const last = words.at(-1);
  // A subject ending in a verb (12345热线受理) names no thing counted: nothing is required of it.
  if (!last || words.length < 2 || last.word.length < 2 || !last.tag.startsWith('n')) return topic;
  return topic.slice(0, topic.length - last.word.length);
}

const QUANTITY_NOUNS = new Set(LEXICON.quantityNouns.words);
const QUANTITY_NOUN_END = new RegExp(`(?:${alternatives(LEXICON.quantityNouns.words)})$`, 'u');
/** A subject ending in the quantity of a whole (总投资): only a figure naming it answers, no part's (完成投资). */
/** A question asking what was done of a whole in its year (完成了多少投资): the lexicon's ask.partDone. */
const PART_DONE_ASKED = lexiconPattern('ask.partDone');
const WHOLE_NOUN_END = new RegExp(`(?:${alternatives(LEXICON.quantityNouns.wholes)})$`, 'u');
/** A subject naming a sum of money or value (…投资, …收入): a count of things never answers it. */
/** A comparison with another year (比上年, 较2020年): a figure after it is a difference. */
const COMPARED_WITH = lexiconPattern('fact.comparedWith');
const AMOUNT_NOUN_END = new RegExp(`(?:${alternatives(LEXICON.quantityNouns.amounts)})$`, 'u');

/** Whether a subject names a quantity noun the label names (失业率 of 城镇登记失业率; not 常住人口 of 常住人口城镇化率). */
function namesQuantityOf(topic: string, label: string): boolean {
  return LEXICON.quantityNouns.words.some((w) => label.includes(w) && topic.includes(w));
}

/** A label or subject that names a share (比重, 占比…): a share answers only a subject that names one. */
const SHARE_NAMED = lexiconPattern('measure.share');

/** A change from another year's figure (比上年增加1501亿元) where an amount (财政收入) is asked: the difference, no amount. */
function differenceOfAmount(fact: Fact, intent: FigureIntent): boolean {
  return fact.measure === 'change' && AMOUNT_NOUN_END.test(intent.topic) && COMPARED_WITH.test(ownClause(fact));
}

/** 的 and a count right after a value, a bound after it or not (以上的22个): the count's classifier in its group. */
const COUNT_AFTER_OF = new RegExp(
  `^(?:${alternatives(LEXICON.qualifiers.after)})?的(?:[\\d０-９.．]+|[零〇一二两三四五六七八九十百千万]+)(\\p{Script=Han})`,
  'u',
);

/** A value followed by 的 and a count (超10亿元的22个项目): it describes the things counted, no figure asked of them. */
function describesCount(fact: Fact): boolean {
  const after = fact.sentence.slice(fact.sentence.indexOf(fact.value) + fact.value.length);
  const counted = COUNT_AFTER_OF.exec(after);
  return counted !== null && COUNTING.has(counted[1]!);
}

function measureFits(fact: Fact, intent: FigureIntent): boolean {
  // ("how many new industrial enterprises above designated size": never the 规上工业增加值 growth)
  if (intent.countAsked && PERCENT_UNITS.has(fact.unit ?? '')) return false;
  // ("how many warehouses": never an area; money may count things asked so, how many treasury bonds → 1400亿元)
  if (intent.thingsCounted && MEASURED_KINDS.has(inBaseUnit(1, fact.unit)?.kind ?? '')) return false;
  // (…but not money describing the things counted right after it, 投资超10亿元的22个…重大项目: the count answers)
  if ((intent.thingsCounted || intent.countAsked) && inBaseUnit(1, fact.unit)?.kind === 'money' && describesCount(fact))
    return false;
  if (intent.unit) {
    // "多少公里", "多少家": the unit decides; 公里 is a length and 家 a count, both answer "how many".
    // 名 and 人 count the same people ("引育顶尖人才多少名" → 24人).
    // 户 and 家 count firms alike ("服务小微企业1.15万户" answers 多少家).
    const same = (u: string) => u.replace(/名$/u, '人').replace(/户$/u, '家');
    const unit = same(fact.unit ?? '');
    // (a change asked in a count, 增加了多少个, is the change: 增加11个, never where it got to, 达到25个)
    const counted =
      intent.measure === 'change'
        ? fact.measure === 'change' ||
          ((fact.measure === 'level' || fact.measure === 'count') &&
            (CHANGE_OPENS.test(fact.label) || CHANGE_WORD.test(fact.label)))
        : fact.measure === 'level' || fact.measure === 'count';
    // 多少个 counts whatever a classifier counts (建成投产了多少个重点项目 → 361项).
    if (GENERIC_CLASSIFIER.test(intent.unit) && COUNTING.has(fact.unit ?? '') && !fact.unit?.startsWith('万'))
      return counted;
    // …and a count the report writes with 个 answers one asked with its own classifier (几部作品 → 2个作品).
    // (部 counts works, though it is no counting unit of a report's figures: 国务院各部 is no count)
    const countsAsked = COUNTING.has(intent.unit) || inBaseUnit(1, intent.unit)?.kind.startsWith('count-') === true;
    if (countsAsked && GENERIC_CLASSIFIER.test(fact.unit ?? '')) return counted;
    // A change in the unit asked answers too: 完成林分优化提升11万亩 states the area done — unless where it got to
    // is asked (粮食产量达到多少斤 is never 增产四百六十六亿斤).
    // (…but not the difference from another year when an amount is asked: 财政收入多少钱 is never 比上年增加1501亿元)
    const change =
      fact.measure === 'change' &&
      !PERCENT_UNITS.has(unit) &&
      !intent.endState &&
      (intent.measure === 'change' || !differenceOfAmount(fact, intent));
    // (…and a change asked in the unit, 增加了多少元, is answered by the change, never by the level: 318元, not 3171元)
    // (…unless the level's own subject says that change, 建设提升“四好农村路”1190公里 for 提升了多少公里)
    const level =
      (fact.measure === 'level' || fact.measure === 'count') &&
      (intent.measure !== 'change' ||
        CHANGE_OPENS.test(fact.label) ||
        CHANGE_WORD.test(fact.label) ||
        CUT_NAMED.test(fact.label) ||
        startingValue(fact) !== null);
    // (…and a rate in the unit asked, per month or per person, states that amount: 842元/月 for 每月多少钱)
    const asked = same(intent.unit);
    // (…and a count in another unit of the same things, 场次 for 多少场, counts them too)
    const countKind = (u: string) => inBaseUnit(1, u.replace(/^[万亿]/u, ''))?.kind ?? '';
    const sameCount = countKind(unit).startsWith('count-') && countKind(unit) === countKind(asked);
    return (unit.endsWith(asked) || unit.startsWith(`${asked}/`) || sameCount) && (level || change);
  }
  switch (intent.measure) {
    // A share of a subject is not the subject: 工业总产值 is not 现代工业在工农业总产值中所占的比重 (an indicator
    // defined as a share, 研发投入强度, is its own figure).
    // (asked where it got to — 达到多少 — a growth is no answer: 粮食产量达到多少 is never 增长百分之十三点七)
    case null:
      return (
        fact.measure !== 'rank' &&
        fact.measure !== 'streak' &&
        fact.measure !== 'duration' &&
        fact.measure !== 'edition' &&
        !(fact.measure === 'count' && AMOUNT_NOUN_END.test(intent.topic)) &&
        !(intent.endState && (fact.measure === 'growth' || fact.measure === 'change')) &&
        // (…nor an amount a difference from another year: 财政收入是多少 is never 比上年增加1501亿元)
        !differenceOfAmount(fact, intent) &&
        !(!fact.indicator && SHARE_NAMED.test(fact.label) && !SHARE_NAMED.test(intent.topic)) &&
        // (…nor a rate one whose subject never names its rate: 常住人口 is never 常住人口城镇化率)
        !(fact.measure === 'rate' && !namesQuantityOf(intent.topic, fact.label))
      );
    case 'level':
      return fact.measure === 'level' || fact.measure === 'count';
    case 'share':
    case 'rate':
      return fact.measure === 'share' || fact.measure === 'rate';
    // (…and a growth in times, 增长4.9倍, is a growth however the extractor filed it)
    case 'growth':
      return (
        fact.measure === 'growth' ||
        (fact.measure === 'change' && ['points', 'times'].includes(inBaseUnit(1, fact.unit)?.kind ?? ''))
      );
    // 连续几年: a streak, or a rank held for years (连续8年全国第一).
    case 'streak':
      return fact.measure === 'streak' || (fact.measure === 'rank' && fact.value.startsWith('连续'));
    // 用几年时间: a duration, and only one.
    case 'duration':
      return fact.measure === 'duration';
    // 第几届: an edition, and only one.
    case 'edition':
      return fact.measure === 'edition';
    // 增加了多少: the change as the report states it, in its unit or as a growth rate — or a count or amount
    // whose subject opens with the change (增加优质特色普通高中招生计划1.76万个 is what was added).
    case 'change':
      return (
        fact.measure === 'change' ||
        fact.measure === 'growth' ||
        ((fact.measure === 'count' || fact.measure === 'level') &&
          (CHANGE_OPENS.test(fact.label) || CUT_NAMED.test(fact.label) || startingValue(fact) !== null))
      );
    default:
      return fact.measure === intent.measure;
  }
}

/**
 * The words after a value that are its own, up to its clause's end or the 、 before the next figure of a list
 * (新建A10个、B20个): a 、 between names with no figure (与广州、深圳等五地“跨省通办”) is inside them.
 */
function ownWordsAfter(rest: string): string {
  const clause = /^[^，,；;。]*/u.exec(rest)?.[0] ?? '';
  const items = clause.split('、');
  let out = items[0] ?? '';
  for (const item of items.slice(1)) {
    if (/[\d０-９]/u.test(item) || ANY_FIGURE.test(item)) break;
    out += `、${item}`;
  }
  return out;
}

/** A value followed by the particle of what it describes (投资1.3亿元的…工程): the lexicon's fact.relativeMarker. */
const RELATIVE_AFTER = new RegExp(`^(?:${LEXICON.patterns['fact.relativeMarker']})`, 'u');
/** The verb a rank is shown with where the report writes none: the lexicon's fact.shownRankVerb. */
const SHOWN_RANK_VERB = LEXICON.patterns['fact.shownRankVerb'];
/** The measure a rank ranks, in its verb (增速, 总量): the lexicon's fact.rankedMeasure. */
const RANKED_MEASURE = lexiconPattern('fact.rankedMeasure');
/** A rank's verb ending the text before it (列, 位居): the lexicon's fact.rankVerb. */
const RANK_VERB_END = new RegExp(`${LEXICON.patterns['fact.rankVerb']}$`, 'u');
/** "增长0.5%", "下降8.8%", "1318.21亿元", "居全省第4位": the value with its verb, as the report states it. */
/** The lexicon's words that stand before a figure (突破, 超, 近…): read with the fact, shown with it. */
const BEFORE = new Set(BOUNDS_BEFORE);

/** A verb of change anywhere in a subject (建设提升): the lexicon's fact.growthVerb, read unanchored. */
const CHANGE_WORD = new RegExp(LEXICON.patterns['fact.growthVerb'].replace(/\$$/u, ''), 'u');

/** A subject opening with a verb of change (增加, 减少, 新增…): the lexicon's fact.changeOpens. */
const CHANGE_OPENS = lexiconPattern('fact.changeOpens');
/** A subject that is only the rest of what was counted (其他): the lexicon's fact.remainder. */
const REMAINDER = lexiconPattern('fact.remainder');
/** A subject ending in the cut its amount counts (为市场主体减负): the lexicon's fact.cutNamed. */
const CUT_NAMED = lexiconPattern('fact.cutNamed');

/** Classifiers that count things (个, 家, 所…): the noun after them is what the figure counts. */
const COUNTING = new Set(LEXICON.units.filter((u) => u.counts).map((u) => u.unit));

/** "抓好５０多个城市的试点工作": a count shown with the noun it counts (５０多个城市), as the report writes it. */
function countedNounAfter(f: Fact): string {
  if (!COUNTING.has(f.unit ?? '')) return '';
  const after = f.sentence.slice(f.sentence.indexOf(f.value) + f.value.length);
  // (a noun with its gloss, 18个县(市), as written)
  return GLOSSED_NOUN.exec(after)?.[0] ?? /^\p{Script=Han}{1,8}?(?=的|[，,。；;、）)”"]|$)/u.exec(after)?.[0] ?? '';
}

/** How a growth is compared, right before its verb (同比, 同口径, 比上年): the lexicon's fact.growthQualifier. */
// (…all of them, run together: 比上年实际增长4·3％)
const GROWTH_QUALIFIER = new RegExp(`((?:${lexiconPattern('fact.growthQualifier').source})+)[^，,；;。]{0,4}$`, 'u');

/** Verbs a report states a fall with, ending the fact's verb (累计压降: 累计 is shown apart, see CUMULATIVE_BEFORE_VERB). */
const FALL_VERB_END = new RegExp(`(?:${LEXICON.patterns['fact.fallVerb']})$`, 'u');

export function describeFact(f: Fact): string {
  // The fact's value starts at the figure; a qualifier the report puts before it is part of what it says.
  const bound = f.qualifier && BEFORE.has(f.qualifier) && !f.value.startsWith(f.qualifier) ? f.qualifier : '';
  if (f.measure === 'growth' || f.measure === 'change') {
    const falls = f.number !== null && f.number < 0;
    // A change in points or in an amount keeps the report's verb (提高0.5个百分点, 提升11万亩); a growth rate reads 增长
    // unless the report gives it a verb of its own.
    // A fall keeps the report's own verb (贫困人口减少800万人, never 下降800万人).
    const fallVerb = f.verb ? FALL_VERB_END.exec(f.verb)?.[0] : undefined;
    const verb = falls
      ? fallVerb
        ? verbAsWritten(f, fallVerb)
        : SHOWN.fall
      : f.measure === 'change'
        ? f.verb
          ? verbAsWritten(f, f.verb)
          : f.unit === '个百分点'
            ? SHOWN.points
            : SHOWN.change
        : f.verb && ADJUSTED_BY.test(f.verb)
          ? f.verb
          : // (…and a rate stated with a verb of its own, 社会商品零售总额比上年增加了百分之十六, keeps it as written)
            verbAsWritten(f, GROWTH_VERB_AS_WRITTEN.exec(f.verb ?? '')?.[0] ?? SHOWN.growth);
    // "年均增长7.4%" (a five-year review's, a plan's goal) is a yearly average, and must read as one.
    const before = f.sentence.slice(0, f.sentence.indexOf(f.value));
    const yearly = YEARLY_AVERAGE_BEFORE.exec(before)?.[1] ?? CUMULATIVE_BEFORE_VERB.exec(before)?.[0] ?? '';
    // …and what it is compared with, as the report says it (同比增长6.9%, 同口径增长5%).
    const compared = GROWTH_QUALIFIER.exec(before)?.[1] ?? '';
    return `${yearly}${compared}${verb}${bound}${f.value}`;
  }
  if (f.measure === 'rank') {
    // 居全国第4位; but a rank reached from another (从全国第15位升至第5位) or with its streak and scope written in
    // it (连续8年全国第一) reads as the report writes it.
    const asWritten = startingValue(f) !== null || !/^(?:第|\d)/u.test(f.value);
    // (the measure it ranks, as its verb says it: 增速居全国第6位 ranks the growth, not the amount)
    const measure = f.ranks === 'growth' ? '增速' : (RANKED_MEASURE.exec(f.verb ?? '')?.[0] ?? '');
    if (asWritten) return `${measure}${f.value}`;
    // (with the report's own verb, 列宜春第1; 居 where it writes none)
    const stated = `${f.scope ?? ''}${f.value}`;
    const at = f.sentence.indexOf(stated);
    const verb = (at >= 0 ? RANK_VERB_END.exec(f.sentence.slice(0, at))?.[0] : undefined) ?? SHOWN_RANK_VERB;
    return `${measure}${verb}${stated}`;
  }
  // "蔬菜产量达到9万吨", "地区生产总值…达到309亿元": the verb of reaching stays with the figure, as written.
  const reached = !bound && REACHED.test(f.verb ?? '') && f.sentence.includes(`${f.verb}${f.value}`) ? f.verb : '';
  // (…and so does what it is striven for with, right before the verb: 力争达到10％)
  const written = reached ? f.sentence.slice(0, f.sentence.indexOf(`${reached}${f.value}`)) : '';
  const strive = reached ? (STRIVE_END.exec(written)?.[0] ?? '') : '';
  return `${strive}${reached}${bound}${f.value}${countedNounAfter(f)}${stretchAfter(f)}`;
}

/**
 * A higher figure striven for right after a target's, in the same unit, a verb or bound between the striving and the
 * figure (950亿元以上、力争突破1000亿元): part of it. (With none, 达到1800亿元以上、力争2000亿元, 力争 is the second figure's
 * qualifier and the answer shows both figures as a stretch target: see answerFigure.)
 */
const STRETCH_AFTER = new RegExp(
  `^、((?:${LEXICON.patterns['targets.strive']})[^，,；;。、\\d０-９]{1,4}[\\d０-９][\\d０-９.．]*([^\\d０-９，,；;。、]{0,4}))`,
  'u',
);

function stretchAfter(f: Fact): string {
  if (f.stance !== 'target' && f.stance !== 'plan') return '';
  const m = STRETCH_AFTER.exec(f.sentence.slice(f.sentence.indexOf(f.value) + f.value.length));
  return m && f.unit && m[2]?.startsWith(f.unit) ? `、${m[1]}` : '';
}

/** The verbs a growth rate is shown with as written (增加了百分之十六), not as 增长: the lexicon's fact.growthVerbAsWritten. */
const GROWTH_VERB_AS_WRITTEN = lexiconPattern('fact.growthVerbAsWritten');

/** A verb as the sentence writes it right before the value, with its 了 (削减了421项). */
function verbAsWritten(f: Fact, verb: string): string {
  // (found in the sentence's simplified reading, shown as the sentence writes it: 增長了16％)
  const at = simplifiedReading(f.sentence).indexOf(`${verb}了${simplifiedReading(f.value)}`);
  return at >= 0 ? f.sentence.slice(at, at + verb.length + 1) : verb;
}

/** A question asking a yearly average (年均, 平均每年): the lexicon's fact.yearlyAverage, read in the question. */
const YEARLY_ASKED = new RegExp(LEXICON.patterns['fact.yearlyAverage'], 'u');
/** A yearly average standing before a growth's verb (年均增长, 平均每年增长): the lexicon's fact.yearlyAverage. */
const YEARLY_AVERAGE_BEFORE = new RegExp(`(${LEXICON.patterns['fact.yearlyAverage']})[^，,；;。]{0,4}$`, 'u');
/** 累计 right before a change's verb (单位GDP能耗累计下降16%左右, the lexicon's fact.cumulative): shown with it. */
const CUMULATIVE_BEFORE_VERB = new RegExp(`(?:${LEXICON.patterns['fact.cumulative']})(?=[^，,；;。]{0,2}$)`, 'u');

/** A rate set by decision, changed by 调增 or 上调 (the lexicon's fact.adjustedBy): its verb stays as written. */
const ADJUSTED_BY = lexiconPattern('fact.adjustedBy');
/** A question asking the total of a thing (总量, 总数): the lexicon's ask.totalAsked. */
const TOTAL_ASKED = lexiconPattern('ask.totalAsked');
const TOTAL_WORDS = lexiconPattern('ask.totalAsked', 'gu');
const TOTAL_BEFORE = lexiconPattern('ask.totalBefore');
/** Words opening a label that say where or when, no kind (全省, 全市, 累计): the lexicon's fact.fillerStart. */
const FILLER_WORDS_BEFORE = lexiconPattern('fact.fillerStart');
/** The verbs of reaching a level (达到, 增加到, 提高到…): the lexicon's fact.reachedVerb. */
const REACHED = lexiconPattern('fact.reachedVerb');
/** What a target is striven for with (力争, 争取, 确保), right before its verb: the lexicon's targets.strive. */
const STRIVE_END = new RegExp(`(?:${LEXICON.patterns['targets.strive']})$`, 'u');

/** 由/从, the starting figure, and the verb of the change (the lexicon's fact.changeTo: 提高到, 调整为…), with the year it got to (增加到2002年的). */
const STARTED_FROM = new RegExp(
  `(?:${LEXICON.patterns['fact.startedFrom']})(?:(?!${LEXICON.patterns['fact.startedFrom']})[^，,；;。]){1,30}?(?:${LEXICON.patterns['fact.changeTo']})(?:\\s*${YEAR_OF_FIGURE}的?)?$`,
  'u',
);

/** "由18.7平方米提高到30.45平方米": the figure a change started from, with its verb, as written before the value. */
function startingValue(f: Fact): string | null {
  const before = f.sentence.slice(0, f.sentence.indexOf(f.value));
  return STARTED_FROM.exec(before)?.[0] ?? null;
}

/** The figure after where it started: its verb of reaching is the start's own (由24.6%提高到52.8%), written once. */
function afterStart(start: string, f: Fact): string {
  const described = describeFact(f);
  return f.verb && start.endsWith(f.verb) && described.startsWith(f.verb) ? described.slice(f.verb.length) : described;
}

/**
 * Whether the question's subject is the lexicon's indicator it names, not a longer subject holding its
 * alias: "新增规上工业企业" counts firms, not 规上工业增加值; "工业投资占全部投资比重" is no 工业投资.
 */
function subjectIsIndicator(parsed: ParsedQuestion, intent: FigureIntent): boolean {
  const strictly = (words: string) =>
    strictIndicator(words.replace(/\s+|实际|完成|实现|情况|的$/gu, ''), intent.measure ?? 'level') !== null;
  // "经济增长目标": the alias (经济增长) holds the measure word, and what is left of it (经济) names it still.
  const alias = findIndicator(parsed.text)?.alias ?? '';
  const partOfAlias = intent.topic.length >= 2 && alias.includes(nfkc(intent.topic).toLowerCase());
  return parsed.indicator !== null && (!intent.topic || partOfAlias || strictly(intent.topic) || strictly(parsed.rest));
}

/**
 * Words of a question that name no part of a subject: the lexicon's target, result and asking words, its
 * five-year plans and the words of a period (年均, 期间), and 各, 和.
 */
const NOT_SUBJECT_WORDS = new RegExp(
  [
    questionWordsPattern('target').source,
    questionWordsPattern('actual').source,
    questionWordsPattern('asking').source,
    alternatives(LEXICON.fiveYearPlans.plans.map((p) => p.name)),
    LEXICON.patterns['ask.notSubject'],
  ].join('|'),
  'gu',
);

/** Words that make an indicator's name another statistic (人均, 单位): the lexicon's indicator.otherStatistic. */
const OTHER_STATISTIC = lexiconPattern('indicator.otherStatistic');
const OTHER_STATISTIC_ALL = lexiconPattern('indicator.otherStatistic', 'gu');
/** Words that make a ratio of a quantity (单位, 每万, 亩均): the lexicon's indicator.ratioOf. */
const RATIO_OF_ALL = lexiconPattern('indicator.ratioOf', 'gu');

/**
 * Whether the subject is the indicator its alias names, give or take a word: 规上工业企业研发经费支出占营收
 * 比重 holds 规上工业 but asks another figure, and 城镇新增就业里的高校毕业生 is a part of 城镇新增就业 —
 * the indicator's figures answer neither. Question words (计划和实际各是) and Latin leftovers are no words of it.
 */
export function namesOnlyIndicator(topic: string): boolean {
  const found = findIndicator(topic);
  if (!topic || !found) return true;
  const norm = nfkc(topic).toLowerCase();
  const rest = `${norm.slice(0, found.at)} ${norm.slice(found.at + found.alias.length)}`.replace(NOT_SUBJECT_WORDS, '');
  // (a word that makes it another statistic — 人均, 单位 — is never "a word more", and a place named in it —
  // 兰州市地区生产总值 asked of 甘肃's report — makes it that place's figure, never the report's own)
  return (
    (rest.match(/\p{Script=Han}/gu)?.length ?? 0) <= 2 && !OTHER_STATISTIC.test(rest) && placesIn(rest).length === 0
  );
}

/** Whether an answer's facts are of the kind asked (a count in 家 is no growth rate). */
export function answerFits(result: AskResult, intent: FigureIntent): boolean {
  const figures = result.figures ?? [];
  // No fact to check it by: it fits only a question that names no kind.
  if (figures.length === 0) return intent.measure === null && intent.unit === null;
  // A percentage target of the indicator asked answers a percentage question, however the list words it
  // (居民消费价格指数涨幅控制在3%以内 reads as a share, and answers 涨幅目标).
  const percentKind = (m: string | null) => m === 'growth' || m === 'share' || m === 'rate';
  return figures.some(
    (f) => measureFits(f, intent) || (!intent.unit && percentKind(intent.measure) && percentKind(f.measure)),
  );
}

export interface FigureScope {
  city: City;
  /** The year the data is about. */
  year: number;
  stance: 'result' | 'target';
  /** The five years ending with `year`, as the next report's five-year review states them ("十三五期间…年均增长6.5%"). */
  fiveYears?: boolean;
  /** Where a span of fewer than five years asked starts (1981年到1982年, a plan's 1955年到1957年): its figures are that span's only. */
  spanFrom?: number;
  /** No data year named ("现在排第几", "看2026年报告"): the state the report's review ends with, five-year figures too. */
  current?: boolean;
  /** A five-year plan's goals, as the report of `year` states them (十五五期间…年均增长目标). */
  plan?: boolean;
  /** The plan's last year, when the question names the plan (十一五 ends in 2010): another plan's goals never answer. */
  planEnds?: number;
  /** The report the question names ("1981年那份报告里，82年…"), when it is not the one the year implies. */
  report?: number;
  /** The year's own report, given near its end: its estimates of the year (今年…预计) are the year's figures. */
  ownYearEstimates?: boolean;
  /**
   * …and it is given late in its year (国务院 1981, 11月30日): what it says the year will come to (工农业生产总值…将比上年
   * 增长３％以上) is an estimate too, never a target set for a year nearly gone.
   */
  late?: boolean;
}

/** The report that states a year's figures: the next year's review for results, the year's own report for targets. */
export function reportFor(library: Library, scope: FigureScope): Report | undefined {
  return library.corpus.report(scope.city, scope.report ?? (scope.stance === 'result' ? scope.year + 1 : scope.year));
}

/**
 * When a figure is for, as the answer says it: a five-year figure's five years — but the state a five-year
 * review ends at (地区生产总值达到3.6万亿元), or a plan's level to reach, is its last year's, never a sum.
 */
function yearsOf(f: Fact, asked: Years): Years {
  const multi = f.period.kind === 'multi-year-review' || f.period.kind === 'multi-year-plan';
  // The last year's figure answering for five years is where they arrived (到2002年), not their span.
  if (!multi && f.period.kind === 'review' && asked.from !== asked.to)
    return { from: asked.to, to: asked.to, end: true };
  if (!multi) return asked;
  // (…and a plan's level to reach, 到一九八五年…达到三亿六千万吨, its last year's too)
  const endState =
    (f.measure === 'level' || f.measure === 'share' || f.measure === 'rate') && END_STATE.test(f.verb ?? '');
  return endState ? { from: f.period.to, to: f.period.to, end: true } : { from: f.period.from, to: f.period.to };
}

/** The years a question asks of a scope: its year, or the five years that end with it. */
function askedYears(scope: FigureScope): Years {
  if (scope.planEnds !== undefined) return { from: scope.spanFrom ?? scope.planEnds - 4, to: scope.planEnds };
  if (!scope.fiveYears) return { from: scope.year, to: scope.year };
  return { from: scope.spanFrom ?? scope.year - 4, to: scope.year };
}

/** A fact shown beside a "not stated" as related: its label, value as written, paragraph and sentence. */
export function relatedFigure(f: Fact): RelatedFigure {
  return {
    label: f.label,
    value: describeFact(f),
    measure: f.measure,
    paragraphId: f.paragraphId,
    sentence: f.sentence,
  };
}

/** "从2315.5亿元增加到3517.1亿元", "达到1.23万美元": in a five-year review, the state at the period's end. */
const END_STATE = /到$|至$|达到?$/u;

/** Whether the words before a fact's value name a five-year plan that does not hold `year`. */
function namesOtherFiveYears(f: Fact, year: number): boolean {
  const plan = fiveYearPlanIn(f.sentence.slice(0, f.sentence.indexOf(f.value)));
  return plan !== null && (year < plan.from || year > plan.to);
}

/** A year as a sentence writes it (1957年, 一九五七年), unless it is what the figure is compared with (比, 较, 与…). */
const NAMED_YEAR = new RegExp(`(?<![比较与和跟同])((?:1[89]|20)\\d{2}|${CHINESE_YEAR_DIGITS})年`, 'gu');

/** A figure in figures or in Chinese numerals with a unit (五百三十五万吨). */
const ANY_FIGURE = new RegExp(
  `[\\d０-９]|[零〇一二两三四五六七八九十百千万亿]+(?:${alternatives(LEXICON.units.map((u) => u.unit))})`,
  'u',
);

/**
 * Whether the year a review's figure is stated for is another than `year`: the last year named before it
 * ("钢产量在一九五二年是一百三十五万吨" in the review of 1958 is 1952's; "一九五七年的工农业总产值…，工业和手工业
 * 总产值是七百零四亿元" is 1957's) — unless another figure stands after that year in the figure's own clause
 * (由一九五七年的五百三十五万吨增长到一千一百零八万吨: 1957 is the start's; the end is the sentence's year).
 */
/** A year written in a clause, in figures: the clause's figure is that year's, not the one estimated. */
const YEAR_IN_CLAUSE = /(?:19|20)\d{2}年/u;
/** A span of years a clause gives its figure for (前三年, 两年来, 三年间): the lexicon's fact.spanOfYears. */
const SPAN_OF_YEARS = lexiconPattern('fact.spanOfYears');

/** Two years written as a span (1932年到1936年, 1932—1936年): the lexicon's period.yearSpan. */
const YEAR_SPAN_WRITTEN = lexiconPattern('period.yearSpan', 'gu');

/** Whether the last span of years written before a figure ends in another year than `lastYear`. */
function namesOtherSpan(f: Fact, lastYear: number): boolean {
  const before = foldWidth(f.sentence.slice(0, f.sentence.indexOf(f.value)));
  const span = [...before.matchAll(YEAR_SPAN_WRITTEN)].at(-1);
  return span !== undefined && Number(span[2]) !== lastYear;
}

/** Whether a figure's sentence names a year (从一九七九年到一九八二年的四年内 names 1979), in figures or numerals. */
function namesYear(f: Fact, year: number): boolean {
  return [...f.sentence.matchAll(NAMED_YEAR)].some((m) => yearNamed(m[1]!) === year);
}

/** The year a NAMED_YEAR match writes, in figures or numerals (一九七九 → 1979). */
function yearNamed(written: string): number | null {
  return /^\d/u.test(written) ? Number(written) : writtenYear(`${written}年`);
}

function namesOnlyOtherYears(f: Fact, year: number): boolean {
  // (the year whose prices a figure is counted in — 按一九五二年不变价格计算 — is no year it is of; blanked, so
  // positions stay)
  // (read in simplified characters, offsets kept: 較1955年增長了16％ compares with 1955 as 较 does)
  const before = simplifiedReading(f.sentence)
    .slice(0, f.sentence.indexOf(f.value))
    .replace(PRICE_BASE_YEAR, (m) => ' '.repeat(m.length));
  const clauseStart = Math.max(...[...'，,；;：:'].map((c) => before.lastIndexOf(c))) + 1;
  const named = [...before.matchAll(NAMED_YEAR)].reverse();
  for (const m of named) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > clauseStart && ANY_FIGURE.test(before.slice(end))) continue;
    const said = yearNamed(m[1]!);
    return said !== year;
  }
  return false;
}

/** A question asking how a figure changed (是怎么变化的, 有何变化): the lexicon's ask.howChanged. */
const HOW_CHANGED = lexiconPattern('ask.howChanged');

/** The year whose prices a figure is counted in (按一九五二年不变价格计算, 按2020年可比价): the lexicon's fact.priceBaseYear. */
const PRICE_BASE_YEAR = lexiconPattern('fact.priceBaseYear', 'gu');

function factsInScope(
  library: Library,
  report: Report,
  scope: FigureScope,
  growthAsked: boolean,
  endStateAsked = false,
  cumulativeAsked = false,
): Fact[] {
  return factsOf(library, report).facts.filter((f) => {
    // (a government's term, 2007—2011, is no 十一五: the plan named ends in 2010)
    if (scope.plan)
      return (
        f.period.kind === 'multi-year-plan' &&
        f.stance !== 'result' &&
        (scope.planEnds === undefined || f.period.to === scope.planEnds) &&
        // (…and a growth over part of the plan's years, 在一九五四年的基数上增长百分之二十九, is no growth of the plan's)
        (scope.spanFrom !== undefined
          ? f.period.from === scope.spanFrom
          : f.measure !== 'growth' || scope.planEnds === undefined || f.period.from <= scope.planEnds - 4)
      );
    if (scope.fiveYears) {
      // (the review's own estimate of the five years, 文旅经济增加值预计达6500亿元, answers shown with its 预计)
      const reviewEstimate = f.stance === 'forecast' && f.period.kind === 'multi-year-review';
      if (f.stance !== 'result' && !reviewEstimate) return false;
      // (…but not a figure given for another span of years: 旧中国从1932年到1936年五年间…合计只一万三千亿斤)
      if (f.period.kind === 'multi-year-review')
        return (
          f.period.to === scope.year &&
          (scope.spanFrom === undefined || f.period.from === scope.spanFrom || namesYear(f, scope.spanFrom)) &&
          !namesOtherSpan(f, scope.year)
        );
      // Where the period ends the last year's review states (制造业增加值占比重达33.5%): a share, rate or rank
      // stated for that year is where the five years arrived; an amount of that year is no five years' sum,
      // nor its growth the five years' growth.
      // …and so is an amount when the question asks where the five years arrived (过去五年…人均纯收入达到多少).
      return (
        !growthAsked &&
        f.period.kind === 'review' &&
        f.period.from === scope.year &&
        // (asked what was done in all, a share, rate or rank is no sum: 办结率100％ never answers 累计办理了多少)
        (((f.measure === 'share' || f.measure === 'rate' || f.measure === 'rank') && !cumulativeAsked) ||
          (endStateAsked && f.measure === 'level') ||
          // (…and, asked what was done in all (累计改造了多少), the last year's review stating it so: 累计改造…73.7万平方米)
          (cumulativeAsked && (f.measure === 'level' || f.measure === 'count') && CUMULATIVE_STATED.test(ownClause(f))))
      );
    }
    // (a year's plan is that year's: 2003年报告里2007年… is never answered by the report's 2003 targets)
    // (…and not a figure the plan states as already done: 国家已经组织了５７户企业集团试点，今年要扩大到１２０户)
    if (scope.stance === 'target')
      return (
        f.stance === 'target' &&
        f.period.kind === 'year-plan' &&
        f.period.to === scope.year &&
        !ALREADY_DONE.test(ownClause(f))
      );
    // (…but never a figure its clause gives another year: 财政赤字从１９７９年的一百七十亿元…预计降低到今年的…)
    if (scope.ownYearEstimates)
      return (
        (f.stance === 'forecast' || (scope.late === true && f.stance === 'target')) &&
        f.period.kind === 'year-plan' &&
        f.period.from === scope.year &&
        !namesOnlyOtherYears(f, scope.year) &&
        !YEAR_IN_CLAUSE.test(foldWidth(ownClause(f)))
      );
    if (f.stance !== 'result' && f.stance !== 'forecast') return false;
    // "第一个五年计划期间，…投资总额共为四百九十三亿元" in a review of 1958 is the plan's five years, not 1958's.
    // (…nor one its own clause gives a span of years: 前三年共开垦荒地三千六百万亩 is no year's)
    if (f.period.kind === 'review')
      return (
        f.period.from === scope.year &&
        !namesOtherFiveYears(f, scope.year) &&
        !namesOnlyOtherYears(f, scope.year) &&
        !SPAN_OF_YEARS.test(ownClause(f))
      );
    if (f.period.kind !== 'multi-year-review' || f.period.to !== scope.year) return false;
    // (where the review ends is a state — a level, share, rate, rank —; the five years' growth is no year's)
    if (scope.current) return f.measure !== 'growth' && f.measure !== 'change';
    return (f.measure === 'level' || f.measure === 'share' || f.measure === 'rate') && END_STATE.test(f.verb ?? '');
  });
}

/** The question's words for a cumulative figure, a growth, and the measure word ending a subject (the lexicon's). */
const CUMULATIVE_ASKED = lexiconPattern('ask.cumulative');
const CUMULATIVE_STATED = lexiconPattern('fact.cumulative');
const GROWTH_ASKED = lexiconPattern('ask.growth');
const MEASURE_NOUN_END = lexiconPattern('ask.measureNounEnd');
/** A verb ending a fact's subject, right before its value (…新增, …新建): the lexicon's fact.verbAtEnd. */
const VERB_AT_END = lexiconPattern('fact.verbAtEnd');
/** Words saying which of a thing matter, not what kind it is (重点项目): the lexicon's ask.genericModifier. */
const GENERIC_MODIFIER = lexiconPattern('ask.genericModifier');
/** The classifier that counts anything (个): the lexicon's ask.genericClassifier. */
const GENERIC_CLASSIFIER = lexiconPattern('ask.genericClassifier');
/** A figure stated as something added (新增, 新建, 净增…): the lexicon's fact.addedStated. */
const ADDED_STATED = lexiconPattern('fact.addedStated');
/** What a list ending in it says was done to each of its items (改扩建, 完工): the lexicon's fact.doneToEach. */
const DONE_TO_EACH = lexiconPattern('fact.doneToEach');

/** Where the first of some patterns matches in a text, -1 when none does. */
function firstAt(text: string, patterns: readonly RegExp[]): number {
  const found = patterns.map((p) => text.search(p)).filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}
/** 城乡 asks the urban and the rural figure; a fact's subject opens with one of them (the lexicon's). */
const URBAN_AND_RURAL_ASKED = lexiconPattern('ask.urbanAndRural');
/** The word naming both sides, the pattern's first alternative (城乡), which a pair's label is shown with. */
const URBAN_AND_RURAL_WORD = LEXICON.patterns['ask.urbanAndRural'].split('|')[0]!;
const URBAN_OR_RURAL = lexiconPattern('fact.urbanRural');
/** The urban or the rural side named anywhere in a subject (the lexicon's fact.urbanRural, not only opening it). */
/** The urban side and the rural side, each however a report or a question names it (城镇, 城市; 农村, 农民). */
const URBAN_SIDE = lexiconPattern('side.urban');
const RURAL_SIDE = lexiconPattern('side.rural');

/** The side of town and country a text names, or null when it names neither or both (城市和农村低保标准). */
function sideNamed(text: string): 'urban' | 'rural' | null {
  const urban = URBAN_SIDE.test(text);
  const rural = RURAL_SIDE.test(text);
  return urban === rural ? null : urban ? 'urban' : 'rural';
}

/** The subject's words of four characters that name a kind of their last two (高速公路, 国家公园), written short. */
function kindWords(topic: string): { word: string; noun: string; kind: string }[] {
  return (
    segmenter()
      .tag(shortForms(topic))
      // (a noun: 长期亏损 says how long a loss ran, it names no kind of loss)
      .filter((t) => /^\p{Script=Han}{4}$/u.test(t.word) && /^n/u.test(t.tag))
      .map((t) => t.word)
      .map((word) => ({ word, noun: word.slice(-2), kind: word.slice(0, -2) }))
      // (重点项目 says which projects matter, not what kind they are: the lexicon's ask.genericModifier)
      .filter((k) => !GENERIC_MODIFIER.test(k.kind))
  );
}

/**
 * A subject's qualifying words without those that only say which matter (续建重点项目 → 续建项目: 重点 is no kind
 * of project, 续建 is); what was added or built (新增, 新建) stays, it tells figures apart.
 */
function withoutGenericModifiers(words: string): string {
  const generic = (w: string) => GENERIC_MODIFIER.test(w) && !ADDED_STATED.test(w);
  // (jieba keeps 重点项目 whole: a generic word opening a longer one is taken off it)
  const kept = segmenter()
    .cut(words)
    .map((w) => (w.length >= 4 && generic(w.slice(0, 2)) ? w.slice(2) : generic(w) ? '' : w))
    .join('');
  return /\p{Script=Han}{2}/u.test(kept) ? kept : words;
}

/** The clause before a fact's own when its own opens with 其中 (the lexicon's ask.subset): the whole it is a part of. */
function partOf(f: Fact): string {
  if (!SUBSET_CLAUSE.test(ownClause(f))) return '';
  const clauses = f.sentence.slice(0, f.sentence.indexOf(f.value)).split(/[，,；;]/u);
  return clauses.at(-2) ?? '';
}
const SUBSET_CLAUSE = lexiconPattern('ask.subset');

/**
 * The clause right before a fact's own, when it states no figure of its own: it frames it (开展涉企历史遗留问题
 * 攻坚行动，问题解决率达75%). A clause with a figure is another subject's, and one further back frames no longer.
 */
function framingOf(f: Fact): string {
  const at = f.sentence.indexOf(f.value);
  const clauseStart = Math.max(...[...'，,；;。：:'].map((c) => f.sentence.lastIndexOf(c, at))) + 1;
  const before =
    f.sentence
      .slice(0, Math.max(clauseStart - 1, 0))
      .split(/[，,；;：:]/u)
      .at(-1) ?? '';
  // (…and a sentence's short heading before a colon frames every figure of it: 铁：…五年内增加的年产能力为二百八十万吨)
  const heading = SENTENCE_HEADING.exec(f.sentence)?.[1] ?? '';
  const own = /[\d０-９]/u.test(before) || BASIS_OPENING.test(before.trim()) ? '' : before;
  return heading && !own.includes(heading) ? `${heading}${own}` : own;
}

/** A clause giving the basis a figure was set on (根据…, 按照…): the lexicon's fact.basisOpening. */
const BASIS_OPENING = lexiconPattern('fact.basisOpening');

/** Whether the clause right before the one starting at `clauseStart` gives a basis (根据上述…的可能性，). */
function basisBefore(sentence: string, clauseStart: number): boolean {
  if (clauseStart <= 1) return false;
  const previous =
    sentence
      .slice(0, clauseStart - 1)
      .split(/[，,；;：:]/u)
      .at(-1) ?? '';
  return BASIS_OPENING.test(previous.trim());
}
/** A sentence opening with a short heading and a colon (铁：, 在工业方面：). */
const SENTENCE_HEADING = /^([^，,；;：:。\d０-９]{1,8})[：:]/u;

/**
 * The sentences of a fact's paragraph that frame it: the paragraph's lead, when it states no figure and is
 * short (大力建设5.0产业新空间。), and the sentences right before the fact's that state none (商贸中心辐射带动能力不断
 * 增强。…进展顺利。 before 全年新增营业面积10万平方米). What they name is what the figures after them are of.
 */
function frameInParagraph(text: string, f: Fact, valuesAt: readonly number[]): string {
  const start = text.lastIndexOf(f.sentence, valueOffset(f));
  if (start <= 0) return '';
  const before = text.slice(0, start).split(/(?<=[。！？!?；;])/u);
  // (a sentence states no figure when none of the paragraph's facts stands in it: 5.0 of 5.0产业新空间 is a name)
  const ends = before.map((_, i) => before.slice(0, i + 1).join('').length);
  const figureless = (i: number) => !valuesAt.some((at) => at >= ends[i]! - before[i]!.length && at < ends[i]!);
  const lead = before[0] ?? '';
  const frame = figureless(0) && lead.length <= FRAME_LEAD_MAX ? [lead] : [];
  for (let i = before.length - 1; i > 0 && figureless(i); i -= 1) frame.push(before[i]!);
  return frame.join('');
}
/** A paragraph's lead longer than this is a sentence of its own, no heading of what follows. */
const FRAME_LEAD_MAX = 40;

/** A noun of the subject and the two characters after it; `whole`: a rival is another noun before those. */
interface KindNoun {
  word: string;
  next: string;
  whole?: boolean;
}

/**
 * A fact's words name, where the subject has a noun before what follows it, another noun instead and never that
 * one: 齐鲁服务消费季 where 体育消费季 was asked is another season of consumption.
 */
function otherKindNamed(noun: KindNoun, fact: Fact, topic: string): boolean {
  const sentence = comparable(fact.sentence);
  if (sentence.includes(noun.word) || comparable(fact.label).includes(noun.word)) return false;
  // (words as the sentence writes them, each read as jieba cuts it: 向市政协 holds no noun 市政 before 政协)
  let at = 0;
  for (const t of segmenter().tag(sentence)) {
    const end = at + t.word.length;
    // (a word the subject holds elsewhere is none in its place: 政协提案 where 政协委员提案 was asked)
    if (
      t.word.length === 2 &&
      KIND_NOUN_TAG.test(t.tag) &&
      !topic.includes(t.word) &&
      sentence.startsWith(noun.next, end)
    )
      return true;
    at = end;
  }
  return false;
}

/** jieba's tags of a noun that names a kind (体育, 服务 — 服务 is tagged as a verbal noun). */
const KIND_NOUN_TAG = /^(?:n|nz|vn)$/u;

/**
 * A fact's words name not the noun but another of its kind, in its place: its last character after another
 * first, and the same word after it (公路建设 where 铁路建设 was asked). 企业 is no rival of 农业产业化: 产业化 does
 * not follow it.
 */
function rivalNamed(noun: { word: string; next: string }, words: string): boolean {
  if (words.includes(noun.word)) return false;
  // (a noun of three characters is a kind of its last two: 轻纺工业 names another 工业 than 重工业)
  const tail = noun.word.length === 3 ? noun.word.slice(1) : `${noun.word[1]}${noun.next}`;
  for (let at = words.indexOf(tail); at > 0; at = words.indexOf(tail, at + 1))
    if (/\p{Script=Han}/u.test(words[at - 1]!) && words[at - 1] !== noun.word[0]) return true;
  return false;
}

/** A preposition opening a list of subjects (对东盟、欧盟进出口): the lexicon's ask.listPreposition. */
const LIST_PREPOSITION = lexiconPattern('ask.listPreposition');

/** The fact's label and its whole clause, the value and what follows it in the clause included. */
function clauseAround(f: Fact): string {
  const at = f.sentence.indexOf(f.value) + f.value.length;
  return `${f.label}${ownClause(f)}${f.value}${/^[^，,；;。]*/u.exec(f.sentence.slice(at))?.[0] ?? ''}`;
}

/** A size class written with a round numeral and 级 (百万级, 千亿级, 亿元级): the lexicon's ask.sizeClass. */
const SIZE_CLASS = lexiconPattern('ask.sizeClass', 'gu');

/** A country's name as jieba's place words write one (英国, 美国, 苏联): the lexicon's ask.countryName, not 中国 or 全国. */
const COUNTRY_NAME = lexiconPattern('ask.countryName');

/** A part of a year (上半年, 前三季度, 1至5月): the lexicon's parts of a year, and months counted from January. */
const PART_OF_YEAR_ASKED = new RegExp(
  `${alternatives(LEXICON.periodOpenings.partOfYear)}|${LEXICON.patterns['period.monthsOfYear']}`,
  'u',
);

/** A fact's own item of its sentence alone: from the mark before its value to the next after it (、 included). */
function itemAround(f: Fact): string {
  const at = f.sentence.indexOf(f.value);
  const start = Math.max(...[...'，,；;。、'].map((c) => f.sentence.lastIndexOf(c, at))) + 1;
  return f.sentence.slice(start, at) + (/^[^，,；;。、]*/u.exec(f.sentence.slice(at))?.[0] ?? '');
}

/**
 * A fact's own item of its sentence and what the items after it share: from the mark before its value (a list's
 * 、 among them) to the end of its clause (16所高校、48个学科入选“双一流”建设名单: both are 入选…名单).
 */
function ownItem(f: Fact): string {
  const at = f.sentence.indexOf(f.value);
  const start = Math.max(...[...'，,；;。、'].map((c) => f.sentence.lastIndexOf(c, at))) + 1;
  return f.sentence.slice(start, at) + (/^[^，,；;。]*/u.exec(f.sentence.slice(at))?.[0] ?? '');
}

/** The clause a fact's value stands in, up to the value. */
function ownClause(f: Fact): string {
  const at = f.sentence.indexOf(f.value);
  return f.sentence.slice(Math.max(...[...'，,；;。'].map((c) => f.sentence.lastIndexOf(c, at))) + 1, at);
}

/**
 * The urban and the rural figure of one sentence, in the sentence's order, when `lead` is one of them: the other
 * side's fact of the same subject and kind (城镇低保平均标准 and 农村低保平均标准); null otherwise.
 */
function urbanRuralPair(lead: Fact, facts: readonly Fact[]): [Fact, Fact] | null {
  const side = URBAN_OR_RURAL.exec(lead.label)?.[0];
  if (!side) return null;
  const rest = lead.label.slice(side.length);
  const sibling = facts.find(
    (f) =>
      f.sentence === lead.sentence &&
      f.measure === lead.measure &&
      !f.label.startsWith(side) &&
      URBAN_OR_RURAL.test(f.label) &&
      f.label.replace(URBAN_OR_RURAL, '') === rest,
  );
  if (!sibling) return null;
  return lead.sentence.indexOf(lead.value) <= lead.sentence.indexOf(sibling.value) ? [lead, sibling] : [sibling, lead];
}

/**
 * The things a count may name right after its classifier: the words there, read up to any 的 and after it —
 * its head noun after a modifier (10个有条件的县 → 县), or the noun itself before what it makes up (17枚奖牌的优异
 * 成绩 → 奖牌) — none when it names nothing there.
 */
function countedThings(f: Fact, at = f.sentence.indexOf(f.value)): string[] {
  if (!COUNTING.has(f.unit ?? '')) return [];
  const after = f.sentence.slice(at + f.value.length);
  // (a quoted term is read through its marks: 229个便民惠民利民的“党建+”邻里中心 counts 党建+邻里中心)
  const words = (/^(?:[“”"‘’+]*\p{Script=Han}){1,12}/u.exec(after)?.[0] ?? '').replace(/[“”"‘’]/gu, '');
  return words.split('的').filter((w) => w.length > 0);
}

/** The thing a question counts, named right after 多少 and its classifier (多少个小区的…): two characters or more. */
const COUNTED_ASKED = new RegExp(
  `(?:${LEXICON.patterns['ask.howMany']})(?:${alternatives([...COUNTING])})(\\p{Script=Han}{2,8}?)(?=的|[，,。？?！!]|$)`,
  'u',
);

/** Whether a thing counted is named in the question: two characters in a row of it, or the one it is. */
function sharesPair(thing: string, question: string): boolean {
  if (!thing) return true;
  return thing.length === 1 ? question.includes(thing) : pairs(thing).some((p) => question.includes(p));
}

/** The fact's clause names the noun of a kind word but neither the word nor its kind: another kind of it. */
function namesAnotherKind(fact: Fact, kinds: readonly { word: string; noun: string; kind: string }[]): boolean {
  if (kinds.length === 0) return false;
  const clause = shortForms(`${fact.label}${ownClause(fact)}`);
  return kinds.some((k) => clause.includes(k.noun) && !clause.includes(k.word) && !clause.includes(k.kind));
}

/**
 * A figure from the facts: the fact whose subject best matches the question, of the kind asked (an
 * amount is never given for a growth, nor a growth for an amount). When the report states the subject
 * only in another kind, say so and show it as such, without calling it the answer.
 */
export function answerFigure(
  library: Library,
  parsed: ParsedQuestion,
  intent: FigureIntent,
  scope: FigureScope,
  base: AskResult,
): AskResult {
  const { city, year } = scope;
  const report = reportFor(library, scope);
  // A place the subject names beside the one asked (兰州市地区生产总值 asked of 甘肃's report) is whose figure it
  // is: a figure whose sentence never names it is the report's own place's, or another's.
  // (the province or prefecture the place lies in is a scope, not another place: 嘉兴…入选浙江省特色产业集群)
  const otherPlaces = placesIn(intent.topic).filter(
    (p) => p.short !== city.short && ![city.city, city.province, city.parent].includes(p.name),
  );
  // (…and it is said with the subject: 兰州市 of 兰州市地区生产总值 asked of 甘肃's report)
  const subject = parsed.indicator && otherPlaces.length === 0 ? parsed.indicator.name : intent.topic;
  const withYear = { ...base, city: city.city, year };
  if (!report) {
    return notFound(library, parsed, withYear, {
      say: 'no-report-for',
      place: city.short,
      year,
      stance: scope.stance,
      coverage: city.years,
    });
  }
  const inScope = factsInScope(
    library,
    report,
    scope,
    intent.measure === 'growth',
    intent.endState,
    CUMULATIVE_ASKED.test(parsed.text),
  );
  // A subject that is a lexicon indicator names its statistic whole: a fact matched by words must carry nearly
  // all of its qualifying words (限上消费品零售总额 is not 社会消费品零售总额, though it shares most of them).
  // A thing counted (村卫生室) is told apart by any word of its kind (改扩建 is not 新建), the question's own
  // words around it (那边建了) being many: one of its pairs will do.
  const modifierFloor = subjectIsIndicator(parsed, intent) ? 0.8 : QUANTITY_NOUN_END.test(intent.topic) ? 0.5 : 0.1;
  const asked = new Set([intent.topic, ...(intent.alternatives ?? []).flat()].flatMap((w) => pairs(w)));
  // An English subject's words may be written otherwise than its first Chinese rendering: no head is required.
  // (a head that only guesses the quantity the unit asked states — 资金 of 筹措了多少资金, the lexicon's measure nouns
  // read word by word — names no thing a figure must say: the money asked is in its unit)
  const ownHead = intent.alternatives ? undefined : headOf(intent.topic);
  const headStated =
    ownHead !== undefined && unitStates(ownHead, intent.unit, true) && !unitStates(ownHead, intent.unit);
  const head = headStated ? undefined : ownHead;
  // (…nor one its words must hold where its sentence never writes it: 解决信访问题筹措 of 筹措2700多万元妥善解决了…信访
  // 问题 is all the subject says)
  const topicText = intent.spaced ?? intent.topic;
  const headPairs =
    headStated && ownHead && topicText.endsWith(ownHead) && topicText.length > ownHead.length + 1
      ? new Set(pairs(topicText).filter((p) => !pairs(topicText.slice(0, -ownHead.length)).includes(p)))
      : new Set<string>();
  const withoutUnwrittenHead = (topic: Topic, fact: Fact): Topic =>
    headPairs.size > 0 && ownHead && !fact.sentence.includes(ownHead)
      ? topic.filter((ways) => !ways.every((w) => headPairs.has(w)))
      : topic;
  // The subject's words before its quantity noun (规上工业 of 规上工业增加值), when it has two characters or more;
  // a subject naming a thing counted says what kind before its last word (改扩建村卫生室: 改扩建村).
  const qualifying = withoutGenericModifiers(qualifyingWords(intent.topic));
  const modifier: Topic =
    // (not for a share: in …产值占手工业总产值多少 the quantity noun ends the whole, not the subject)
    !intent.alternatives &&
    intent.measure !== 'share' &&
    !/占/u.test(intent.topic) &&
    qualifying !== intent.topic &&
    /\p{Script=Han}{2}/u.test(qualifying)
      ? pairs(qualifying).map((p) => [p])
      : // One character says what kind (钢产量 is not 煤产量): it must stand in the fact's own words.
        !intent.alternatives && /^\p{Script=Han}$/u.test(qualifying)
        ? [[qualifying]]
        : [];
  // The two-character nouns among those words (铁路 of 铁路建设投资), each of which no rival may stand for.
  // (each with the two characters after it in the subject, which a rival must share: 铁路 → 建设)
  const nouns =
    modifier.length > 0
      ? segmenter()
          .tag(intent.topic)
          .map((t, i, all) => ({
            ...t,
            next: all
              .slice(i + 1)
              .map((w) => w.word)
              .join('')
              .slice(0, 2),
          }))
          .filter(
            (t) =>
              /^n[rstz]?$/u.test(t.tag) &&
              // (a plain noun of three characters too, a kind of its last two: 重工业 — not 新开工 or 新创建, which jieba
              // may tag as names)
              (t.word.length === 2 || (t.word.length === 3 && t.tag === 'n')) &&
              t.next.length === 2 &&
              qualifying.includes(t.word),
          )
          .map((t) => ({ word: comparable(t.word), next: comparable(t.next) }))
      : !intent.alternatives
        ? kindNouns(intent.topic)
        : [];
  // "高新技术企业一共有多少家" asks how many there are: 新增…25家 counts those added (see below).
  const askedText = [parsed.text, ...(intent.alternatives ?? []).flat()].join(' ');
  const added = asksAdded(askedText);
  // (A growth of what was added — 新增托位数较上年增长17% — is a figure of the flow itself.)
  // (…but not one whose own words name the stock, 新增高新技术企业57家、存量达348家: 348 is how many there are)
  const addedOnly = (fact: Fact) =>
    !fact.indicator &&
    (fact.measure === 'level' || fact.measure === 'count') &&
    // (…or a list of names, no figures, the clause opens with it: 新增炳灵寺、官鹅沟、冶力关3家5A级景区, labelled by its
    // last item)
    (INCREMENT.test(fact.label) || namesListOpenedByIncrement(ownClause(fact))) &&
    !STOCK_NAMED.test(`${fact.label}${ownClause(fact)}`.replace(INCREMENT, '')) &&
    !added &&
    !namesIncrementVerb(askedText, fact.label);
  // A word of the subject that names a kind of its last two characters (高速公路 of 公路): a fact naming the
  // kind's noun but not the kind (四级以上公路通车总里程) is another figure.
  const kinds = intent.alternatives ? [] : kindWords(intent.topic);
  // A count of things the report names after it (解决了317个自然村…) counts those, never another noun asked.
  // Asked what was added (新增多少户), a count that says nothing of adding (为6.6万户经营主体重塑信用) is no answer.
  // (a part of what was added, 其中高技能人才7.65万人次 after 新增技能人才39.87万人次, was added too)
  const addsNothing = (fact: Fact) =>
    added &&
    !fact.indicator &&
    (fact.measure === 'level' || fact.measure === 'count') &&
    !ADDED_STATED.test(`${fact.label}${ownClause(fact)}${partOf(fact)}`);
  // 一共有多少天 asks how many there are: a change (天数增加7天) is what was added to them, never the total.
  const totalOfYears = CUMULATIVE_ASKED.test(parsed.text);
  const changeForTotal = (fact: Fact) => fact.measure === 'change' && totalOfYears && !added;
  // …nor is where a change got to (由1997年的664亿元增加到2002年的4025亿元): the last year's level, never the sum.
  const endForTotal = (fact: Fact) => totalOfYears && startingValue(fact) !== null;
  // 人均国内生产总值 asks another statistic than 国内生产总值: a fact whose clause never says the word that
  // makes it one (人均, 单位, 每万…) is the whole, not the figure asked, however many words it shares (the
  // indicator's figures are still shown as related, never as the answer).
  // (read in short forms, as the figures are: 平均每人 is 人均, no 平均 of its own)
  const statistics = shortForms(intent.topic).match(OTHER_STATISTIC_ALL) ?? [];
  // …and one whose own label makes a ratio of what was asked (规上工业单位增加值能耗 for 规上工业增加值) is another.
  const ratios = (fact: Fact) => (fact.label.match(RATIO_OF_ALL) ?? []).filter((w) => !intent.topic.includes(w));
  // (…said in the figure's own clause: 全省地区生产总值5.3万亿元 is no 人均 figure because a later clause of its
  // sentence says 城镇常住居民人均可支配收入)
  // …and a question naming the indicator alone is not asking what a fact names with such a word before the
  // indicator's name (人均地区生产总值 for 地区生产总值) — unless that form is an alias of its own (人均可支配收入).
  const askedAlias = findIndicator(intent.topic)?.alias;
  const namesStatisticOf = (fact: Fact) => {
    if (askedAlias === undefined) return false;
    const label = comparable(fact.label);
    return [...label.matchAll(OTHER_STATISTIC_ALL)].some((m) => {
      const form = `${m[0]}${askedAlias}`;
      return label.startsWith(form, m.index) && !intent.topic.includes(m[0]) && findIndicator(form)?.alias !== form;
    });
  };
  // The urban side asked is never answered by the rural one, nor the rural by the urban (农村居民… is no 城镇居民…).
  // (农民 is the rural side as 农村 is: 农民人均纯收入 is never 城镇居民人均可支配收入)
  const sideAsked = sideNamed(intent.topic) ?? undefined;
  const namesOtherSide = (fact: Fact) => {
    const side = sideNamed(fact.label) ?? undefined;
    return sideAsked !== undefined && side !== undefined && side !== sideAsked;
  };
  const anotherStatistic = (fact: Fact) =>
    // (its label too, whose subject may stand in a clause before: 城市职工家庭平均每人…收入…，比一九七八年增长…; read
    // with the lexicon's short forms: 平均每人 is 人均)
    statistics.some((w) => !shortForms(`${fact.label}${clauseAround(fact)}`).includes(w)) ||
    ratios(fact).length > 0 ||
    namesStatisticOf(fact);
  const whole = WHOLE_NOUN_END.exec(intent.topic)?.[0];
  const namesNoWhole = (fact: Fact) => whole !== undefined && !`${fact.label}${ownClause(fact)}`.includes(whole);
  // (…and what was done of it, 当年完成了多少投资, is never the whole: 总投资18.8亿元 is what the project costs in all)
  const partDoneAsked = whole === undefined && PART_DONE_ASKED.test(parsed.text);
  const wholeForPart = (fact: Fact) => partDoneAsked && WHOLE_NOUN_END.test(fact.label);
  // (…and the total of a thing asked, 经营主体总量, is never a kind of it the question never names: 涉旅经营主体737家)
  // (…or written with 总 before it, 全市总人口: never 贫困人口)
  const totalBefore = TOTAL_BEFORE.exec(intent.topic);
  const totalAsked = totalBefore
    ? intent.topic.slice(totalBefore.index + 1)
    : TOTAL_ASKED.test(parsed.text)
      ? intent.topic.replace(TOTAL_WORDS, '').slice(-4)
      : '';
  const kindForTotal = (fact: Fact) => {
    const at = totalAsked.length >= 2 || totalBefore ? fact.label.indexOf(totalAsked) : -1;
    const before = at > 0 ? fact.label.slice(0, at).replace(FILLER_WORDS_BEFORE, '') : '';
    return /\p{Script=Han}{2}/u.test(before) && !parsed.text.includes(before);
  };
  // (a thing named right after the classifier asked, 多少个小区的…改造, is what is counted: 16条道路 counts roads,
  // however many of the question's other words follow it)
  const thingAsked = COUNTED_ASKED.exec(parsed.text)?.[1];
  // Where a fact's value stands in its sentence — the one it was read at, when its sentence writes it twice (3个典型
  // 案例…，3个园区入选…): its paragraph places the sentence.
  const valueAt = (fact: Fact) => {
    const first = fact.sentence.indexOf(fact.value);
    if (fact.sentence.indexOf(fact.value, first + 1) < 0) return first;
    const text = library.corpus.paragraph(fact.paragraphId)?.paragraph.text ?? '';
    const start = text.lastIndexOf(fact.sentence, valueOffset(fact));
    const at = valueOffset(fact) - start;
    return start >= 0 && fact.sentence.startsWith(fact.value, at) ? at : first;
  };
  const nounsCounted = thingAsked ?? nounsAfterClassifier(parsed.text);
  const countsAnother = (fact: Fact) => {
    if (intent.alternatives) return false;
    const things = countedThings(fact, valueAt(fact));
    return things.length > 0
      ? !things.some((thing) =>
          thingAsked
            ? pairs(thingAsked).some((p) => thing.includes(p))
            : sharesPair(thing, [parsed.text, ...pairs(intent.topic)].join(' ')),
        )
      : // (…and a count whose own label names its thing before it, 实施规模化技改试点15个左右, counts that: never
        // 多少个重点产业集群…, no word of which it shares — those only the clause before holds)
        nounsCounted !== '' &&
          COUNTING.has(fact.unit ?? '') &&
          endsItsClause(fact) &&
          !pairs(intent.topic).some((p) => fact.label.includes(p)) &&
          // (tagged last: the cheaper tests above turn most figures away first)
          endsInNoun(fact.label);
  };
  const namesNoPlaceAsked = (fact: Fact) => otherPlaces.some((p) => !fact.sentence.includes(p.short));
  // A figure the question states itself (那1000个省级重点产业项目…完成了多少投资) is what it knows, not what it asks.
  const questionText = foldWidth(parsed.text);
  const quotedByQuestion = (fact: Fact) => /\d/u.test(fact.value) && questionText.includes(foldWidth(fact.value));
  // …but it says which sentence the question is about (16个续建项目完成投资7.79亿元): a figure of that sentence
  // is the more likely answer, and the sentence's words before it say what it is of.
  const quotedSentences = new Set(inScope.filter(quotedByQuestion).map((f) => f.sentence));
  const lastClause: Topic | null = intent.lastClause ? pairs(intent.lastClause).map((p) => [p]) : null;
  // A term the question quotes (有几个“光伏+储能”项目) names the thing asked: a figure whose own item leaves out one
  // of its words that another figure's item of the sentence has (整县屋顶分布式光伏开发试点项目 has 光伏, not 储能,
  // which stands with 9个) is that other thing's — its words, not the term whole, as a report may write the name
  // longer (“双高建设计划” for “双高计划”).
  // (only a term of the subject: a five-year plan's name quoted, “十四五”期间, says when)
  const quotedWords = quotedTermWords(questionText).filter((w) => comparable(intent.topic).includes(w));
  // (each sentence's figures with their own items, read once)
  const items = new Map<string, { value: string; item: string }[]>();
  const itemsOf = (sentence: string) => {
    let found = items.get(sentence);
    if (!found) {
      found = inScope
        .filter((g) => g.sentence === sentence)
        .map((g) => ({ value: g.value, item: comparable(ownItem(g)) }));
      items.set(sentence, found);
    }
    return found;
  };
  // A word in Latin letters the subject names (PCT专利) names the kind asked: a figure whose words never write it
  // (新增发明专利授权1380件) is another kind's.
  // (a name of three letters or more, never an indicator's alias, GDP, which reports write in Chinese too, nor a
  // Roman numeral, Ⅲ类水 read as III)
  const latinWords = (intent.topic.match(/(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])/gu) ?? [])
    .filter((w) => findIndicator(w) === null && !/^[IVX]+$/iu.test(w))
    .map((w) => w.toLowerCase());
  // (…and a name of figures and letters, 5G, 4K, names it too — in the figure's own item of a list, where its
  // neighbours' items name theirs: 领航级智能工厂2家、卓越级智能工厂67家、5G工厂301家)
  const figureLetterWords = (intent.topic.match(/(?<![A-Za-z0-9.])\d+[A-Za-z]+(?![A-Za-z0-9])/gu) ?? []).map((w) =>
    w.toLowerCase(),
  );
  const missesLatinWord = (fact: Fact) =>
    (latinWords.length > 0 &&
      latinWords.some((w) => !`${framingOf(fact)}${fact.label}${clauseAround(fact)}`.toLowerCase().includes(w))) ||
    (figureLetterWords.length > 0 &&
      figureLetterWords.some(
        (w) =>
          !`${framingOf(fact)}${fact.label}${itemAround(fact)}`.toLowerCase().includes(w) &&
          itemsOf(fact.sentence).some((g) => g.value !== fact.value && g.item.includes(w)),
      ));
  // A part of a year asked (上半年, 1至5月) is answered by a figure its sentence gives for a part, never by the
  // year's.
  const partAsked = PART_OF_YEAR_ASKED.exec(parsed.text)?.[0];
  // (…as the sentence writes it: 1至9月 asked, 一至九月 written)
  const namesOtherPart = (fact: Fact) => partAsked !== undefined && !PART_OF_YEAR_ASKED.test(foldWidth(fact.sentence));
  // …and so is a country no gazetteer holds (英国 of 英国1958年的钢产量, in the State Council's report): a figure
  // whose words never name it is another place's — the country's own, most often.
  const placeWords = intent.alternatives
    ? []
    : segmenter()
        .tag(intent.topic)
        .filter((t) => t.tag === 'ns' && COUNTRY_NAME.test(t.word))
        .map((t) => comparable(t.word));
  // (…and a figure whose own words name a country the question does not, 英国的煤产量…二亿七千万吨, is that
  // country's: no answer about this one)
  const namesOtherCountry = (fact: Fact) =>
    segmenter()
      .tag(fact.label)
      .some((t) => t.tag === 'ns' && COUNTRY_NAME.test(t.word) && !parsed.text.includes(t.word));
  // (…and the one character before the quantity that says what kind, 钢 of 英国钢产量, must stand in its words too:
  // 英国的煤产量 is coal)
  const lastQualifying = segmenter().cut(qualifying).at(-1) ?? '';
  const kindCharacter = /^\p{Script=Han}$/u.test(lastQualifying) ? lastQualifying : '';
  const missesKindCharacter = (fact: Fact) =>
    placeWords.length > 0 &&
    kindCharacter !== '' &&
    !`${framingOf(fact)}${fact.label}${clauseAround(fact)}`.includes(kindCharacter);
  // (…and a size class the subject names, 百万级 of 百万级村, is the figure's own item's: 千万级村1个 is another class)
  const sizeClasses = intent.topic.match(SIZE_CLASS) ?? [];
  const missesSizeClass = (fact: Fact) => sizeClasses.some((c) => !`${fact.label}${itemAround(fact)}`.includes(c));
  // (…and a word of it is the label's own, not the ending of a joint word: 农业 of 农业总产值 stands in 工农业总产值
  // only as a part of 工农业, industry and agriculture together — another figure)
  const insideJointWord = (fact: Fact) =>
    LEXICON.jointWords.words.some(
      (joint) =>
        fact.label.includes(joint) &&
        !intent.topic.includes(joint) &&
        [...joint]
          .map((_, i) => joint.slice(i))
          .filter((part) => part.length >= 2 && part !== joint)
          .some((part) => intent.topic.includes(part) && !fact.label.replaceAll(joint, '').includes(part)),
    );
  // (…and a label counting what was added of one thing, 新增职业技能培训, answers no question about adding another,
  // 新增就业: what follows its increment shares nothing with the subject's other words — an English subject's words
  // are renderings, matched on their own terms)
  const subjectBesidesIncrement = intent.topic.replace(INCREMENT_ANYWHERE, '');
  const incrementOfAnother = (fact: Fact) => {
    if (intent.alternatives || !INCREMENT.test(fact.label) || !/\p{Script=Han}{2}/u.test(subjectBesidesIncrement))
      return false;
    const added = fact.label.replace(INCREMENT, '');
    return /\p{Script=Han}{2}/u.test(added) && !pairs(added).some((p) => subjectBesidesIncrement.includes(p));
  };
  // (…and a level the subject names, 国家级 of 国家级区域医疗中心, is the figure's own: 22个省级区域医疗中心 names
  // another level and not that one)
  const levelsAsked: string[] = intent.topic.match(LEVEL_WORDS) ?? [];
  const afterLevel = (text: string) => {
    const level = LEVEL_AT.exec(text);
    return level ? text.slice(level.index + level[0].length) : text;
  };
  const namesOtherLevel = (fact: Fact) => {
    // (its label's: a list's other items, 2个国家级和22个省级…, are their own — and only of the same thing, 区域医疗中心:
    // 市级8大产业链 names the chains' level, not the 省级企业技术中心 asked)
    const named: string[] = fact.label.match(LEVEL_WORDS) ?? [];
    if (levelsAsked.length === 0 || named.length === 0 || levelsAsked.some((l) => named.includes(l))) return false;
    const thing = afterLevel(intent.topic);
    return pairs(afterLevel(fact.label)).some((p) => thing.includes(p));
  };
  const missesPlaceNamed = (fact: Fact) =>
    placeWords.some((p) => !comparable(`${framingOf(fact)}${fact.label}${clauseAround(fact)}`).includes(p));
  // (a part the question excludes, 工业总产值（不含手工业产值）: no figure of that part answers — 手工业总产值增長了16％)
  const excluded = [...parsed.text.matchAll(EXCLUDED_ASIDE)]
    .map((m) => comparable(m[1]!.replace(QUANTITY_NOUN_END, '')))
    .filter((w) => w.length >= 2);
  const namesExcluded = (fact: Fact) => excluded.some((w) => comparable(fact.label).includes(w));
  const missesQuotedTerm = (fact: Fact) => {
    // (…in the sentence that answered the part before, the quoted term is that part's: 整备产业“熟地”62块、面积…)
    if (quotedWords.length === 0 || fact.sentence === intent.near) return false;
    // (…the sentence's opening clause says what the whole sentence is about: “高效办成一件事”上线运行…，平均跑动次数减少93%)
    const opening = fact.sentence.split(/[，,；;：:]/u)[0] ?? '';
    const own = comparable(`${framingOf(fact)}${opening}${fact.label}${ownItem(fact)}`);
    const neighbours = itemsOf(fact.sentence).filter((g) => g.value !== fact.value);
    return quotedWords.some((w) => !own.includes(w) && neighbours.some((n) => n.item.includes(w)));
  };
  // Whether two of a subject's words stand neither in a figure's own clause nor in the clause framing it, but in
  // another figure's clause of its sentence: the subject is that other figure's too.
  const leftToOthers = (fact: Fact, words: Topic): Topic => {
    const own = comparable(`${framingOf(fact)}${clauseAround(fact)}`);
    // (…or a clause of the sentence stating a figure no fact was read from, 9县污水处理厂全部建成投运: its words are
    // that figure's too)
    const ownText = clauseAround(fact);
    const unread = fact.sentence
      .split(/[，,；;。]/u)
      .filter(
        (c) =>
          /[0-9０-９]/u.test(c) &&
          !ownText.includes(c) &&
          !inScope.some((g) => g.sentence === fact.sentence && c.includes(g.value)),
      )
      .map(comparable);
    const others = [
      ...inScope
        .filter((g) => g.sentence === fact.sentence && g.value !== fact.value)
        .map((g) => comparable(clauseAround(g))),
      ...unread,
    ];
    return words.filter((ways) => !holds(own, ways) && others.some((o) => holds(o, ways)));
  };
  const leftToNeighbours = (fact: Fact, words: Topic) => leftToOthers(fact, words).length >= 2;
  // The nouns of a Chinese subject that say which thing it is (残奥会 of 北京残奥会上获得了多少枚金牌, 重大项目 of
  // 省重大项目…完成投资多少), not its head: one the sentence writes only in another figure's clause names that
  // figure's thing, never this one's (奥运会上获得3枚金牌 beside 残奥会获得25枚奖牌)…
  const thingNouns = intent.alternatives
    ? []
    : segmenter()
        .tag(intent.topic)
        .filter((w) => /^[nj]/u.test(w.tag) && w.word.length >= 2 && w.word !== head && !QUANTITY_NOUNS.has(w.word))
        .map((w) => [comparable(w.word)]);
  // (…when the figure's own label names a thing of its own, 交通 of 力争全年交通…投资2400亿元: a label naming none,
  // 完成投资 after 实施重点项目…, continues the neighbour's subject)
  const askedPairs = pairs(intent.topic).map((p) => [p]);
  const thingOfNeighbour = (fact: Fact) =>
    thingNouns.length > 0 &&
    namesOwnThing(fact.label, askedPairs) &&
    (() => {
      // (…but one the sentence opens with is what the whole sentence is about: 北部湾港通达…，…集装箱吞吐量…突破千万标箱)
      const opening = comparable(fact.sentence.split(/[，,；;：:]/u)[0] ?? '');
      return leftToOthers(fact, thingNouns).some((ways) => !holds(opening, ways));
    })();
  // (…and a count asked of a thing — 先导区有几个 — is never one whose subject ends in another noun, 先导区集聚…核心企业
  // 超150家, where its sentence counts the thing itself after a classifier: 首批10个未来产业先导区)
  const countedWord = (() => {
    if (intent.alternatives || (!intent.unit && intent.measure !== 'count')) return undefined;
    // (its last noun, with the one before when it is a single character: 先导 + 区)
    const words = segmenter().tag(intent.topic);
    const [before, last] = [words.at(-2), words.at(-1)];
    if (!last?.tag.startsWith('n')) return undefined;
    const noun = last.word.length === 1 && before?.tag.startsWith('n') ? before.word + last.word : last.word;
    return noun.length >= 2 ? comparable(noun) : undefined;
  })();
  const countsAfterValue = (f: Fact) => {
    if (!countedWord || !COUNTING.has(f.unit ?? '')) return false;
    const after = comparable(f.sentence.slice(f.sentence.indexOf(f.value) + f.value.length));
    const at = after.indexOf(countedWord);
    return at >= 0 && at <= 12 && !/[，,；;。、：:]/u.test(after.slice(0, at));
  };
  const countsOtherThing = (f: Fact, all: readonly Candidate[]) =>
    countedWord !== undefined &&
    COUNTING.has(f.unit ?? '') &&
    // (one whose subject holds the thing before other words: 先导区集聚…企业, never 学科 beside 16所高校)
    comparable(f.label).includes(countedWord) &&
    !comparable(f.label).endsWith(countedWord) &&
    !countsAfterValue(f) &&
    all.some((o) => o.fact !== f && o.fact.sentence === f.sentence && countsAfterValue(o.fact));
  const frames = new Map<string, string>();
  const framesOf = (fact: Fact) => {
    const key = `${fact.paragraphId}\u0001${fact.sentence}`;
    let frame = frames.get(key);
    if (frame === undefined) {
      const valuesAt = factsOf(library, report)
        .facts.filter((f) => f.paragraphId === fact.paragraphId)
        .map(valueOffset);
      frame = frameInParagraph(library.corpus.paragraph(fact.paragraphId)?.paragraph.text ?? '', fact, valuesAt);
      frames.set(key, frame);
    }
    return frame;
  };
  const rank = (indicatorName: string | null, topic: Topic, weigh: Weigh = ALIKE) =>
    inScope
      .filter(
        (fact) =>
          // (a target the question quotes, 增长5.5％的目标实现了吗, is the target asked)
          !(quotedByQuestion(fact) && scope.stance !== 'target') &&
          !namesNoPlaceAsked(fact) &&
          !namesStatisticOf(fact) &&
          !namesOtherSide(fact) &&
          !namesExcluded(fact) &&
          !namesOtherCountry(fact) &&
          (indicatorName !== null ||
            (!anotherStatistic(fact) &&
              !namesAnotherKind(fact, kinds) &&
              !countsAnother(fact) &&
              !addsNothing(fact) &&
              !missesQuotedTerm(fact) &&
              !REMAINDER.test(fact.label) &&
              !missesLatinWord(fact) &&
              !namesOtherPart(fact) &&
              !missesPlaceNamed(fact) &&
              !missesSizeClass(fact) &&
              !missesKindCharacter(fact) &&
              !insideJointWord(fact) &&
              !incrementOfAnother(fact) &&
              !namesOtherLevel(fact) &&
              !namesNoWhole(fact) &&
              !wholeForPart(fact) &&
              !kindForTotal(fact) &&
              !changeForTotal(fact) &&
              !endForTotal(fact))),
      )
      .map((fact) => ({
        fact,
        // A later part asked of the first part's subject (…建成投产了多少个重点项目？完成投资多少？), in the sentence
        // that answered the first part: there the subject stands in an earlier clause (建成投产重点项目361项，完成投资…).
        score:
          relevance(
            fact,
            indicatorName,
            intent.alternatives ? statedByUnit(topic, fact) : withoutUnwrittenHead(topic, fact),
            head,
            fact.sentence === intent.near ? [] : modifier,
            modifierFloor,
            fact.sentence === intent.near ? [] : nouns,
            intent.alternatives !== undefined,
            weigh,
            framesOf(fact),
            // (…where the sentence before it frames it: 整备产业“熟地”62块、面积8085.8亩 for …熟地？面积多大？)
            fact.sentence === intent.near,
          ) + (quotedSentences.has(fact.sentence) ? QUOTED_SENTENCE_BONUS : 0),
        added: addedOnly(fact),
        // (从多少提高到了多少 asks where it started too: a figure stated with its start, 从64.4%提高至87.2%, first)
        precision: precision(fact, asked, parsed.text) + (intent.fromTo && startingValue(fact) !== null ? 1 : 0),
        partial: weigh !== ALIKE,
      }))
      // (a subject of several clauses asks its last — 城镇新增就业里，高校毕业生就业 asks the graduates: a figure whose
      // own clause says too little of it is the frame's, not the answer)
      .filter((s) => indicatorName !== null || !lastClause || overlap(lastClause, clauseAround(s.fact)) >= ACCEPT)
      // (two things joined by "and" in an English subject — PM2.5 concentration and share of good-air days — are
      // never answered by a figure whose own clause, and the clause framing it, leave two of their words to another
      // figure's clause)
      // (…when the question asks a kind of figure — a share, a growth — its words say which)
      .filter(
        (s) =>
          indicatorName !== null ||
          !intent.subjectsJoined ||
          intent.measure === null ||
          !leftToNeighbours(s.fact, topic),
      )
      .filter(
        (s) =>
          s.score >=
          (weigh !== ALIKE
            ? ACCEPT_PARTIAL * 0.8
            : intent.alternatives && !indicatorName
              ? ACCEPT_ENGLISH * 0.8
              : ACCEPT),
      )
      // (read last: it compares a figure with its sentence's others, which only the accepted few need)
      .filter((s) => indicatorName !== null || !thingOfNeighbour(s.fact))
      .filter((s, _i, all) => indicatorName !== null || !countsOtherThing(s.fact, all))
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.precision - a.precision ||
          Number(b.fact.headline) - Number(a.fact.headline) ||
          // The year's own review before the five years' figures.
          Number(a.fact.period.kind !== 'review') - Number(b.fact.period.kind !== 'review'),
      );
  const byIndicator = parsed.indicator ? rank(parsed.indicator.name, []) : [];
  // The dictionary's indicator may not be the question's subject ("工业投资占全部投资比重", "R&D经费" in
  // 亿元, "产量" after "粮食播种面积"): when it gives nothing of the kind asked, the question's own words match.
  // …nor is it when the alias is only part of the subject: "新增规上工业企业" counts firms, not 规上工业增加值.
  const topicIsIndicator = subjectIsIndicator(parsed, intent);
  const useIndicator = topicIsIndicator && byIndicator.some((s) => measureFits(s.fact, intent));
  const indicator = useIndicator ? (parsed.indicator?.name ?? null) : null;
  const sentences = () => factsOf(library, report).facts.map((f) => f.sentence);
  // A word with the dictionary's many renderings keeps those the report writes at all (the first when none): the
  // rest can match no figure of it, and matching each against every figure costs.
  let written: string | undefined;
  const reportText = () => {
    written ??= comparable(sentences().join('\n'));
    return written;
  };
  const inReport = (topic: Topic): Topic =>
    topic.map((ways) => {
      if (ways.length <= MANY_WAYS) return ways;
      const kept = ways.filter((w) => holds(reportText(), [w]));
      return kept.length > 0 ? kept : ways.slice(0, 1);
    });
  const words: Topic = useIndicator
    ? []
    : intent.alternatives
      ? inReport(intent.alternatives)
      : pairs(intent.spaced ?? intent.topic).map((p) => [p]);
  const byAllWords = useIndicator || words.length === 0 ? [] : rank(null, words);
  // An English subject no figure matches word for word is matched in part: its words weighed by how rarely the
  // report writes them, one common word let go (see relevance).
  const byListedWords =
    byAllWords.length > 0 || !intent.alternatives || intent.subjectsJoined || useIndicator
      ? byAllWords
      : rank(null, words, rarity(sentences()));
  // …and when none is found so, its words are read in the general dictionary's renderings too (整车销售 for
  // "vehicle sales"), every word found: a dictionary's many renderings of a word let go would match too much.
  const inEnglish = intent.alternativesInEnglish;
  // (a phrase of the lexicon whose Chinese the report never writes is read word by word, each word in all its
  // renderings: the old name of an indicator, 社会商品零售总额, is found by its words)
  const wide = () =>
    inReport(
      (intent.alternatives ?? []).flatMap((ways, i) => {
        const en = inEnglish?.[i];
        if (!en) return [ways];
        if (!/\s/u.test(en)) return [[...new Set([...ways, ...chineseGlossing(en)])]];
        return holds(reportText(), ways) ? [ways] : (phraseWordByWord(en) ?? [ways]);
      }),
    );
  const widen = byListedWords.length === 0 && inEnglish?.some(Boolean) && !intent.subjectsJoined && !useIndicator;
  const widened = widen ? wide() : [];
  const byWords =
    widened.length > 0 && JSON.stringify(widened) !== JSON.stringify(words) ? rank(null, widened) : byListedWords;
  // Nothing by the words either: the indicator's figures still tell the user what the report does state —
  // as related figures only, when the subject says more than the indicator (城镇新增就业里的高校毕业生).
  if (!topicIsIndicator && byWords.length === 0 && byIndicator.length > 0 && !namesOnlyIndicator(intent.topic)) {
    return notFound(library, parsed, withYear, {
      say: 'not-given-related',
      report: reportRef(report),
      years: askedYears(scope),
      subject: intent.topic,
      related: relatedFigure(byIndicator[0]!.fact),
    });
  }
  const scored = useIndicator || byWords.length === 0 ? byIndicator : byWords;
  // What was read, as a "not stated" says it: the report, its part, and the years asked.
  const read = {
    report: reportRef(report),
    part: scope.plan ? 'plan' : scope.fiveYears ? 'five-year-review' : scope.stance === 'result' ? 'review' : 'work',
    years: askedYears(scope),
  } as const;
  if (scored.length === 0) {
    return notFound(library, parsed, withYear, { say: 'not-given', ...read, subject });
  }
  // The kind asked first, then the best subject among those: a growth question is never answered by
  // the amount of the same subject, however well that amount matches.
  const bestOverall = scored[0]?.score ?? 0;
  // 平均每年递增多少 asks the yearly average: where the subject's figures include one stated so (即平均每年递增百分之四点三),
  // the period's whole growth is another kind of figure (五年内…增长百分之二十三点三), however many more of the
  // question's words its sentence states.
  const averaged = YEARLY_ASKED.test(parsed.text)
    ? scored.filter(
        (s) =>
          measureFits(s.fact, intent) &&
          YEARLY_AVERAGE_BEFORE.test(s.fact.sentence.slice(0, s.fact.sentence.indexOf(s.fact.value))),
      )
    : [];
  const fittingAll =
    averaged.length > 0
      ? averaged.filter((s) => s.score >= CLOSE * averaged[0]!.score)
      : scored.filter((s) => measureFits(s.fact, intent) && s.score >= CLOSE * bestOverall);
  // An amount named and no kind asked (外贸进出口总额是多少): its amount leads, the growth stated with it follows.
  const amountLeads =
    intent.measure === null && AMOUNT_NOUN_END.test(intent.topic)
      ? fittingAll.find(
          (s) => (s.fact.measure === 'level' || s.fact.measure === 'count') && s.score >= (fittingAll[0]?.score ?? 0),
        )
      : undefined;
  const bounded = (amountLeads ?? fittingAll[0])?.fact;
  // A round bound (突破万元) and the figure itself stated right after it (…，达到10300元): the figure answers.
  const exact =
    bounded && ROUND_BOUND.has(bounded.qualifier ?? '')
      ? fittingAll.find(
          (s) =>
            s.fact.sentence === bounded.sentence &&
            s.fact.measure === bounded.measure &&
            s.fact.qualifier === null &&
            (s.fact.label === bounded.label || (s.fact.indicator !== null && s.fact.indicator === bounded.indicator)),
        )?.fact
      : undefined;
  const first = exact ?? bounded;
  if (!first) {
    // (a unit asked, 几倍, names the kind better than its measure would: 总量 where 总量 is given reads as nonsense)
    const asked = intent.unit ? null : intent.measure;
    // No kind asked: the closest figure is another statistic (常住人口城镇化率 for 常住人口), shown as related to what
    // was asked, never as "only another kind of the same".
    if (asked === null && intent.unit === null)
      return notFound(library, parsed, withYear, {
        say: 'not-given-related',
        report: read.report,
        years: read.years,
        subject,
        related: relatedFigure(scored[0]!.fact),
      });
    return notFound(library, parsed, withYear, {
      say: 'other-kind',
      ...read,
      asked,
      related: relatedFigure(scored[0]!.fact),
    });
  }
  // Asked how a figure changed (…占比是怎么变化的), a level with no start stated says where it arrived only: not
  // stated, the level shown as related.
  if (
    HOW_CHANGED.test(parsed.text) &&
    (first.measure === 'level' || first.measure === 'share' || first.measure === 'rate' || first.measure === 'count') &&
    startingValue(first) === null
  ) {
    return notFound(library, parsed, withYear, {
      say: 'not-given-related',
      report: read.report,
      years: read.years,
      subject,
      related: relatedFigure(first),
    });
  }
  // The closest figure counts what was added (新增国家高新技术企业25家) and the question asks how many there
  // are: not stated; the figure is shown as related, never as the answer (nor is the next one taken).
  if (fittingAll[0]?.added) {
    return notFound(library, parsed, withYear, { say: 'no-total', ...read, subject, related: relatedFigure(first) });
  }
  // Only a clear winner answers: another figure of the kind asked, as close to the question by every
  // measure we have, makes the choice a guess — say so and show both as related, never as the answer.
  // A later part of a question (…签约了多少个项目，总投资多少？) prefers the figure stated with the first part's:
  // of the close candidates, the one in that sentence, when exactly one is.
  // (the question's words, but for its quantity nouns, that a figure's clause and frame hold)
  const askedWords = segmenter()
    .tag(intent.topic)
    .filter((w) => w.word.length >= 2 && !QUANTITY_NOUNS.has(w.word))
    .map((w) => [comparable(w.word)]);
  const wordsHeld = (f: Fact) =>
    askedWords.filter((ways) => holds(comparable(`${framingOf(f)}${clauseAround(f)}`), ways)).length;
  const close = rivalsOf(fittingAll, indicator !== null, indicator === null ? wordsHeld : undefined);
  const contenders = new Set([first, ...close]);
  const inNear = intent.near ? fittingAll.filter((c) => contenders.has(c.fact) && c.fact.sentence === intent.near) : [];
  // (two of that sentence as close as each other are still a guess)
  const nearWins =
    close.length > 0 &&
    inNear.length > 0 &&
    (inNear.length === 1 || inNear[0]!.score > inNear[1]!.score || inNear[0]!.precision > inNear[1]!.precision);
  // (…and one of that sentence as good by subject wins outright, however much more of its label the other's
  // question names: 签约项目20个，总投资182.6亿元 answers …，总投资多少 over another sentence's bare 总投资)
  const nearBest = intent.near
    ? fittingAll.filter((c) => c.fact.sentence === intent.near && c.score >= 0.95 * (fittingAll[0]?.score ?? 0))
    : [];
  const nearOnly = !nearWins && nearBest.length === 1 && nearBest[0]!.fact !== first;
  const chosen = nearWins ? inNear[0]!.fact : nearOnly ? nearBest[0]!.fact : first;
  // 城乡… asks both: the urban and the rural figure one sentence states (城乡低保平均标准分别提高26.7%、27%) — the pair
  // of a close figure naming a side, where the closest names neither (全体居民人均可支配收入增长5.1% is no answer to
  // 城乡居民人均可支配收入分别增长了多少).
  const bothAsked = URBAN_AND_RURAL_ASKED.test(intent.topic);
  const sided = (f: Fact) =>
    f.measure === chosen.measure &&
    f.period.kind === chosen.period.kind &&
    URBAN_OR_RURAL.test(f.label) &&
    chosen.label.endsWith(f.label.replace(URBAN_OR_RURAL, ''));
  const pair = bothAsked
    ? (urbanRuralPair(chosen, inScope) ??
      [...fittingAll.map((c) => c.fact), ...inScope.filter(sided)]
        .map((f) => urbanRuralPair(f, inScope))
        .find((p): p is [Fact, Fact] => p !== null) ??
      null)
    : null;
  const lead = pair ? pair[0] : chosen;
  const rivals = nearWins || nearOnly || pair ? [] : close;
  if (rivals.length > 0) {
    return notFound(library, parsed, withYear, {
      say: 'ambiguous',
      ...read,
      subject,
      related: [first, ...rivals].slice(0, 3).map(relatedFigure),
    });
  }
  // Asked for all residents' income where the report gives urban and rural: both answer, each named. One
  // related figure alone — all residents' income asked the rural — is no answer: not stated, shown as related.
  const related = !pair && lead.indicator !== indicator && indicator !== null;
  const relatedOnes = new Set(fittingAll.map((s) => s.fact.indicator).filter((i) => i !== indicator));
  if (related && relatedOnes.size < 2)
    return notFound(library, parsed, withYear, {
      say: 'not-given-related',
      report: reportRef(report),
      years: askedYears(scope),
      subject: indicator,
      related: relatedFigure(lead),
    });
  // The lead and the first figure its sentence states of its subject that goes with it.
  const statedWith = (goesWith: (f: Fact) => boolean) => [
    lead,
    ...fittingAll
      .map((s) => s.fact)
      .filter((f) => f !== lead && f.label === lead.label && f.sentence === lead.sentence && goesWith(f))
      .slice(0, 1),
  ];
  const changeLike = (f: Fact) => f.measure === 'growth' || f.measure === 'change';
  // With no kind asked, an amount and its growth stated together answer together: "1318.21亿元、增长0.5%".
  const shown = pair
    ? pair
    : related
      ? fittingAll.map((s) => s.fact).filter((f, i, all) => all.findIndex((g) => g.indicator === f.indicator) === i)
      : intent.measure === 'change'
        ? // 减少了多少, asked of a sentence stating the change in an amount and as a rate (减少一百多亿元，减少近百分之十):
          // both, as the report gives them.
          statedWith((f) => changeLike(f) && f.measure !== lead.measure)
        : intent.measure
          ? [lead]
          : // (an amount and its growth, never two unrelated figures: 40.6微克/立方米 and 13个)
            statedWith((f) => f.measure !== lead.measure && changeLike(f) !== changeLike(lead));
  // …and a stretch target beside the one set (达到1800亿元以上、力争2000亿元): both, in the sentence's order.
  const stretch = fittingAll
    .map((s) => s.fact)
    .find(
      (f) =>
        !shown.includes(f) &&
        f.sentence === lead.sentence &&
        f.label === lead.label &&
        f.measure === lead.measure &&
        (strives(f) || strives(lead)),
    );
  if (stretch && !pair && !related)
    shown.splice(
      0,
      shown.length,
      ...[...shown, stretch].sort((a, b) => a.sentence.indexOf(a.value) - b.sentence.indexOf(b.value)),
    );
  // …and the same figure restated in the clause right after it (增长百分之九十八点三，即每年递增百分之十四点七): both,
  // as the report gives them.
  const restated = inScope.find(
    (f) =>
      f.sentence === lead.sentence &&
      f.label === lead.label &&
      f.measure === lead.measure &&
      !shown.includes(f) &&
      restates(lead, f),
  );
  if (restated && !pair && !related) shown.push(restated);
  // …and the values listed with it for its subject (资产超50亿元、100亿元): all, in the sentence's order.
  const listed = inScope.filter((f) => f !== lead && !shown.includes(f) && listedTogether(lead, f));
  if (listed.length > 0 && !pair && !related)
    shown.splice(0, shown.length, ...[...shown, ...listed].sort((a, b) => valueOffset(a) - valueOffset(b)));
  // Where the figure started, when the sentence says so (从294.7万头削减至32.8万头): shown with it, as written.
  const start = startingValue(lead);
  // 从多少提升到多少 asks both ends: a figure stated without where it started answers half — not stated, and
  // the figure shown as related (市控以上断面Ⅲ类水体占比90.9% for 从0跃升至超九成).
  if (intent.fromTo && !start && !pair && !related)
    return notFound(library, parsed, withYear, {
      say: 'not-given-related',
      report: reportRef(report),
      years: askedYears(scope),
      subject: intent.topic,
      related: relatedFigure(lead),
    });
  // A subject the report ends with its verb (集中供热面积新增163.6万平方米): the verb is shown with the value, as
  // written, and the subject named without it.
  const ownVerb = VERB_AT_END.exec(lead.indicator ? '' : lead.label)?.[0] ?? '';
  const verb =
    ownVerb &&
    (lead.label.length > ownVerb.length + 1 || lead.label === ownVerb) &&
    !related &&
    !start &&
    lead.sentence.includes(`${ownVerb}${lead.value}`)
      ? ownVerb
      : '';
  const value =
    related || pair
      ? shown.map((f) => `${f.indicator ?? f.label}${describeFact(f)}`).join('；')
      : start
        ? `${start}${afterStart(start, lead)}`
        : `${verb}${shown.map(describeFact).join('、')}`;
  return {
    ...withYear,
    found: true,
    kind: scope.stance === 'result' ? 'achieved' : 'target',
    indicator: lead.indicator,
    value,
    figures: related ? shown : intent.fromTo ? [lead] : shown,
    answer: {
      say: 'figure',
      report: reportRef(report),
      years: yearsOf(lead, read.years),
      name: pair
        ? lead.label.replace(URBAN_OR_RURAL, URBAN_AND_RURAL_WORD)
        : (lead.indicator ?? (verb ? lead.label.slice(0, -verb.length) : lead.label)),
      relatedTo: related ? indicator : null,
      target: scope.stance === 'target',
      value,
      from: scope.plan ? 'plan' : scope.stance !== 'target' ? null : lead.headline ? 'target-list' : 'work-plan',
      forecast: lead.stance === 'forecast',
    },
    source: {
      id: lead.paragraphId,
      city: report.city,
      year: report.year,
      section: library.corpus.paragraph(lead.paragraphId)?.paragraph.section.join(' › ') ?? '',
      text: lead.sentence,
    },
  };
}
