/** Search vocabulary: synonyms so a query in one form finds the other (规上 ↔ 规模以上, GDP ↔ 地区生产总值). */

/** Each group: forms that mean the same in these reports. The first is the canonical wording. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['规模以上', '规上'],
  ['规模以上工业增加值', '规上工业增加值', '规工'],
  ['地区生产总值', '生产总值', 'gdp'],
  ['社会消费品零售总额', '社零'],
  ['固定资产投资', '固投'],
  ['研发', 'r&d', '研究与试验发展'],
  ['研发投入', '研发经费', 'r&d经费', '研究与试验发展经费'],
  ['一般公共预算收入', '地方财政收入', '公共财政预算收入'],
  ['居民消费价格', 'cpi'],
  ['细颗粒物', 'pm2.5'],
  ['进出口', '外贸'],
  ['实际使用外资', '实际利用外资'],
  ['失业率', '调查失业率', '登记失业率'],
  ['新型基础设施', '新基建'],
  ['老旧小区', '旧小区'],
  ['碳达峰碳中和', '双碳'],
  ['人均可支配收入', '居民收入'],
];

/** One-character words that carry no topic: dropped from queries ("的" would match every paragraph). */
export const QUERY_STOP_WORDS = new Set([
  '的',
  '和',
  '与',
  '及',
  '了',
  '在',
  '是',
  '对',
  '把',
  '将',
  '有',
  '哪些',
  '什么',
  '怎么',
  '如何',
  '关于',
  '方面',
  '情况',
  '多少',
]);
