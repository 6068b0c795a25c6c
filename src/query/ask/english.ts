import { LEXICON } from '../../lexicon/lexicon.js';

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

/** The lexicon's English question words; any other word (besides place, year and term) is not understood. */
const KNOWN_WORDS = new Set(LEXICON.englishQuestionWords.words);

export function isEnglish(question: string): boolean {
  return /[a-z]{3,}/iu.test(question) && !/\p{Script=Han}/u.test(question);
}

/** "How much did <City>'s GDP grow in <year>?" → "<city> <year>年 地区生产总值 增长了多少". Null when no indicator is named. */
export function englishToChinese(question: string): string | null {
  const q = question.replace(/[’']s\b/gu, ' ').replace(/[?？!.]/gu, ' ');
  const term = termIn(q);
  const indicator = term?.chinese;
  const year = /\b((?:19|20)\d{2})\b/u.exec(q)?.[1];
  const ranking = /\bwhich (?:city|cities|place)|\bhighest\b|\bfastest\b|\blowest\b|\bslowest\b|\brank/iu.test(q);
  const target = /\btargets?\b|\bgoals?\b|\baims?\b|\bplanned\b|\bexpected\b/iu.test(q);
  const met = /\b(?:meet|met|reach|reached|achieve|achieved|hit)\b.*\b(?:target|goal)\b/iu.test(q);
  const growth = /\bgrow(?:th|n)?\b|\bgrew\b|\bincrease[ds]?\b|\brise\b|\brose\b|\bfell\b|\bfall\b|\bchange\b/iu.test(
    q,
  );
  const place = (q.match(/\b[A-Z][a-z]+\b/gu) ?? []).map((w) => w.toLowerCase()).join(' ');
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
  const when = year ? `${year}年` : target ? '今年' : '去年';
  if (met) return `${place} ${when}${indicator}目标完成了吗`;
  if (ranking)
    return `${when}哪个城市${indicator}${target ? '目标' : ''}${growth ? '增长' : ''}${/lowest|slowest/iu.test(q) ? '最低' : '最高'}`;
  if (target) return `${place} ${when}${indicator}${growth ? '增长' : ''}目标是多少`;
  // "What was <City>'s GDP": the amount itself, never its growth.
  return `${place} ${when}${indicator}${growth ? '增长了多少' : '总量是多少'}`;
}

/** The answer sentence in English around the verbatim Chinese value: names and figures are never translated. */
export function englishAnswer(r: {
  city: string | null;
  year: number | null;
  indicator: string | null;
  kind: string;
  value: string | null;
  answer: string | null;
  source: { id: string; year: number } | null;
  onlyPlan?: boolean;
}): string {
  const what = r.indicator ?? 'the figure asked about';
  const from = r.source ? ` (${r.source.year} government work report, paragraph ${r.source.id})` : '';
  if (r.kind === 'compare') return `Ranking for ${what}, ${r.year ?? ''}: ${r.answer ?? ''}${from}`;
  const silent = r.onlyPlan ? 'The next report does not give the result; the plan was: ' : '';
  if (r.kind === 'target')
    return `${silent}${r.city ?? ''} target for ${r.year ?? ''}, ${what}: ${r.value ?? ''}${from}.`;
  return `${r.city ?? ''}, ${r.year ?? ''}, ${what}: ${r.value ?? ''}${from}.`;
}
