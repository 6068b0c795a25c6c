/**
 * Report vocabulary: words jieba should keep whole, and synonyms so a query in one form finds the
 * other (规上 ↔ 规模以上, GDP ↔ 地区生产总值). Grown from the reports' own wording.
 */
export const DOMAIN_WORDS: readonly string[] = [
  '规上工业', '规模以上工业', '规上工业增加值', '规模以上工业增加值', '地区生产总值', '生产总值', '社会消费品零售总额',
  '固定资产投资', '一般公共预算收入', '一般公共预算支出', '居民人均可支配收入', '城镇调查失业率', '城镇登记失业率',
  '研发投入', '研发投入强度', '营商环境', '老旧小区', '老旧小区改造', '数字经济', '共同富裕', '乡村振兴', '新型城镇化',
  '双招双引', '五水共治', '放管服', '专精特新', '高新技术企业', '进出口总额', '实际使用外资', '实际利用外资',
  '城镇新增就业', '居民消费价格', '节能减排', '碳达峰', '碳中和', '民生实事', '营商环境优化', '长三角一体化',
  '粤港澳大湾区', '一号工程', '制造业', '服务业增加值', '招商引资', '专项债券', '保障性租赁住房',
];

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
export const QUERY_STOP_WORDS = new Set(['的', '和', '与', '及', '了', '在', '是', '对', '把', '将', '有', '哪些', '什么', '怎么', '如何', '关于', '方面', '情况', '多少']);
