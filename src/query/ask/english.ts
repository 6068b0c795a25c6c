import { isIndicatorName } from '../../facts/indicators.js';
import { chineseGlossing } from '../../lexicon/dictionary.js';
import { escapeRegExp, LEXICON, lexiconPattern } from '../../lexicon/lexicon.js';
import { intToChineseNumber } from '../../text/normalize.js';

/** The Chinese words the English reader writes its question with (the lexicon's englishReading). */
const ZH = LEXICON.englishReading.chinese;

/**
 * English questions for the common indicators and question shapes, rewritten as the Chinese question
 * they ask, so one parser answers both. The answer sentence then comes back in English.
 */
/** The lexicon's English phrases, each with the Chinese words it stands for. */
const ENGLISH_TERMS: readonly [RegExp, string][] = LEXICON.english.map((t) => [new RegExp(t.pattern, 'iu'), t.chinese]);

/** The term the question names: the longest phrase found wins (urban disposable income over income). */
function termIn(q: string): { matched: string; chinese: string } | null {
  let best: { matched: string; chinese: string } | null = null;
  for (const [pattern, chinese] of ENGLISH_TERMS) {
    const m = pattern.exec(q);
    if (m && (!best || m[0].length > best.matched.length)) best = { matched: m[0], chinese };
  }
  return best;
}

/**
 * The indicator a term names, with the word right before it when the two name another indicator whole: urban
 * fixed-asset investment is 城镇固定资产投资, a statistic of its own, never answered by 全社会固定资产投资.
 */
function scopedIndicator(q: string, term: { matched: string; chinese: string }): string {
  const before = /([a-z]+)[\s-]*$/iu.exec(q.slice(0, q.indexOf(term.matched)))?.[1]?.toLowerCase();
  const renderings = before ? (listed(ENGLISH_WORDS, before) ?? []) : [];
  const scoped = renderings.map((zh) => `${zh}${term.chinese}`).find(isIndicatorName);
  return scoped ?? term.chinese;
}

/** The lexicon's English question words; any other word (besides place, year and term) is not understood. */
const QUESTION_WORDS = new Set(LEXICON.englishQuestionWords.words);

/**
 * The forms a word may be listed under: itself, then its stems — plurals (-s, -es, -ies), -ing and -ed (with
 * a doubled consonant or a dropped e: cutting → cut, reorganized → reorganize), and British spellings
 * (centre → center, organise → organize). The lexicon lists a word once.
 */
function stems(word: string): string[] {
  const out = [word];
  const add = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s')) add(word.slice(0, -1));
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    add(base);
    add(`${base}e`);
    if (/([b-df-hj-np-tv-z])\1$/u.test(base)) add(base.slice(0, -1));
    if (suffix === 'ed' && base.endsWith('i')) add(`${base.slice(0, -1)}y`);
  }
  // British spellings, of the word and of its stems (centres → centre → center).
  for (const w of [...out]) if (w.endsWith('re')) add(`${w.slice(0, -2)}er`);
  if (/is(?:e|ed|es|ing|ation)$/u.test(word))
    for (const w of [...out]) add(w.replace(/is(e|ed|es|ing|ation)$/u, 'iz$1'));
  return out;
}

/**
 * An ordinal (7th, 21st) is the 第N a report writes before a meeting, a congress or a session, in figures or
 * in Chinese numerals (第七届, 第7届).
 */
function ordinal(word: string): string[] | undefined {
  const n = /^(\d{1,3})(?:st|nd|rd|th)$/u.exec(word)?.[1];
  return n ? [`第${intToChineseNumber(Number(n))}`, `第${n}`] : undefined;
}

/** The lexicon's entry for a word or one of its stems. */
/** A list, or undefined when it is empty. */
function nonEmpty<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length > 0 ? list : undefined;
}

function listed<T>(map: ReadonlyMap<string, T>, word: string): T | undefined {
  for (const form of stems(word)) {
    const found = map.get(form);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A question word, or its -s or -ed form: not its -ing form, which is often a noun naming a subject of its
 * own (housing, funding, parking, heating), never dropped as a question word.
 */
const KNOWN_WORDS = {
  has: (word: string) =>
    QUESTION_WORDS.has(word) || (!word.endsWith('ing') && stems(word).some((w) => QUESTION_WORDS.has(w))),
};

/** English, with at most a short Chinese term in it ("…cut its “three public expenses” (三公经费) in 2022?"). */
export function isEnglish(question: string): boolean {
  const han = question.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = question.match(/[a-z]/giu)?.length ?? 0;
  return /[a-z]{3,}/iu.test(question) && han <= 8 && latin > 4 * han;
}

/** "How much did <City>'s GDP grow in <year>?" → "<city> <year>年 地区生产总值 增长了多少". Null when no indicator is named. */
export function englishToChinese(question: string): string | null {
  const q = question.replace(/[’']s\b/gu, ' ').replace(/[?？!.]/gu, ' ');
  const term = termIn(q);
  const indicator = term && scopedIndicator(q, term);
  const year = /\b((?:19|20)\d{2})\b/u.exec(q.replace(ENGLISH_COMPARED_WITH, ' '))?.[1];
  const ranking = /\bwhich (?:city|cities|place)|\bhighest\b|\bfastest\b|\blowest\b|\bslowest\b|\brank/iu.test(q);
  // "planned", "plans to" ask a target; "the 14th Five-Year Plan" names a period.
  const target = TARGET_WORDS.test(q);
  const met = /\b(?:meet|met|reach|reached|achieve|achieved|hit)\b.*\b(?:target|goal)\b/iu.test(q);
  const growth = /\bgrow(?:th|n)?\b|\bgrew\b|\bincrease[ds]?\b|\brise\b|\brose\b|\bfell\b|\bfall\b|\bchange\b/iu.test(
    q,
  );
  // "over the 15th Five-Year Plan (2026-2030)": the plan's years, asked as the plan's period.
  const plan = FIVE_YEAR_PLAN.exec(q);
  const place = (q.replace(plan?.[0] ?? '\u0000', ' ').match(/\b[A-Z][a-z]+(?:['’][a-z]+)?\b/gu) ?? [])
    .map((w) => w.toLowerCase().replace(/['’]/gu, ''))
    .filter((w) => !KNOWN_WORDS.has(w))
    .join(' ');
  // (a place whose English name is no pinyin, Hailar, is written as the reports write it: 海拉尔 — and one of several
  // words, the State Council, whichever of its words the dictionary knows)
  const several = MULTIWORD_PLACES.find((name) => q.toLowerCase().includes(name));
  const placeWritten = several ? (EXONYMS.get(several) ?? several) : (EXONYMS.get(place) ?? place);
  if (!indicator) return null;
  // Words this reading does not know ("went to Belt and Road countries") change what is asked: rather than
  // answer the indicator alone, leave the question unread (the answer then says it was not found).
  const unread = q
    .replace(term!.matched, ' ')
    .replace(/\b[A-Z][a-z]+\b/gu, ' ')
    .toLowerCase()
    .match(/[a-z]{3,}/gu)
    ?.filter((w) => !KNOWN_WORDS.has(w));
  if (unread && unread.length > 0) return null;
  // "at the end of the 14th Five-Year Plan" is the plan's last year, not its five years.
  const planEnd = plan && /\b(?:at|by) the end of\b/iu.test(q) ? planYears(PLAN_NUMBERS[plan[1]!]!)?.to : undefined;
  const reportYear = reportYearIn(q);
  const span = spanIn(q.replace(ENGLISH_COMPARED_WITH, ' '));
  const when = reportYear
    ? reportNamed(reportYear, ENGLISH_PAST_FIVE_YEARS.test(q), q)
    : planEnd
      ? `${planEnd}年`
      : plan
        ? `${PLAN_NUMBERS[plan[1]!]}${ZH.during}`
        : span
          ? span
          : year
            ? `${year}年`
            : target
              ? ZH.thisYear
              : ZH.lastYear;
  if (met) return `${placeWritten} ${when}${indicator}${ZH.met}`;
  // "Where did Anhui's … rank nationally": the rank of the place named, not which place ranks first.
  if (ranking && placeWritten !== '' && /\brank/iu.test(q) && !/\bwhich (?:city|cities|place)/iu.test(q)) {
    const where = RANK_NATIONAL.test(q) ? ZH.national : RANK_PROVINCIAL.test(q) ? ZH.provincial : '';
    return `${placeWritten} ${when}${indicator}${growth ? ZH.growthRanked : ''}${where}${ZH.rankAsked}`;
  }
  if (ranking)
    return `${when}${ZH.which}${indicator}${target ? ZH.target : ''}${growth ? ZH.growth : ''}${/lowest|slowest/iu.test(q) ? ZH.lowest : ZH.highest}`;
  // ("…expected to reach in 2003": where it got to, an amount — never a growth, target or not)
  const reach = !growth && REACH.test(q);
  if (target)
    return `${placeWritten} ${when}${indicator}${growth ? ZH.growth : ''}${reach ? `${ZH.target}${ZH.reachedAsked}` : ZH.targetAsked}`;
  // "What was <City>'s GDP": the amount itself, never its growth.
  return `${placeWritten} ${when}${indicator}${growth ? ZH.grewAsked : reach ? ZH.reachedAsked : ZH.amountAsked}`;
}

/** Where an English question asks a place's rank: the lexicon's english.rankNational and english.rankProvincial. */
const RANK_NATIONAL = lexiconPattern('english.rankNational', 'i');
const RANK_PROVINCIAL = lexiconPattern('english.rankProvincial', 'i');

/** The lexicon's English names of places that are not their pinyin (hailar → 海拉尔). */
const EXONYMS = new Map(LEXICON.placeExonyms.names.map((n) => [n.en, n.zh]));

/** A unit of measure right after a number (2.6 km, 6.5 percent): the number is a figure, not part of a name. */
const UNIT_AFTER = new RegExp(`^\\s*(?:${LEXICON.patterns['english.unitNamed']})`, 'iu');

/** The lexicon's English subject words, each with the Chinese words reports use for it. */
const ENGLISH_WORDS = new Map(LEXICON.englishWords.words.map((w) => [w.en, w.zh]));

/** The lexicon's English phrases of several words, longest first. */
const PHRASES = LEXICON.englishWords.words
  .filter((w) => /[\s-]/u.test(w.en) && w.en.includes(' '))
  .map(
    (w) =>
      // (whole words only, its last with a plural's s or es: rural labor is no part of rural laborers)
      [w.en, w.zh, new RegExp(`(?<![a-z])${escapeRegExp(wordsSpaced(w.en))}(?:e?s)?(?![a-z])`, 'u')] as const,
  )
  .sort((a, b) => b[0].length - a[0].length);

/** Whether a phrase's Chinese is its words' own, one after the other. */
function compositional(phrase: string, zh: readonly string[]): boolean {
  const each = phrase.split(/\s+/u).map((w) => listed(ENGLISH_WORDS, w)?.[0]);
  return each.every((w) => w !== undefined) && each.join('') === zh[0];
}

/**
 * A phrase of the lexicon read word by word, for a report that does not write its Chinese (retail sales of social
 * commodities: 零售, 商品… where the 1959 report writes 社会商品零售总额, not 社会消费品零售总额): each word the lexicon or
 * the dictionary knows, in its renderings; words that are only questions' own (of, the) are left out. Null when a
 * word has no reading: the phrase is then read whole or not at all.
 */
export function phraseWordByWord(phrase: string): string[][] | null {
  const words = phrase.split(/[\s-]+/u).filter((w) => w.length >= 2 && !KNOWN_WORDS.has(w));
  const read = words.map((w) => {
    const listedWays = listed(ENGLISH_WORDS, w) ?? [];
    return [...new Set([...listedWays, ...chineseGlossing(w)])];
  });
  return read.length >= 2 && read.every((ways) => ways.length > 0) ? read : null;
}

/**
 * Whether an English question asks how much something was raised or increased, not how fast it grew ("by how much
 * per person per year did … raise its allowance"): read as 提高了多少, which an amount raised answers as a rate does.
 */
/** The words of an English question asking an amount raised, and those naming a growth (the lexicon's english.*). */
const RAISED = lexiconPattern('english.raised', 'i');
const GROWTH_NAMED = lexiconPattern('english.growthNamed', 'i');

function raisedOnly(asked: string): boolean {
  return RAISED.test(asked) && !GROWTH_NAMED.test(asked);
}

/** A five-year plan's years, by its short name (十四五 → 2021–2025), from the lexicon. */
function planYears(name: string): { from: number; to: number } | undefined {
  return LEXICON.fiveYearPlans.plans.find((p) => p.name === name);
}

/** "the 14th Five-Year Plan", "during the 13th FYP": the five-year plan a question names, in Chinese. */
const FIVE_YEAR_PLAN = /\b(\d{1,2})(?:st|nd|rd|th)\s+(?:five[- ]year[- ]plan|fyp)\b/iu;
/** The nth plan's short name (10 → 十五, 14 → 十四五): the lexicon's plans in their order. */
const PLAN_NUMBERS: Readonly<Record<string, string>> = Object.fromEntries(
  [...LEXICON.fiveYearPlans.plans].sort((a, b) => a.from - b.from).map((p, i) => [String(i + 1), p.name]),
);

/**
 * An English question about a subject no indicator names ("How many national modern agricultural
 * industrial parks did Henan add…"), read word by word: its place, year or five-year plan, what kind of
 * figure it asks, and its subject as the Chinese words reports use (alternatives per word, matched so).
 * When a word is neither a question word, a place nor a subject word — nor a name the place's reports write,
 * spelled in pinyin — it is left unread: the words not known are given, for the answer to say. Null when it
 * names no subject.
 */
/** The lexicon's English place names of more than one word. */
const MULTIWORD_PLACES = LEXICON.placeExonyms.names.map((n) => n.en).filter((en) => en.includes(' '));

export function englishSubject(
  question: string,
  placeName: (word: string) => string | null,
  spelledIn: (word: string, places: readonly string[]) => readonly string[] = () => [],
):
  | { chinese: string; words: string[][]; inEnglish: (string | null)[]; joined: boolean }
  | { unknown: string[] }
  | null {
  // Thousands are read without their separators (10,000-mu is 10000-mu), before commas become spaces; examples
  // in brackets (e.g. the Beijing–Shanghai line) are no part of the subject.
  const q = question
    .replace(EXAMPLE_ASIDE, ' ')
    // (an English gloss in quotation marks before the Chinese term it renders, "specialized, refined, distinctive and
    // innovative" (专精特新), is that term: the term is read, not its gloss)
    .replace(GLOSS_BEFORE_TERM, ' ')
    .replace(/(\d),(?=\d{3}\b)/gu, '$1')
    .replace(/[’']s\b/gu, ' ')
    // (a point between digits is a decimal point, PM2.5, never the end of a sentence)
    .replace(/[“”"()（）?？!,;:]|\.(?!\d)/gu, ' ');
  const plan = FIVE_YEAR_PLAN.exec(q);
  // ("compared with 2020", "than in 2020": the year compared with is no year asked)
  const rest = (plan ? q.replace(plan[0], ' ') : q).replace(ENGLISH_COMPARED_WITH, ' ');
  // (a number written with a thousands separator, its 2,000 provincial key projects, counts: it is no year)
  const counted = new Set((question.match(/\b\d{1,3}(?:,\d{3})+\b/gu) ?? []).map((n) => n.replace(/,/gu, '')));
  const year = [...rest.matchAll(/\b((?:19|20)\d{2})\b/gu)].map((m) => m[1]!).find((y) => !counted.has(y));
  // "(2007-2011)": a span of years is the period asked, read as the Chinese question writes it.
  const span = spanIn(rest);
  // A Chinese term written in the question is its own subject word; phrases of the lexicon (above
  // designated size) are read before single words.
  // Each subject word is kept with where it stands, so the Chinese subject reads in the question's order
  // (rural sewage treatment rate → 农村污水处理率: what ends it is its head noun).
  // (…and each word read from the lexicon keeps the English word it renders, for the dictionary's other renderings)
  // (the whole a question counts a part of, Of the 1,000 rural 'water basin' projects…, how many are small
  // reservoirs: no subject word — its place and numbers stay, read as ever)
  const subjectText = rest.replace(ENGLISH_OF_WHOLE, (m) =>
    m.replace(/[^\s]+/gu, (w) => (placeName(w.toLowerCase()) !== null || /^\d+$/u.test(w) ? w : ' '.repeat(w.length))),
  );
  const found: { at: number; zh: readonly string[]; written?: boolean; en?: string }[] = [
    ...subjectText.matchAll(/\p{Script=Han}+/gu),
  ].map((m) => ({
    at: m.index ?? 0,
    zh: [m[0]],
    written: true,
  }));
  let text = subjectText.toLowerCase();
  // Where a phrase read word by word stands: no shorter phrase reaching across its edge takes one of its
  // words (the public of "raise the public transport share" is public transport's, not the phrase the
  // public); a phrase inside it (value added in industrial value added) is still read.
  const wordByWord: { from: number; to: number }[] = [];
  const acrossEdge = (from: number, to: number) =>
    wordByWord.some((w) => from < w.to && w.from < to && (from < w.from || to > w.to));
  for (const [phrase, zh, wholeWords] of PHRASES) {
    // (public-transport is the phrase public transport: a hyphen between words joins them as a space does)
    const m = wholeWords.exec(wordsSpaced(text));
    const at = m?.index ?? -1;
    const length = m?.[0].length ?? 0;
    if (at < 0 || acrossEdge(at, at + length)) continue;
    // A phrase that says no more than its words (sewage treatment → 污水处理 = 污水 + 处理) is read word by
    // word, so each word keeps its alternatives (处理 or 治理); an idiom (three public expenses → 三公经费) is
    // read whole.
    if (compositional(phrase, zh)) {
      wordByWord.push({ from: at, to: at + length });
      continue;
    }
    found.push({ at, zh, en: phrase });
    // Blanked to its length, so the positions of the words after it stay where they were.
    text = `${text.slice(0, at)}${' '.repeat(length)}${text.slice(at + length)}`;
  }
  // "average annual growth rate": the kind of figure asked, no subject word (平均, 全年, 率); read below.
  const measureWords = MEASURE_PHRASE.exec(text)?.[0] ?? '';
  if (measureWords) text = text.replace(MEASURE_PHRASE, (m) => ' '.repeat(m.length));
  // ("cumulatively", "in total": a figure in all, asked as 累计 below — no subject word either)
  text = text.replace(CUMULATIVE_WORDS, (m) => ' '.repeat(m.length));
  // ("its review of 2025": where the figure is told, the year read as any year is)
  text = text.replace(REVIEW_OF, (m) => ' '.repeat(m.length));
  const places: string[] = [];
  // A place whose English name is several words (State Council, Inner Mongolia) is read whole.
  for (const name of MULTIWORD_PLACES) {
    const at = text.indexOf(name);
    const place = at >= 0 ? placeName(name.replace(/[^a-z0-9]/gu, '')) : null;
    if (!place) continue;
    places.push(place);
    text = `${text.slice(0, at)}${' '.repeat(name.length)}${text.slice(at + name.length)}`;
  }
  const unknown: string[] = [];
  const unread: { at: number; word: string }[] = [];
  // (an apostrophe inside a word is a syllable mark of a place name: Gao'an, Xi'an)
  for (const m of text.matchAll(/[a-z0-9][a-z0-9&.+'’-]*/gu)) {
    // (a hyphen left at a word's edge by a phrase read out of it — power- of power-generating capacity — is no part of it)
    const word = m[0].replace(/[.'’-]+$/u, '');
    if (/^\d+$/u.test(word) || YEAR_SPAN.test(word) || word.length < 2) continue;
    // (a number with a point, 5.0 of "5.0 industrial new space" or "Two Links 2.0", is part of a name, written as the
    // report writes it; before a unit or %, 6.5%, it is a figure of the question, no subject word)
    if (/^\d+\.\d+$/u.test(word)) {
      const after = text.slice((m.index ?? 0) + word.length);
      if (!/^\s*%/u.test(after) && !UNIT_AFTER.test(after)) found.push({ at: m.index ?? 0, zh: [word] });
      continue;
    }
    const zh = listed(ENGLISH_WORDS, word) ?? ordinal(word);
    // A compound the lexicon does not list (public-welfare, technology-upgrade, imports+exports, 10000-mu) is
    // read by its parts; a number among them is a figure of the question, read as the year and figures are.
    const parts = !zh && /[-+]/u.test(word) ? word.split(/[-+]/u).filter(Boolean) : [];
    // (…a part the lexicon does not list in the dictionary's renderings: sauce-aroma → 酱, 香)
    const partReading = (p: string) => listed(ENGLISH_WORDS, p) ?? ordinal(p) ?? nonEmpty(chineseGlossing(p));
    const partsRead = parts.length > 1 && parts.every((p) => /^\d+$/u.test(p) || partReading(p) || KNOWN_WORDS.has(p));
    if (zh) found.push({ at: m.index ?? 0, zh, en: word });
    else if (partsRead)
      for (const p of parts) {
        const each = KNOWN_WORDS.has(p) ? undefined : partReading(p);
        if (each) found.push({ at: (m.index ?? 0) + word.indexOf(p), zh: each, en: p });
      }
    // (letters and digits together, H1N1 or G60, are a name the report writes in Latin letters as the question does)
    else if (/[a-z]/u.test(word) && /\d/u.test(word)) found.push({ at: m.index ?? 0, zh: [word] });
    else {
      const place = placeName(word.replace(/['’]/gu, ''));
      if (place) places.push(place);
      else if (!KNOWN_WORDS.has(word) && word.length >= 3) unread.push({ at: m.index ?? 0, word });
    }
  }
  // A word no reading knows may be a name the place's reports write, spelled in pinyin (Gezhouba → 葛洲坝).
  // …else a word the general dictionary glosses (conscripts → 义务兵, 征召…), matched in any of its renderings.
  for (const { at, word } of unread) {
    const names = /^[a-z'’]+$/u.test(word) ? spelledIn(word, places) : [];
    const glossed = names.length > 0 ? [] : chineseGlossing(word);
    if (names.length > 0) found.push({ at, zh: names });
    else if (glossed.length > 0) found.push({ at, zh: glossed });
    else unknown.push(word);
  }
  // A Chinese term the question writes (skills training (技能性培训)) names its subject as the report does: the
  // English words around it that no reading knows are its gloss, not more of the subject.
  const hanTerm = /\p{Script=Han}{2}/u.test(rest);
  if (unknown.length > 0 && !hanTerm) return { unknown };
  // (two English words may say one Chinese word — new … add, 新增 — or one say a part of another's —
  // pedestrian, footbridge: 人行, 人行天桥 — which the subject holds once)
  // (a word that may name the place asked, national of the State Council's 全国, is the place, no subject word)
  const sorted = found.filter((f) => !f.zh.some((z) => places.includes(z))).sort((a, b) => a.at - b.at);
  const read = sorted.map((f) => [...f.zh]);
  const words = withoutImplied(read);
  // (not when the question joins subjects with "and": the term may name only one of them — proof-of-concept
  // centers and pilot-scale (中试) platforms)
  const writtenTerms = /\band\b/iu.test(rest)
    ? []
    : words.filter((w) => {
        const term = sorted[read.indexOf(w)];
        return term?.written === true && (term.zh[0]?.length ?? 0) >= 2 && !placeName(term.zh[0]!);
      });
  // (no place named: the question is read without one, and the State Council's reports answer it when only they
  // cover its year)
  if (words.length === 0) return null;
  // What kind of figure is asked, read from the words left once the subject's phrases are taken out: the
  // growth in "population growth rate" names the rate, it asks no growth.
  const asked = `${plan ? ' ' : ''}${text} ${measureWords}`;
  // ("does X expect for 2016": the report's estimate of its own year, 预计, neither a target nor the next review)
  const estimate = ESTIMATE.test(asked);
  const target = !estimate && TARGET_WORDS.test(asked);
  const growth =
    /\bby how much\b|\bgrow(?:th|n)?\b|\bgrew\b|\brise\b|\brose\b|\bfell\b|\bfall\b|\bcuts?\b|\breduced?\b|\bdecline[ds]?\b|\bdecrease[ds]?\b|\bdrop(?:ped|s)?\b/iu.test(
      asked,
    );
  const rank = /\brank(?:ed|s|ing)?\b/iu.test(asked);
  // "by how many percentage points (a year)": a change in points, not a share.
  const points = /\bpercentage points?\b/iu.test(asked);
  const yearly = /\b(?:a|per) year\b|\bannual(?:ly)?\b|\bon average\b/iu.test(asked) ? ZH.yearly : '';
  const share = !points && /\bshare\b|\bproportion\b|\bpercentage\b|\bportion\b/iu.test(asked);
  // "how much money", "how much … invest": an amount in money (多少钱), never a count.
  const money = MONEY.test(asked);
  // "how long" (a road, a railway): a length, asked in the unit reports give lengths in.
  const length = /\bhow long\b/iu.test(asked);
  // "how many mu": a figure in that unit, asked as the Chinese question asks it (多少亩).
  const unitAsked = UNITS_ASKED.find((u) => u.asked.test(asked))?.unit;
  const relative = RELATIVE_YEAR.exec(rest)?.[1]?.toLowerCase();
  // "Zhumadian's 2012 work report, looking back over the past five years": the year names the report, and the
  // five years are those it reviews — asked as the Chinese question words them (2012年报告回顾过去五年).
  const reportYear = reportYearIn(rest);
  const pastFive = ENGLISH_PAST_FIVE_YEARS.test(rest);
  const when = reportYear
    ? reportNamed(reportYear, pastFive, rest)
    : span
      ? span
      : year
        ? `${year}年`
        : plan && PLAN_NUMBERS[plan[1]!]
          ? // ("by the end of the 10th Five-Year Plan": where the plan's years arrived, 十五末)
            `${PLAN_NUMBERS[plan[1]!]}${/\b(?:at|by) the end of\b/iu.test(rest) ? ZH.planEnd : ZH.during}`
          : relative
            ? RELATIVE_YEARS[relative]!
            : '';
  // 增长了 asks what was achieved: a growth target is asked without 了.
  const ask = rank
    ? ZH.rankAsked
    : points
      ? `${yearly}${ZH.pointsAsked}`
      : share
        ? ZH.shareAsked
        : CUT_AMOUNT.test(asked)
          ? ZH.cutAsked
          : growth
            ? `${yearly}${target ? ZH.growthPlanned : raisedOnly(asked) ? ZH.raisedAsked : ZH.grewAsked}`
            : money
              ? ZH.moneyAsked
              : length
                ? ZH.lengthAsked
                : unitAsked
                  ? `${ZH.howMany}${unitAsked}`
                  : target
                    ? ZH.targetAsked
                    : ZH.isAsked;
  // "in total": a figure in all, asked as the Chinese question asks it (累计…多少).
  // (read in the question as written: its words were blanked from the text once read)
  const inAll = CUMULATIVE.test(q) ? ZH.cumulative : '';
  // ("newly transfer": what is added, asked as 新增 — unless a word read says it already)
  const newly = NEWLY.test(q) && !words.some((w) => w[0]!.startsWith(ZH.added)) ? ZH.added : '';
  // (two indicators joined by "and" — new urban jobs and the registered urban unemployment rate — are two
  // subjects, asked as the Chinese question asks them: 城镇新增就业和城镇登记失业率)
  const andAt = [...text.matchAll(/\band\b/gu)].map((m) => m.index ?? 0);
  const joined = (i: number) => {
    const [a, b] = [read.indexOf(words[i - 1]!), read.indexOf(words[i]!)].map((k) => sorted[k]?.at ?? -1);
    return (
      andAt.some((at) => at > a! && at < b!) && isIndicatorName(words[i - 1]![0]!) && isIndicatorName(words[i]![0]!)
    );
  };
  const subject = words.map((alternatives, i) => `${i > 0 && joined(i) ? ZH.and : ''}${alternatives[0]}`).join('');
  return {
    chinese: `${places.join(' ')} ${when}${inAll}${newly}${subject}${target && !ask.includes(ZH.target) ? ZH.target : ''}${estimate ? ZH.estimate : ''}${ask}`,
    // A Chinese term the question writes itself (“渝邻汇”, 县域就诊率) is what must be found, as the report writes it:
    // the English words around it are its gloss, rendered as a guess (complexes → 综合体 where the report says
    // 服务体), which only break ties (they stay in the subject read). A place's name is no such term.
    words: writtenTerms.length > 0 ? writtenTerms : words,
    // The English word each Chinese word renders (none for a phrase or a term written in Chinese): its dictionary
    // renderings are what a report may write where the lexicon's is not (整车销售 for "vehicle sales"), tried by the
    // figure reader only when the lexicon's find nothing — the dictionary is not read for a question they answer.
    inEnglish: (writtenTerms.length > 0 ? writtenTerms : words).map((w) => sorted[read.indexOf(w)]?.en ?? null),
    // ("and" between two of its words: two things may be asked, and a figure matching one in part answers neither)
    joined: andAt.some((at) => at > (sorted[0]?.at ?? 0) && at < (sorted.at(-1)?.at ?? 0)),
  };
}

/**
 * Whether a text holding any of `b`'s ways holds one of `a`'s: every way of b contains a way of a of two
 * characters or more (a single character, 新 of "new", stands inside too many words to be said by them).
 */
function implies(b: readonly string[], a: readonly string[]): boolean {
  return b.every((wb) => a.some((wa) => wa.length >= 2 && wb.includes(wa)));
}

/**
 * The subject's words without those another word already says: a word is dropped when a text holding the
 * other holds it too (新增 of "new" when "add" is 新增; 劳动 of "labour" beside 劳动生产率), the first kept
 * of two that say each other; the word kept stands where the first of them stood (new … add → 新增…).
 */
function withoutImplied(words: readonly string[][]): string[][] {
  const saidBy = (i: number) =>
    words.findIndex((b, j) => j !== i && implies(b, words[i]!) && (!implies(words[i]!, b) || j < i));
  const kept = words.map((w, i) => ({ w, origin: i, at: i })).filter(({ origin }) => saidBy(origin) < 0);
  for (let i = 0; i < words.length; i += 1) {
    const by = kept.find((k) => k.origin === saidBy(i));
    if (by && i < by.at) by.at = i;
  }
  return kept.sort((x, y) => x.at - y.at).map((k) => k.w);
}

/**
 * "in its 2012 work report": the report named, as the Chinese question words it (2012年报告里), with the data
 * year if another is named, or the five years it reviews (2012年报告回顾过去五年).
 */
function reportNamed(reportYear: string, pastFive: boolean, q: string): string {
  if (pastFive) return `${reportYear}${ZH.reviewsFiveYears}`;
  // (a span of years asked of the report: its five years, 1952—1956年)
  const span = spanIn(q);
  if (span) return `${reportYear}${ZH.reportIn}${span}`;
  const other = [...q.matchAll(/\b((?:19|20)\d{2})\b/gu)].map((m) => m[1]).find((y) => y !== reportYear);
  return `${reportYear}${ZH.reportIn}${other ? `${other}年` : ''}`;
}

/** Two things counted together (how many forest towns and forest villages did…): the lexicon's english.countedPair. */
const COUNTED_PAIR = lexiconPattern('english.countedPair', 'i');
/** Two levels of one thing counted together (national-level and provincial-level centers): english.levelPair. */
const LEVEL_PAIR = lexiconPattern('english.levelPair', 'i');

/** An indicator's growth and its level asked together (the lexicon's english.growthAndLevel). */
const GROWTH_AND_LEVEL = lexiconPattern('english.growthAndLevel', 'i');

/** "How much … cut … by": the amount of a cut or its rate (the lexicon's english.cutAmount). */
const CUT_AMOUNT = lexiconPattern('english.cutAmount', 'i');

/** A quoted English phrase right before a bracketed Chinese term: the term's gloss. */
const GLOSS_BEFORE_TERM = /["“'‘][^"”'’]+["”'’]\s*(?=[(（]\s*\p{Script=Han})/gu;

/** Examples in brackets, "(e.g. …)": the lexicon's english.exampleAside. */
const EXAMPLE_ASIDE = lexiconPattern('english.exampleAside', 'giu');

/** "its 2012 work report": the year names the report (the lexicon's english.reportYear). */
const ENGLISH_REPORT_YEAR = lexiconPattern('english.reportYear', 'i');
/** The year naming the report asked of (its 2012 work report, the report delivered in 1956), if one does. */
function reportYearIn(q: string): string | undefined {
  const m = ENGLISH_REPORT_YEAR.exec(q);
  return m ? (m[1] ?? m[2]) : undefined;
}
/** "over the past five years": the five years a report reviews (the lexicon's english.pastFiveYears). */
const ENGLISH_PAST_FIVE_YEARS = lexiconPattern('english.pastFiveYears', 'i');

/** A year an English question compares with (compared with 2020, than in 2020). */
const ENGLISH_COMPARED_WITH = lexiconPattern('english.comparedWith', 'gi');
/** The whole a question counts a part of (Of the 1,000 … projects …, how many are…): the lexicon's english.ofWhole. */
const ENGLISH_OF_WHOLE = lexiconPattern('english.ofWhole', 'i');

/** The words an English question asks a target or plan with (one list for both readers). */
const TARGET_WORDS = lexiconPattern('english.target', 'i');
const ESTIMATE = lexiconPattern('english.estimate', 'i');

/** "in total", "altogether": a figure in all (the lexicon's english.cumulative). */
const CUMULATIVE = lexiconPattern('english.cumulative', 'i');
const CUMULATIVE_WORDS = lexiconPattern('english.cumulative', 'gi');
/** "newly": what is added (the lexicon's english.newly). */
const NEWLY = lexiconPattern('english.newly', 'i');
/** "review of 2025": the report's review of a year (the lexicon's english.reviewOf). */
const REVIEW_OF = lexiconPattern('english.reviewOf', 'gi');

/** A text with each hyphen between two letters read as a space, of the same length: positions stay. */
function wordsSpaced(text: string): string {
  return text.replace(/(?<=[a-z])-(?=[a-z])/gu, ' ');
}

/** "how much money", "how much … invest": an amount of money asked (the lexicon's english.money). */
const MONEY = lexiconPattern('english.money', 'i');
/** "how many mu", "how many tons": the unit asked, by the English names the lexicon's units carry. */
const UNITS_ASKED = LEXICON.units.flatMap((u) =>
  u.english ? [{ unit: u.unit, asked: new RegExp(`\\bhow many (?:${u.english})\\b`, 'iu') }] : [],
);

/** "this year", "last year": the report's year or the year it reviews, as the Chinese question says them. */
const RELATIVE_YEAR = lexiconPattern('english.relativeYear', 'i');
const RELATIVE_YEARS: Readonly<Record<string, string>> = { this: ZH.thisYear, last: ZH.lastYear };

/**
 * A growth rate asked with its average and its year (average annual growth rate, on average each year): the
 * lexicon's english.measurePhrase, the kind of figure asked and no subject word.
 */
const MEASURE_PHRASE = lexiconPattern('english.measurePhrase');

/** Two years joined by a dash or a word (2007-2011, 2016–2020, from 1987 to 1992, between 2001 and 2006): a period. */
const YEAR_SPAN =
  /\b((?:19|20)\d{2})\s*(?:[-–—]|\bto\b|\bthrough\b)\s*((?:19|20)\d{2})\b|\bbetween\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\b/iu;

/** The span a question names, as the Chinese question writes it (1987—1992年), or null. */
function spanIn(q: string): string | null {
  const m = YEAR_SPAN.exec(q);
  return m ? `${m[1] ?? m[3]}—${m[2] ?? m[4]}年` : null;
}

/**
 * Where an English question asks a second thing: ", and how fast…", "? What…", "; by how much…", and a second
 * thing the first's words are said again for ("targets for new jobs and for transferring rural labour").
 */
const NEXT_QUESTION =
  /,?\s+and\s+(?=(?:(?:to|for|at)\s+)?(?:how|what|where|which|by how (?:much|many))\b)|,\s+and\s+(?=(?:the|its)\s+(?:[a-z]+\s+)?growth\b)|\s+and\s+(?=for\s+[a-z]+ing\b)|[?;]\s+(?=[a-z])/iu;
/** "reach", "reached": where a figure got to, an amount (the words of the lexicon's english.reach). */
const REACH = lexiconPattern('english.reach', 'i');

/** An English question's parts, each asking one thing; one part when it asks one. */
export function englishParts(question: string): string[] {
  // "What GDP growth rate and GDP level did…": the growth and the level, each asked on its own.
  const both = GROWTH_AND_LEVEL.exec(question);
  if (both) return [question.replace(both[0], 'growth rate'), question.replace(both[0], 'level')].flatMap(englishParts);
  return question
    .split(NEXT_QUESTION)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * "How many forest towns and forest villages did…": the two things counted, each asked on its own (an item of
 * one word takes the first's opening words: forest towns and villages); null when the question counts no pair,
 * or the pair is one phrase the lexicon knows.
 */
export function englishCountedPair(question: string): [string, string] | null {
  // (two levels before one noun are two things, each the noun at its level)
  const levels = LEVEL_PAIR.exec(question.trim());
  if (levels) {
    const [, how, first = '', second = '', noun = '', rest = ''] = levels;
    return [`${how} ${first} ${noun} ${rest}`, `${how} ${second} ${noun} ${rest}`];
  }
  const pair = COUNTED_PAIR.exec(question.trim());
  // (a phrase of the lexicon across the "and", imports and exports, is one thing; one inside an item, primary school,
  // is that item's)
  if (!pair || PHRASES.some(([en]) => / and /u.test(en) && `${pair[2]} and ${pair[3]}`.toLowerCase().includes(en)))
    return null;
  const [, how, first = '', second = '', rest = ''] = pair;
  const opening = first.split(/\s+/u).slice(0, -1).join(' ');
  const other = /\s/u.test(second) ? second : `${opening} ${second}`;
  return [`${how} ${first} ${rest}`, `${how} ${other} ${rest}`];
}

/**
 * A later part that names no subject of its own ("how fast did it grow", "where does it rank"), as the
 * Chinese words of what it asks, to be asked of the first part's subject (a growth as a target when the first part
 * asks one); null when it names more.
 */
export function englishFollowUp(part: string, firstAsksTarget = false): string | null {
  const q = part.toLowerCase().replace(/[?？!.,]/gu, ' ');
  const words = q.match(/[a-z][a-z-]*/gu) ?? [];
  if (words.some((w) => !KNOWN_WORDS.has(w) && !FOLLOW_UP_MEASURES.some(([re]) => re.test(w)))) return null;
  for (const [re, chinese] of FOLLOW_UP_MEASURES)
    if (words.some((w) => re.test(w)))
      // ("…, and the planned growth rate": the growth planned, asked as a target is — and so is any growth asked after
      // a first part asking a target: "What target did Hebei set for …, and what growth rate?")
      return chinese === ZH.grewAsked && (firstAsksTarget || TARGET_WORDS.test(q))
        ? `${ZH.growth}${ZH.targetAsked}`
        : chinese;
  return null;
}

/** What a subjectless part asks, by its verb: a growth, a rank, a share. */
const FOLLOW_UP_MEASURES: readonly [RegExp, string][] = [
  [/^(?:grow|grew|growth|grown|rise|rose|increase[ds]?)$/u, ZH.grewAsked],
  [/^(?:fall|fell|decline[ds]?|drop(?:ped)?)$/u, ZH.fellAsked],
  [/^rank(?:ed|s|ing)?$/u, ZH.rankAsked],
  [/^(?:share|proportion)$/u, ZH.shareAsked],
  // ("…, and how much did it reach": where it got to; "…, and by how much would that exceed 1955", "how did it change
  // from the year before": the change from the year before)
  [/^reach(?:ed|es)?$/u, ZH.reachedAsked],
  [/^(?:exceed(?:ed|s)?|more|higher|change[ds]?)$/u, ZH.changeAsked],
];
