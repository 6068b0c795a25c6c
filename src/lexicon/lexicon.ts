import { memoized } from '../text/memo.js';
import data from './lexicon.json' with { type: 'json' };

/**
 * The reports' language as data (lexicon.json), loaded and checked once: a name, key or alias given twice,
 * a related indicator that is not one, a measure that is no measure or an English pattern that does not
 * compile stops the program at start with the line to fix, instead of answering with the wrong one.
 */
export interface IndicatorRecord {
  name: string;
  key: string;
  /** Section of the targets table: 经济, 投资消费, 财政, 民生, 开放, 创新, 绿色. */
  group: string;
  aliases: string[];
  /** The kinds of figure it can be, when not every kind (R&D spending in 亿元 is not R&D intensity). */
  measures?: string[];
  /** What may answer instead where a report sets no target for it. */
  related?: string[];
  /** A target for it is a ceiling (CPI 3%左右 is met at 2%; unemployment 5.5%左右 at 5.2%). */
  ceiling?: boolean;
  note?: string;
}

export interface EnglishTerm {
  /** A regular expression (case-insensitive) over the English question. */
  pattern: string;
  /** The Chinese words it stands for. */
  chinese: string;
}

/** A unit figures are written in: its kind (money, people, area…), its size within the kind, whether it counts things. */
export interface UnitRecord {
  unit: string;
  kind: string;
  /** How many of the kind's smallest unit it is: 亿元 is 1e8 元. */
  scale?: number;
  /** A classifier that counts things (个, 家, 所): the noun after it is what it counts. */
  counts?: boolean;
  /** The English names a question asks it by ("how many mu"), as a regular-expression source. */
  english?: string;
}

/**
 * A word of a question; `notBefore` and `notAfter`: what after or before it makes it part of another word
 * (计划 in 研发计划专项, 定了 in 新认定了).
 */
export interface QuestionWord {
  word: string;
  notBefore?: string[];
  notAfter?: string[];
}

export interface QuestionWords {
  /** A target is asked (目标, 计划, 力争…). */
  target: QuestionWord[];
  /** The result is asked even beside the target's words (实际, 最终完成). */
  actual: QuestionWord[];
  /** Words that ask, and scope words every figure of a place has (多少, 多大, 百分之几, 全年, 全市): never part of a subject's name. */
  asking: QuestionWord[];
  /** Words that name nothing a report states (一共, 那块, 到底, 啊, 那份报告说, 现在). */
  fillers: QuestionWord[];
  /** Units a question says that no report writes (多少钱, 多少平方, 第几位), besides the lexicon's units. */
  units: QuestionWord[];
}

/** Words around a figure that are part of what is said (突破600亿元, 6%左右). */
export interface Qualifiers {
  before: string[];
  after: string[];
  /** The qualifiers after a figure that make it a bound from above (以内, 以下). */
  ceilings: string[];
  /** The words of approximation written inside a figure, after its number or its scale (50多个, 9亿多元, 2亿余元). */
  approximate: string[];
  /** Bounds written only before a round figure in Chinese numerals (营收过百亿元): 过 before digits is no bound. */
  roundBefore: string[];
}

/** A plain list of words with what they are for. */
export interface WordList {
  note?: string;
  words: string[];
}

/** The words the English reader writes its Chinese question with: every one must be in the lexicon. */
export const ENGLISH_READING_KEYS = [
  'thisYear',
  'lastYear',
  'during',
  'planEnd',
  'met',
  'target',
  'growth',
  'which',
  'highest',
  'lowest',
  'targetAsked',
  'grewAsked',
  'growthPlanned',
  'fellAsked',
  'amountAsked',
  'rankAsked',
  'growthRanked',
  'national',
  'provincial',
  'pointsAsked',
  'shareAsked',
  'moneyAsked',
  'cutAsked',
  'isAsked',
  'yearly',
  'reviewsFiveYears',
  'reportIn',
  'cumulative',
  'lengthAsked',
  'and',
  'estimate',
  'reachedAsked',
  'changeAsked',
  'raisedAsked',
  'added',
  'howMany',
] as const;
export type EnglishReadingKey = (typeof ENGLISH_READING_KEYS)[number];

export interface Lexicon {
  qualifiers: Qualifiers;
  /** The last words of a part heading (工作回顾, 主要任务): where a heading glued to its paragraph ends. */
  headingEnds: WordList;
  /** The English words of a question that are read (what, growth, target…); any other is not understood. */
  englishQuestionWords: WordList;
  /** Nouns that end the name of a quantity (收入, 业务量, 总产值…); `amounts` are those naming a sum of money or value, `wholes` those a part never answers (总投资). */
  quantityNouns: WordList & { amounts: string[]; wholes: string[] };
  /** The Chinese words an English question is rewritten with (its time, what it asks, the report named). */
  englishReading: { note?: string; chinese: Readonly<Record<EnglishReadingKey, string>> };
  /** The unit kinds of an amount or a measured quantity, not of a count of things. */
  quantityKinds: { note?: string; kinds: string[] };
  /** Nouns of a measured quantity (面积, 里程) and the unit kinds that state it. */
  measureNouns: { note?: string; nouns: { noun: string; kinds: string[]; wordByWord?: boolean }[] };
  /** Long and short forms of the same words (规模以上/规上, 营业收入/营收). */
  abbreviations: { note?: string; pairs: { long: string; short: string }[] };
  /** Characters a collector's scan misread (收人 for 收入): read as meant when text is matched, kept as written. */
  misprints: { note?: string; pairs: { written: string; meant: string }[] };
  /** Openings of review paragraphs (五年来, 一年来…) and parts of a year (前三季度…): period markers. */
  periodOpenings: {
    note?: string;
    fiveYears: string[];
    lastYear: string[];
    backToReview: string[];
    partOfYear: string[];
  };
  /** The five-year plans: 十三五 (第十三个五年规划) is 2016–2020. */
  fiveYearPlans: { note?: string; plans: { name: string; fullName: string; from: number; to: number }[] };
  /** English words of a subject with the Chinese words reports use for them, alternatives in order. */
  englishWords: { note?: string; words: { en: string; zh: string[] }[] };
  /** English names of places that are not their pinyin (Hailar → 海拉尔). */
  placeExonyms: { note?: string; names: { en: string; zh: string }[] };
  indicators: IndicatorRecord[];
  units: UnitRecord[];
  english: EnglishTerm[];
  questionWords: QuestionWords;
  /** Search synonyms: each group the forms that mean the same, the reports' own wording first. */
  searchSynonyms: { note?: string; groups: string[][] };
  /** Words of the reports the segmenter keeps whole (规上工业增加值, 批而未供). */
  domainWords: WordList;
  /** Words naming two or more things together (工农业, 进出口, 中小学), whose ending names only one of them. */
  jointWords: WordList;
  /** Nouns naming a kind of undertaking (项目, 工程, 行动), not what it is about. */
  undertakingNouns: WordList;
  /** Words dropped from search queries: they carry no topic. */
  searchStopWords: WordList;
  /** Named regular-expression sources: a question's kind of figure, what it asks, a review's verdict on a plan. */
  patterns: Record<PatternName | 'note', string>;
}

/** The lexicon's named patterns; the loader requires each one and compiles it. */
export const PATTERN_NAMES = [
  'measure.change',
  'measure.growth',
  'measure.rank',
  'measure.share',
  'measure.rate',
  'measure.level',
  'ask.met',
  'ask.plan',
  'ask.allTargets',
  'ask.compare',
  'ask.national',
  'ask.asks',
  'ask.each',
  'ask.andThis',
  'ask.reportAfterYear',
  'ask.notSubject',
  'fact.comparedWith',
  'verdict.fellShort',
  'verdict.met',
  'report.meetingInBody',
  'report.asksSpeaker',
  'report.asksMeeting',
  'report.asksDate',
  'report.asksSessionDay',
  'fact.increment',
  'ask.reportFacts',
  'fact.fallVerb',
  'fact.changeTo',
  'fact.asideClause',
  'fact.priceBaseYear',
  'fact.turnedState',
  'fact.startedFrom',
  'fact.turnedVerb',
  'fact.shareOfWhole',
  'ask.doneDuring',
  'ask.planSays',
  'ask.rankMentioned',
  'english.raised',
  'english.growthNamed',
  'ask.comparedWithNation',
  'side.urban',
  'side.rural',
  'ask.partDone',
  'fact.stockNamed',
  'fact.basisOpening',
  'fact.alreadyDone',
  'verdict.perUnitBefore',
  'fact.doneToEach',
  'fact.datedBy',
  'ask.reviewedFiveYears',
  'ask.quotedFigureVerb',
  'period.futureModal',
  'fact.trailingVerb',
  'fact.modalEnd',
  'fact.restatement',
  'fact.restatementWord',
  'fact.perOnly',
  'fact.perPrefix',
  'ask.specificFigure',
  'fact.perPrefixNotAfter',
  'fact.roundBoundNotAfter',
  'fact.rankVerb',
  'fact.headingFrame',
  'period.planGoal',
  'english.reviewOf',
  'ask.money',
  'ask.moneyByVerb',
  'fact.ordinalList',
  'report.speakerInBody',
  'ask.achieved',
  'ask.noise',
  'ask.generic',
  'place.notPlace',
  'place.notStart',
  'place.after',
  'ask.modalStart',
  'ask.totalAsked',
  'ask.doneToo',
  'ask.modalEnd',
  'ask.joiner',
  'ask.genericPlan',
  'ask.cumulative',
  'fact.cumulative',
  'ask.growth',
  'ask.measureNounEnd',
  'ask.lowest',
  'ask.levelRanked',
  'fact.targetVerb',
  'targets.arrangedOpen',
  'fact.respectively',
  'fact.modalAfterComparison',
  'fact.addsToBefore',
  'fact.contrastOpens',
  'fact.cutNamed',
  'period.yearEnd',
  'ask.untilYear',
  'fact.shareOpens',
  'verdict.targetNamed',
  'fact.remainder',
  'fact.digitsInName',
  'ask.totalBefore',
  'ask.rateNameEnd',
  'fact.listOfExamples',
  'period.planNameEnd',
  'period.planNameBefore',
  'fact.shownGrowthVerb',
  'fact.shownFallVerb',
  'fact.shownChangeVerb',
  'fact.shownPointsVerb',
  'fact.shownRankVerb',
  'fact.shownPaceVerb',
  'targets.fallWords',
  'place.nameBefore',
  'targets.arrangedClose',
  'fact.verbAtEnd',
  'ask.endState',
  'ask.genericModifier',
  'fact.fillerStart',
  'fact.growthVerb',
  'fact.scope',
  'fact.forecast',
  'fact.planClause',
  'targets.intro',
  'targets.introHeading',
  'targets.planSection',
  'targets.namesAYear',
  'targets.trailing',
  'targets.listSentence',
  'targets.notATarget',
  'fact.growthQualifier',
  'ask.urbanAndRural',
  'fact.urbanRural',
  'fact.addedStated',
  'fact.reachedVerb',
  'ask.genericClassifier',
  'fact.growthNamed',
  'ask.horizon',
  'ask.added',
  'fact.growthAfter',
  'period.yearFrame',
  'ask.howMuch',
  'english.target',
  'english.estimate',
  'english.reach',
  'english.howMany',
  'english.unitNamed',
  'english.exampleAside',
  'english.cutAmount',
  'english.rankNational',
  'english.rankProvincial',
  'english.countedPair',
  'english.levelPair',
  'english.growthAndLevel',
  'ask.copulaEnd',
  'fact.relativeMarker',
  'english.relativeYear',
  'english.cumulative',
  'english.newly',
  'english.money',
  'fact.changeOpens',
  'fact.comparedWithYearBefore',
  'indicator.amountNameEnd',
  'report.otherMeeting',
  'report.eventAsked',
  'ask.sizeClass',
  'ask.countryName',
  'ask.partAfterWhole',
  'ask.fromTo',
  'ask.howMany',
  'ask.figureWords',
  'fact.purposeAfter',
  'fact.growthVerbAsWritten',
  'fact.peopleCounted',
  'period.yearSpan',
  'ask.periodWords',
  'ask.estimateOnly',
  'ask.futurePeriod',
  'ask.comparedBefore',
  'fact.listJoiner',
  'fact.yearOnlyLabel',
  'fact.rankedMeasure',
  'fact.rankAfterRate',
  'fact.levelWord',
  'fact.ageBound',
  'period.afterYearNotIt',
  'ask.rankWords',
  'ask.measureWords',
  'place.notEnd',
  'place.levelSuffix',
  'place.levelSuffixNotBefore',
  'english.ofWhole',
  'ask.howChanged',
  'ask.excludedAside',
  'ask.rankScopeBefore',
  'ask.rankScopeAfter',
  'ask.rankAfterPlace',
  'ask.subset',
  'report.onPlan',
  'fact.listIntro',
  'period.recentYears',
  'period.sinceLastYear',
  'ask.progressiveEnd',
  'english.comparedWith',
  'fact.comparisonContinues',
  'fact.streak',
  'fact.duration',
  'fact.edition',
  'fact.durationSpent',
  'fact.compoundCountHead',
  'english.reportYear',
  'english.pastFiveYears',
  'ask.runTogether',
  'fact.fromRank',
  'fact.rankedMeasureJoiner',
  'period.thisOrNextYear',
  'ask.comparedYear',
  'fact.rank',
  'fact.bareRank',
  'fact.movedRank',
  'period.multiYearReview',
  'fact.ordinalAlone',
  'fact.ordinalOpening',
  'fact.adjustment',
  'indicator.freeLead',
  'period.planOpening',
  'fact.spanWords',
  'indicator.otherStatistic',
  'indicator.ratioOf',
  'fact.ratioNamed',
  'fact.startedWhen',
  'fact.sharedIncomeTail',
  'fact.adjustedBy',
  'targets.comment',
  'targets.relative',
  'targets.inStep',
  'measure.streak',
  'measure.duration',
  'measure.edition',
  'english.measurePhrase',
  'fact.yearlyAverage',
  'targets.strive',
  'fact.comparedBaseBefore',
  'fact.examplesFrom',
  'period.monthsOfYear',
  'fact.comparedBaseAfter',
  'fact.moneyFor',
  'fact.saidOfThing',
  'fact.listLevel',
  'fact.eachAtEnd',
  'fact.adverbAtEnd',
  'ask.listPreposition',
  'period.achievedHeading',
  'ask.pastFiveYears',
  'period.planNamed',
  'period.nextFiveYears',
  'period.planSets',
  'period.planDocument',
  'period.planDraftAlone',
  'period.planDraft',
  'period.planFramedBy',
  'fact.spanOfYears',
  'fact.verbNoise',
] as const;
export type PatternName = (typeof PATTERN_NAMES)[number];

const MEASURES = new Set([
  'level',
  'growth',
  'change',
  'share',
  'rate',
  'count',
  'rank',
  'streak',
  'duration',
  'edition',
]);

/** Every problem of a lexicon, one line each; empty when it can be used. */
export function lexiconProblems(lexicon: Lexicon): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const claim = (what: string, value: string, owner: string) => {
    const key = `${what}:${value.normalize('NFKC').toLowerCase()}`;
    const before = seen.get(key);
    if (before !== undefined && before !== owner)
      problems.push(`${what} “${value}” is given to both ${before} and ${owner}`);
    else if (before !== undefined) problems.push(`${what} “${value}” is listed twice (${owner})`);
    seen.set(key, owner);
  };
  const names = new Set(lexicon.indicators.map((i) => i.name));
  for (const i of lexicon.indicators) {
    claim('name', i.name, i.name);
    claim('key', i.key, i.name);
    // An indicator's own name among its aliases is expected, not a second claim.
    seen.delete(`alias:${i.name.normalize('NFKC').toLowerCase()}`);
    for (const alias of i.aliases) claim('alias', alias, i.name);
    if (!i.aliases.includes(i.name) && !i.aliases.some((a) => a.includes(i.name)))
      problems.push(`${i.name}: its own name is not among its aliases`);
    for (const m of i.measures ?? []) if (!MEASURES.has(m)) problems.push(`${i.name}: “${m}” is not a measure`);
    for (const r of i.related ?? []) if (!names.has(r)) problems.push(`${i.name}: related “${r}” is not an indicator`);
  }
  for (const u of lexicon.units) {
    claim('unit', u.unit, u.kind);
    if (u.scale !== undefined && !(u.scale > 0)) problems.push(`unit ${u.unit}: scale must be positive`);
  }
  for (const side of ['before', 'after'] as const) {
    if ((lexicon.qualifiers?.[side] ?? []).length === 0) problems.push(`qualifiers.${side} is empty`);
    for (const q of lexicon.qualifiers?.[side] ?? []) claim(`qualifier ${side}`, q, side);
  }
  if ((lexicon.qualifiers?.approximate ?? []).length === 0) problems.push('qualifiers.approximate is empty');
  for (const q of lexicon.qualifiers?.ceilings ?? [])
    if (!(lexicon.qualifiers?.after ?? []).includes(q))
      problems.push(`qualifiers.ceilings: “${q}” is no qualifier after a figure`);
  for (const { written, meant } of lexicon.misprints?.pairs ?? [])
    if (!written || !meant || written === meant) problems.push(`misprint “${written}”: no other reading`);
  for (const list of ['headingEnds', 'englishQuestionWords', 'quantityNouns'] as const) {
    if ((lexicon[list]?.words ?? []).length === 0) problems.push(`${list} is empty`);
    for (const w of lexicon[list]?.words ?? []) claim(list, w, list);
  }
  for (const k of ENGLISH_READING_KEYS)
    if (!lexicon.englishReading?.chinese?.[k]) problems.push(`englishReading: no “${k}”`);
  const kinds = new Set(lexicon.units.map((u) => u.kind));
  for (const k of lexicon.quantityKinds?.kinds ?? [])
    if (!kinds.has(k)) problems.push(`quantityKinds: no unit of kind “${k}”`);
  for (const n of lexicon.measureNouns?.nouns ?? []) {
    claim('measure noun', n.noun, 'measureNouns');
    for (const k of n.kinds) if (!kinds.has(k)) problems.push(`measure noun ${n.noun}: no unit of kind “${k}”`);
  }
  const quantities = new Set(lexicon.quantityNouns?.words ?? []);
  for (const key of ['amounts', 'wholes'] as const)
    for (const w of lexicon.quantityNouns?.[key] ?? [])
      if (!quantities.has(w) && !(lexicon.quantityNouns?.words ?? []).some((q) => w.endsWith(q)))
        problems.push(`quantityNouns.${key}: “${w}” ends in no quantity noun`);
  for (const list of ['target', 'actual', 'asking', 'fillers', 'units'] as const) {
    const words = lexicon.questionWords?.[list] ?? [];
    if (words.length === 0) problems.push(`questionWords.${list} is empty`);
    for (const w of words) claim(`${list} word`, w.word, list);
  }
  for (const w of lexicon.englishWords?.words ?? []) {
    claim('english word', w.en, 'englishWords');
    if (w.zh.length === 0) problems.push(`english word “${w.en}” has no Chinese`);
  }
  for (const n of lexicon.placeExonyms?.names ?? []) claim('place exonym', n.en, n.zh);
  for (const list of ['fiveYears', 'lastYear', 'backToReview', 'partOfYear'] as const)
    if ((lexicon.periodOpenings?.[list] ?? []).length === 0) problems.push(`periodOpenings.${list} is empty`);
  for (const plan of lexicon.fiveYearPlans?.plans ?? []) {
    claim('five-year plan', plan.name, plan.fullName);
    if (plan.to !== plan.from + 4)
      problems.push(`five-year plan ${plan.name}: ${plan.from}–${plan.to} is not five years`);
  }
  for (const group of lexicon.searchSynonyms?.groups ?? []) {
    if (group.length < 2) problems.push(`search synonyms “${group.join('、')}” need two forms or more`);
    for (const form of group) claim('search synonym', form, group[0] ?? '');
  }
  if ((lexicon.searchStopWords?.words ?? []).length === 0) problems.push('searchStopWords is empty');
  if ((lexicon.undertakingNouns?.words ?? []).length === 0) problems.push('undertakingNouns is empty');
  for (const name of PATTERN_NAMES) {
    const source = lexicon.patterns?.[name];
    if (typeof source !== 'string' || !source) problems.push(`pattern ${name} is missing`);
    else
      try {
        new RegExp(source, 'u');
      } catch {
        problems.push(`pattern ${name} does not compile`);
      }
  }
  for (const term of lexicon.english) {
    try {
      new RegExp(term.pattern, 'iu');
    } catch {
      problems.push(`english pattern “${term.pattern}” does not compile`);
    }
  }
  return problems;
}

function load(): Lexicon {
  const lexicon = data as Lexicon;
  const problems = lexiconProblems(lexicon);
  if (problems.length > 0) throw new Error(`src/lexicon/lexicon.json: ${problems.join('; ')}`);
  return lexicon;
}

export const LEXICON: Lexicon = load();

/** Every bound a report writes before a figure: those before any figure, and those only a round one takes (过百亿). */
export const BOUNDS_BEFORE: readonly string[] = [...LEXICON.qualifiers.before, ...LEXICON.qualifiers.roundBefore];

const UNITS = new Map(LEXICON.units.map((u) => [u.unit, u]));

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Words as alternatives of a pattern source, longest first (不低于 before 低于, 将近 before 近). */
export function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

function wordSource(w: QuestionWord): string {
  const after = w.notAfter?.length ? `(?<!${w.notAfter.map(escapeRegExp).join('|')})` : '';
  return `${after}${escapeRegExp(w.word)}${w.notBefore?.length ? `(?!${w.notBefore.map(escapeRegExp).join('|')})` : ''}`;
}

/** One list of question words as a pattern: any of them, each not followed by what makes it a name. */
export function questionWordsPattern(list: keyof QuestionWords, flags = 'u'): RegExp {
  const sources = LEXICON.questionWords[list].map(wordSource).sort((a, b) => b.length - a.length);
  return new RegExp(sources.join('|'), flags);
}

/** One of the lexicon's named patterns, compiled with `flags` (Unicode mode always). */
export function lexiconPattern(name: PatternName, flags = 'u'): RegExp {
  return new RegExp(LEXICON.patterns[name], flags.includes('u') ? flags : `${flags}u`);
}

/** Abbreviations, longest long form first. */
const ABBREVIATIONS = [...LEXICON.abbreviations.pairs].sort((a, b) => b.long.length - a.long.length);

/** A text with the lexicon's long forms written short (软件和信息服务业营业收入 → 软件和信息服务业营收). */
const MISPRINTS = LEXICON.misprints.pairs;

/** A text as meant where a scan misread it (可支配收人 → 可支配收入): for matching only, never for quoting. */
export const asMeant = memoized((text: string): string => {
  let out = text;
  for (const { written, meant } of MISPRINTS) out = out.split(written).join(meant);
  return out;
});

export const shortForms = memoized((text: string): string => {
  let out = text;
  for (const { long, short } of ABBREVIATIONS) out = out.split(long).join(short);
  return out;
});

/** Five-year plans, longest name first, so 十五五 is never read as 十五 or 五五. */
const PLANS = [...LEXICON.fiveYearPlans.plans].sort((a, b) => b.name.length - a.name.length);
/** What stands right before a plan a comparison names (比“十三五”时期): the lexicon's ask.comparedBefore. */
const COMPARED_BEFORE = lexiconPattern('ask.comparedBefore');
/** What follows a plan's short name where it names the plan (期间, 末; 这五年): the lexicon's period.planName*. */
const PLAN_NAME_END = LEXICON.patterns['period.planNameEnd'];
const PLAN_NAME_BEFORE = LEXICON.patterns['period.planNameBefore'];

/**
 * The five-year plan a text names: its full name (第一个五年计划), or its short name where it cannot be another
 * word — in quotes (“十五”), or before 期间/时期/计划/规划/以来/末 (十三五期间). The first named wins, but not one
 * a comparison names (“九五”期间…比“八五”时期增长: 八五 is what 九五 is compared with). Null when none.
 */
export const fiveYearPlanIn = memoized(namedFiveYearPlan);

function namedFiveYearPlan(text: string): { written: string; from: number; to: number } | null {
  const named: { at: number; compared: boolean; plan: { written: string; from: number; to: number } }[] = [];
  for (const p of PLANS) {
    const full = text.indexOf(p.fullName);
    const m =
      full >= 0
        ? { index: full, 0: p.fullName }
        : new RegExp(
            `(?<![一二三四五六七八九十])“?${p.name}”?(?=${PLAN_NAME_END}|${PLAN_NAME_BEFORE}|(?<=”))(?:${PLAN_NAME_END})?`,
            'u',
          ).exec(text);
    if (!m) continue;
    const at = m.index ?? 0;
    named.push({
      at,
      compared: COMPARED_BEFORE.test(text.slice(0, at)),
      plan: { written: m[0], from: p.from, to: p.to },
    });
  }
  named.sort((a, b) => Number(a.compared) - Number(b.compared) || a.at - b.at);
  return named[0]?.plan ?? null;
}

/**
 * A figure in its kind's smallest unit, so 1.3万亿元 ranks above 900亿元; null when the unit is not one
 * the lexicon knows. Figures of different kinds are not comparable: callers compare only like kinds.
 */
/**
 * Whether a figure in `unit` states the quantity `noun` names (面积 by 平方米, 亩…): the lexicon's measureNouns;
 * those marked wordByWord only for an English subject's rendering.
 */
export function unitStates(noun: string, unit: string | null, wordByWord = false): boolean {
  const kind = unit ? UNITS.get(unit)?.kind : undefined;
  return (
    kind !== undefined &&
    LEXICON.measureNouns.nouns.some(
      (n) => n.noun === noun && n.kinds.includes(kind) && (wordByWord || n.wordByWord !== true),
    )
  );
}

export function inBaseUnit(number: number, unit: string | null): { kind: string; value: number } | null {
  const u = unit ? UNITS.get(unit) : undefined;
  return u ? { kind: u.kind, value: number * (u.scale ?? 1) } : null;
}
