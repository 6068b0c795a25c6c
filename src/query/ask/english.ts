/**
 * English questions for the common indicators and question shapes, rewritten as the Chinese question
 * they ask, so one parser answers both. The answer sentence then comes back in English.
 */
const INDICATOR_WORDS: readonly [RegExp, string][] = [
  [/general public budget revenue|fiscal revenue|public budget revenue|budget revenue/iu, '一般公共预算收入'],
  [/general public budget expenditure|budget (?:spending|expenditure)/iu, '一般公共预算支出'],
  [/(?:industrial|industry) value[- ]added|value[- ]added of (?:industry|industrial enterprises)/iu, '规上工业增加值'],
  [/fixed[- ]asset investment|fixed investment/iu, '固定资产投资'],
  [/retail sales(?: of consumer goods)?|consumer retail/iu, '社会消费品零售总额'],
  [/urban (?:residents'? )?(?:per capita )?disposable income/iu, '城镇居民人均可支配收入'],
  [/rural (?:residents'? )?(?:per capita )?disposable income/iu, '农村居民人均可支配收入'],
  [/(?:per capita )?disposable income|household income|income/iu, '居民人均可支配收入'],
  [/foreign trade|imports and exports|total trade/iu, '进出口总额'],
  [/exports?/iu, '出口'],
  [/foreign (?:direct )?investment|\bfdi\b/iu, '实际使用外资'],
  [/consumer price(?: index)?|\bcpi\b|inflation/iu, '居民消费价格'],
  [/(?:surveyed )?unemployment(?: rate)?/iu, '城镇调查失业率'],
  [/new (?:urban )?jobs|jobs created/iu, '城镇新增就业'],
  [/r&d (?:intensity|spending|investment)|research and development/iu, '研发投入强度'],
  [/grain (?:output|production)/iu, '粮食产量'],
  [/\bgdp\b|gross domestic product|economic output|economy/iu, '地区生产总值'],
];

/** Question, time and measure words of the English questions read here; any other word is not understood. */
const KNOWN_WORDS = new Set(
  (
    'what whats was were are the and how much many did does for its their this that last next year years ' +
    'report government work city province region district county target targets goal goals aim aims planned ' +
    'expected growth grow grew grown increase increased increases rise rose fall fell change meet met reach ' +
    'reached achieve achieved hit which highest fastest lowest slowest rank ranking total amount value level ' +
    'end during over past since five plan fyp 11th 12th 13th 14th 15th rate percent percentage about by ' +
    'new urban rural per capita'
  ).split(' '),
);

export function isEnglish(question: string): boolean {
  return /[a-z]{3,}/iu.test(question) && !/\p{Script=Han}/u.test(question);
}

/** "How much did <City>'s GDP grow in <year>?" → "<city> <year>年 地区生产总值 增长了多少". Null when no indicator is named. */
export function englishToChinese(question: string): string | null {
  const q = question.replace(/[’']s\b/gu, ' ').replace(/[?？!.]/gu, ' ');
  const indicator = INDICATOR_WORDS.find(([pattern]) => pattern.test(q))?.[1];
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
    .replace(INDICATOR_WORDS.find(([pattern]) => pattern.test(q))![0], ' ')
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
