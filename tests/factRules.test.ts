import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../src/facts/fact.js';
import { genreFacts } from './helpers/genreFacts.js';

/**
 * The extractor's rules, one case each, on sentences of real reports of the genre corpus (the State
 * Council's, provinces' 2026 reports, 河北): what each rule reads, and what it must not.
 */
const FILES = [
  'national/1955年国务院政府工作报告.txt',
  'national/1956年国务院政府工作报告.txt',
  'national/1980年国务院政府工作报告.txt',
  'national/1982年国务院政府工作报告.txt',
  'national/1987年国务院政府工作报告.txt',
  'national/1988年国务院政府工作报告.txt',
  'national/1993年国务院政府工作报告.txt',
  'national/1994年国务院政府工作报告.txt',
  'national/1957年国务院政府工作报告.txt',
  'national/1958年国务院政府工作报告.txt',
  'national/1959年国务院政府工作报告.txt',
  'national/1995年国务院政府工作报告.txt',
  'zhumadian/2009_二00九年政府工作报告.txt',
  'national/1998年国务院政府工作报告.txt',
  'national/1999年国务院政府工作报告.txt',
  'provinces-2026/2026_安徽省_政府工作报告.txt',
  'provinces-2026/2026_山东省_政府工作报告.txt',
  'provinces-2026/2026_湖北省_政府工作报告.txt',
  'provinces-2026/2026_贵州省_政府工作报告.txt',
  'provinces-2026/2026_甘肃省_政府工作报告.txt',
  'provinces-2026/2026_辽宁省_政府工作报告.txt',
  'provinces-2026/2026_宁夏回族自治区_政府工作报告.txt',
  'provinces-2026/2026_河南省_政府工作报告.txt',
  'provinces-2026/2026_黑龙江省_政府工作报告.txt',
  'hebei/河北省_2004_report.txt',
  'baoding/保定市_2009_report.txt',
  'provinces-2026/2026_福建省_政府工作报告.txt',
  'zhumadian/2014_二O一三年政府工作报告.txt',
  'national/1960年国务院政府工作报告.txt',
  'national/1979年国务院政府工作报告.txt',
  'provinces-2026/2026_重庆市_政府工作报告.txt',
  'baoding/保定市_2011_report.txt',
  'provinces-2026/2026_海南省_政府工作报告.txt',
  'hailar/2016.txt',
  'hebei/河北省_2001_report.txt',
  'hebei/河北省_2002_report.txt',
  'hebei/河北省_2005_report.txt',
  'national/1986年国务院政府工作报告.txt',
  'zhumadian/2014_二O一一年政府工作报告.txt',
  'hebei/河北省_2000_report.txt',
  'national/1983年国务院政府工作报告.txt',
  'national/2002年国务院政府工作报告.txt',
];

let facts: Fact[] = [];

/** The facts read in the sentence holding `words`. */
const inSentence = (words: string) => facts.filter((f) => f.sentence.includes(words));
const one = (words: string, value: string) => {
  const found = inSentence(words).filter((f) => f.value === value);
  expect(found, `${value} in “${words}”`).toHaveLength(1);
  return found[0]!;
};

beforeAll(async () => {
  facts = [...(await genreFacts(FILES)).values()].flatMap((t) => t.facts);
}, 60_000);

describe('figures written the old way', () => {
  it('reads percentages in Chinese numerals, with their bound', () => {
    expect(one('比上年增长百分之十三点四', '百分之十三点四')).toMatchObject({
      number: 13.4,
      unit: '%',
      measure: 'growth',
    });
    expect(one('努力把全年零售物价上涨幅度控制在百分之十以内', '百分之十以内')).toMatchObject({
      number: 10,
      qualifier: '以内',
    });
    // 国务院 1955: a hundred and more (高级中学在校学生的人数将增长百分之一百七十八), never read as 百分之一.
    expect(one('高级中学在校学生的人数将增长', '百分之一百七十八')).toMatchObject({ number: 178, unit: '%' });
    // 国务院 1979: a per-mille the same way (四川省…由千分之二十九降到千分之六点一).
    expect(one('千分之六点一', '千分之六点一')).toMatchObject({ number: 6.1, unit: '‰' });
  });

  it('reads a count in ten thousands that ends its clause, with no unit after 万', () => {
    // 保定 2011's plan: "…人口150万左右" — 万 is a unit only where nothing but a qualifier follows it.
    expect(one('150万左右', '150万左右')).toMatchObject({ number: 1_500_000, unit: '万', qualifier: '左右' });
  });

  it('takes the clause before for a value whose clause is only its verb, and no forecast from the base it is compared with', () => {
    // 国务院 1958: "一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比一九五七年的预计数增加了二十二亿元".
    expect(one('基本建设总投资额，拟定为', '一百四十五亿七千七百万元')).toMatchObject({
      label: '基本建设总投资额',
      stance: 'target',
      number: 14_577_000_000,
    });
    // The 预计数 compared with is 1957's; the increase is part of the 1958 plan, and no part of its subject.
    const increase = one('基本建设总投资额，拟定为', '百分之十七点八');
    expect(increase.stance).toBe('target');
    expect(increase.label).not.toMatch(/预计数/u);
  });

  it('takes the year a clause dates its figure by out of the subject, and a starting figure’s year with the start', () => {
    // 国务院 1959: "我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨".
    const steel = inSentence('钢产量在一九五二年是');
    expect(steel.map((f) => [f.label, f.value])).toEqual([
      ['钢产量', '一百三十五万吨'],
      ['钢产量', '一千一百零八万吨'],
    ]);
    // "使钢产量由一九五七年的五百三十五万吨增长到一千一百零八万吨": 由 and a year in numerals open the starting
    // figure, left out; the subject is the end figure's.
    expect(inSentence('使钢产量由一九五七年的').map((f) => f.value)).toEqual(['一千一百零八万吨']);
    expect(one('使钢产量由一九五七年的', '一千一百零八万吨').label).toMatch(/钢产量$/u);
  });

  it('reads a sentence opening with the report’s own year and saying what will be as that year’s plan', () => {
    // 国务院 1957, in its review: "1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元".
    expect(one('1957年的工业总产值比1956年将增长', '六百零三亿元')).toMatchObject({
      label: '工业总产值',
      stance: 'target',
      period: { kind: 'year-plan', from: 1957 },
    });
  });

  it('reads a goal for a year within five, in a paragraph with no period, as a plan’s', () => {
    // 国务院 1982: "到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八○年增长百分之十二点三".
    expect(one('到一九八五年，全国粮食产量计划达到', '三亿六千万吨')).toMatchObject({
      label: '粮食产量',
      period: { kind: 'multi-year-plan', from: 1982, to: 1985 },
    });
    // (一九八○ with a circle for zero is a year compared with, no subject)
    expect(one('到一九八五年，全国粮食产量计划达到', '百分之十二点三').label).toBe('粮食产量');
  });

  it('reads full-width figures, 亿公斤, and a thousands separator', () => {
    expect(one('达到４０２４亿公斤', '４０２４亿公斤')).toMatchObject({ number: 4024, measure: 'level' });
    expect(one('棉花产量将要达到', '３，５５６万担')).toMatchObject({ number: 3556, unit: '万担' });
  });

  it('reads an amount written out in Chinese numerals with a unit of measure, under a heading dated in numerals', () => {
    // （二）争取一九五八年国民经济的新跃进: the year in numerals dates the section as the year's plan.
    expect(one('发电量拟定为二百二十四亿五千万度', '二百二十四亿五千万度')).toMatchObject({
      number: 22_450_000_000,
      unit: '度',
      label: '发电量',
      stance: 'target',
      period: { kind: 'year-plan', from: 1958 },
    });
    expect(one('原煤产量拟定为一亿五千零七十二万四千吨', '一亿五千零七十二万四千吨')).toMatchObject({
      number: 150_724_000,
    });
    // …and the growth after it, compared with a year in numerals, is the same subject's.
    expect(one('发电量拟定为二百二十四亿五千万度', '百分之十八')).toMatchObject({ label: '发电量', measure: 'growth' });
  });

  it('reads 多 or 余 between a unit’s scale and its base (２亿余元) as an amount in that unit', () => {
    // 国务院 1956: 此外，１９５５年政府还支出农村救济费２亿余元 — read as neither 2 nor a unit 余元.
    expect(one('政府还支出农村救济费２亿余元', '２亿余元')).toMatchObject({ number: 2, unit: '亿元', qualifier: '余' });
    expect(one('政府还支出农村救济费２亿余元', '２亿余元').label).toContain('农村救济费');
  });
  it('reads a count in ten thousands right before the people it counts (90万贫困人口), with them in its subject', () => {
    // 河北 2004: 基本解决90万贫困人口的温饱问题 — no unit after 万, the people named after it.
    expect(one('基本解决90万贫困人口的温饱问题', '90万')).toMatchObject({ number: 900000, unit: '万' });
    expect(one('基本解决90万贫困人口的温饱问题', '90万').label).toContain('贫困人口');
  });
  it('reads 递增 as a growth, and a multiple in Chinese numerals after a verb of growth (增长两倍)', () => {
    // 国务院 1982: 轻工业产值计划平均每年递增百分之五; 海南 2026: ESI…学科数量增长两倍.
    expect(one('轻工业产值计划平均每年递增百分之五', '百分之五')).toMatchObject({
      measure: 'growth',
      label: '轻工业产值',
    });
    expect(one('学科数量增长两倍', '两倍')).toMatchObject({ number: 2, unit: '倍', label: '学科数量' });
  });
  it('reads 多 between Chinese numerals and their unit (减少一百多亿元) as an approximate amount', () => {
    // 国务院 1982: 一九八一年国内财政收入比一九七八年减少一百多亿元，减少近百分之十.
    expect(one('国内财政收入比一九七八年减少一百多亿元', '一百多亿元')).toMatchObject({
      number: -100,
      unit: '亿元',
      qualifier: '多',
      measure: 'change',
    });
  });
  it('reads a middle dot between digits as a decimal point (5·8％), and 约为 as a bound', () => {
    // 国务院 1999: 城镇居民人均可支配收入实际增长5·8％; 国务院 1955: 则增加的铁路总长度约为一万公里.
    expect(one('城镇居民人均可支配收入实际增长5·8％', '5·8％')).toMatchObject({ number: 5.8, measure: 'growth' });
    expect(one('则增加的铁路总长度约为一万公里', '一万公里')).toMatchObject({ qualifier: '约为' });
  });
  it('gives a bare quantity noun no verb that opened the subject before (改善有效灌溉面积…，总产达133.4亿斤)', () => {
    // 驻马店 2011: 新增、改善有效灌溉面积37万亩，粮食生产再获丰收，总产达133.4亿斤 — 改善 is what was done, not whose 总产.
    expect(one('粮食生产再获丰收，总产达133.4亿斤', '133.4亿斤').label).toBe('总产');
  });
  it('reads a count of voyages (南山港服务科考船2152航次)', () => {
    expect(one('南山港服务科考船2152航次', '2152航次')).toMatchObject({ unit: '航次', measure: 'count' });
  });
  it('leaves out a starting figure with a bound before it (由不足24亿元到突破60亿元)', () => {
    const start = inSentence('财政总收入由不足24亿元到突破60亿元').filter((f) => f.value.includes('24亿元'));
    expect(start).toEqual([]);
    expect(one('财政总收入由不足24亿元到突破60亿元', '60亿元')).toMatchObject({
      label: '财政总收入',
      qualifier: '突破',
    });
  });
  it('reads a round amount in Chinese numerals after a bound', () => {
    expect(one('整车出口突破百万辆', '百万辆')).toMatchObject({ number: 1_000_000, qualifier: '突破', unit: '辆' });
  });
});

describe('verbs and what they leave', () => {
  it('reads 增长了 as a growth, the year compared with taken off the subject', () => {
    expect(one('邮电业务总量比１９５４年增长了', '１３％')).toMatchObject({ measure: 'growth', label: '邮电业务总量' });
  });

  it('gives a clause that is only a comparison with the year before the subject of the clause before', () => {
    // 国务院 1958: 一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九.
    expect(one('一九五八粮食的指标为三千九百二十亿斤', '二百二十亿斤')).toMatchObject({
      label: '一九五八粮食的指标',
      measure: 'change',
    });
    expect(one('一九五八粮食的指标为三千九百二十亿斤', '百分之五点九').label).toBe('一九五八粮食的指标');
  });
  it('gives a clause that is only a comparison with a year in figures the subject of the clause before', () => {
    // 国务院 1980: 工农业总产值，比1980年预计增长5.5％ (the 1981 plan); 海拉尔 2016: …，比2010年提高86%.
    expect(one('工农业总产值，比1980年预计增长5.5％', '5.5％').label).toBe('工农业总产值');
    expect(one('人均道路面积达到18.99平方米，比2010年提高86%', '86%').label).toBe('人均道路面积');
  });
  it('gives a year named at the start no place in the subject, and a value after 而 no subject from before it', () => {
    expect(one('1979年钢产量比上年增加270万吨', '270万吨')).toMatchObject({ label: '钢产量' });
    expect(inSentence('1979年钢产量比上年增加270万吨').filter((f) => f.value === '100万吨')).toEqual([]);
  });

  it('lets a verb alone act on the object of the subject before it (新建…、改扩建…)', () => {
    expect(one('新建标准化村卫生室42所', '880所')).toMatchObject({ label: '改扩建标准化村卫生室' });
  });
});

describe('subjects and periods', () => {
  it('leaves out where a change started, the year between or not', () => {
    const values = inSentence('国营机器拖拉机站由').map((f) => f.value);
    expect(values).toContain('１３８个');
    expect(values).not.toContain('８９个');
  });

  it('splits a list of subjects at 和/及/与 standing as words only (普及率 is one name)', () => {
    // 辽宁 2026: "关键工序数控化率、数字化研发设计工具普及率分别达到69.3%和85.8%".
    expect(one('关键工序数控化率、数字化研发设计工具普及率', '69.3%').label).toBe('关键工序数控化率');
    expect(one('关键工序数控化率、数字化研发设计工具普及率', '85.8%').label).toBe('数字化研发设计工具普及率');
  });

  it('gives a growth rate after a list of subjects to each of them', () => {
    // 黑龙江 2026: "全社会研发经费投入、高技术制造业增加值年均增长10%左右".
    const shared = inSentence('全社会研发经费投入、高技术制造业增加值年均增长').filter((f) => f.value === '10%左右');
    expect(shared.map((f) => f.label).sort()).toEqual(['全社会研发经费投入', '高技术制造业增加值']);
  });

  it('gives the one value after 均 to each subject listed, with the words after the head noun they share', () => {
    // 贵州 2026: "接待游客人次、旅游总花费均增长8%以上"; 甘肃 2026: "基本养老保险、基本医疗保险参保率均稳定在98%以上".
    const tourism = inSentence('旅游总花费均增长').filter((f) => f.value === '8%以上');
    expect(tourism.map((f) => f.label).sort()).toEqual(['接待游客人次', '旅游总花费']);
    const insured = inSentence('基本医疗保险参保率均').filter((f) => f.value === '98%以上');
    expect(insured.map((f) => f.label).sort()).toEqual(['基本养老保险参保率', '基本医疗保险参保率']);
    // (人均 and 平均 are no 均: 人均可支配收入 keeps its name)
    expect(facts.some((f) => /[^人平年]均$/u.test(f.label))).toBe(false);
  });

  it('reads how many years running as a streak, unless the years belong to a rank or another figure of the clause', () => {
    // 福建 2026: "闽宁协作考核连续7年为“好”" and "杂交水稻制种面积连续8年全国第一".
    expect(one('闽宁协作考核连续7年', '连续7年')).toMatchObject({
      label: '闽宁协作考核',
      measure: 'streak',
      number: 7,
    });
    expect(inSentence('杂交水稻制种面积连续8年全国第一').find((f) => f.value.startsWith('连续8年'))).toMatchObject({
      measure: 'rank',
    });
    expect(facts.some((f) => f.measure === 'streak' && f.value === '连续8年')).toBe(false);
  });

  it('gives an item of a list the quantity noun the last item ends with', () => {
    expect(one('快递、电信业务量分别增长', '16%').label).toBe('快递业务量');
  });

  it('reads a rank reached after a move, and a share of what follows 的', () => {
    expect(one('排名由369位上升到235位', '235位')).toMatchObject({ measure: 'rank', scope: '世界500强' });
    expect(one('的省科技攻坚项目', '80%').label).toBe('省科技攻坚项目、资金、研发投入由企业承担');
  });

  it('reads ranks with no verb after a growth (增速全省第一) or a streak (连续8年全国第一), and a rank reached from another', () => {
    // 保定: 规模以上工业增加值增长16.9%，增速全省第一 — the growth's subject is ranked, 增速 only names the measure.
    const growthRank = inSentence('增速全省第一').find((f) => f.measure === 'rank' && f.value === '第一');
    expect(growthRank).toMatchObject({ label: '规模以上工业增加值', scope: '全省' });
    // 福建: the streak is part of the rank as written, no part of the subject.
    expect(one('杂交水稻制种面积连续8年全国第一', '连续8年全国第一')).toMatchObject({
      label: '杂交水稻制种面积',
      measure: 'rank',
    });
    // 安徽: 从全国第15位升至第5位 is the rank reached; the clause after, with a subject of its own, ranks that subject.
    expect(one('融合发展水平从全国第15位升至第5位', '第5位')).toMatchObject({
      label: '两化融合发展水平',
      measure: 'rank',
    });
    expect(one('融合发展水平从全国第15位升至第5位', '第2位')).toMatchObject({ label: '工业云平台应用率' });
    // …and a first of something (全国第一批) is no rank.
    const firsts = facts.filter(
      (f) => f.measure === 'rank' && /^第一[批个家]/u.test(f.sentence.slice(f.sentence.indexOf(f.value))),
    );
    expect(firsts.map((f) => f.sentence)).toEqual([]);
  });

  it('leaves out the amount compared with (比一九五七年的七百零四亿元), the growth after it the subject’s', () => {
    expect(one('工业和手工业总产值达到了一千一百七十亿元', '百分之六十六').label).toBe('工业和手工业总产值');
    expect(inSentence('工业和手工业总产值达到了一千一百七十亿元').map((f) => f.value)).not.toContain('七百零四亿元');
  });

  it('reads a size before a noun and its count (5000人社区30个) as part of the name, a classifier (9个方面) as a count', () => {
    expect(one('其中万人社区21个', '30个').label).toBe('5000人社区');
    expect(inSentence('其中万人社区21个').map((f) => f.value)).not.toContain('5000人');
  });

  it('reads a report on a five-year plan as that plan’s, its past years as what they were, a list’s items as its intro’s quantity', () => {
    // 1955: 作关于第一个五年计划的报告 — paragraphs naming no time of their own are the plan's (1953–1957).
    expect(one('开滦煤矿为九百六十八万吨', '九百六十八万吨')).toMatchObject({
      label: '开滦煤矿年产能力',
      stance: 'plan',
      period: { kind: 'multi-year-plan', from: 1953, to: 1957 },
    });
    // …but a sentence naming only earlier years, saying nothing of what will be, states what they were.
    expect(one('一九五三年和一九五四年的非生产性的投资', '百分之二十一点六')).toMatchObject({
      stance: 'result',
      period: { kind: 'multi-year-review', from: 1953, to: 1954 },
    });
  });

  it('reads time in passages whose headings name none: the years just past carried through the paragraph, never what will be', () => {
    // 1993: 一、改革开放和现代化建设取得伟大成就的五年 — a five-year review.
    expect(one('铁路货运周转量增长百分之二十三', '百分之二十三').period).toMatchObject({ kind: 'multi-year-review' });
    // 1979: "这两年中，钢产量由…增加到…" — and the sentences after it in the paragraph — are 1977–1978.
    expect(one('原煤由四亿八千三百万吨增加到六亿一千八百万吨', '百分之二十八')).toMatchObject({
      stance: 'result',
      period: { kind: 'multi-year-review', from: 1977, to: 1978 },
    });
    // 1960: "还要在一九五九年粮食总产量的基础上，再增加一千八百亿斤以上" says what will be: never a result.
    expect(inSentence('再增加一千八百亿斤以上').filter((f) => f.stance === 'result')).toEqual([]);
    // …and a sentence naming its own year keeps it (一九五九年达到十八亿亩 — 亿亩 a unit — after a paragraph's 1958);
    // 主要 is no word of what will be.
    expect(one('良种推广面积，一九五九年达到十八亿亩', '十八亿亩')).toMatchObject({
      number: 1800000000,
      period: { kind: 'review', from: 1959, to: 1959 },
    });
  });

  it('reads what a count opening its clause counts, up to the verb its figure follows (1000个省级重点产业项目完成投资…)', () => {
    expect(one('1000个省级重点产业项目完成投资', '1000个')).toMatchObject({
      label: '省级重点产业项目',
      measure: 'count',
    });
    expect(one('1000个省级重点产业项目完成投资', '1865.7亿元').label).toBe('省级重点产业项目完成投资');
  });

  it('reads a figure letter-spaced by a collector as one, and 去年 inside a five-year review as the last year', () => {
    // 1998: "1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元…去年经济增长8 ．8 ％" — figures as written, GDP's growth.
    expect(one('7 4 7 7 2', '7 4 7 7 2 亿元').number).toBe(74772);
    expect(one('去年经济增长8 ．8 ％', '8 ．8 ％')).toMatchObject({
      number: 8.8,
      indicator: '地区生产总值',
      period: { kind: 'review', from: 1997, to: 1997 },
    });
  });

  it('gives a list’s last item that is only a quantity noun the first item’s words, and a comparison with a plan’s end the subject before', () => {
    // 重庆: 招商引资签约项目数与合同额分别增长22.1%、15.1%.
    expect(one('招商引资签约项目数与合同额', '15.1%').label).toBe('招商引资签约合同额');
    // 保定 2011: 2010年全市生产总值完成2050.3亿元，比"十五"末增长74% — the five years' growth of 生产总值.
    expect(one('比"十五"末增长74%', '74%')).toMatchObject({ label: '生产总值', measure: 'growth' });
  });

  it('reads a count of groups before the count of their members as one figure (7群42只)', () => {
    expect(one('海南长臂猿种群恢复至7群42只', '7群42只')).toMatchObject({ number: 42, unit: '只' });
  });

  it('gives ordinals listed alone (一、二、三产业增加值) all of the last item after its ordinal', () => {
    // 河北 2004: 第一、二、三产业增加值分别增长…
    const labels = inSentence('三产业增加值').filter((f) => f.report === 'hebei-2004' && f.measure === 'growth');
    expect(labels.map((f) => f.label).filter((l) => /产业/u.test(l))).toEqual([
      '第一产业增加值',
      '二产业增加值',
      '三产业增加值',
    ]);
  });

  it('turns to this year inside a review when a clause opens with 今年, and to the last year when a paragraph does', () => {
    expect(one('今年的经济增长预期为', '7％左右')).toMatchObject({ stance: 'target', period: { kind: 'year-plan' } });
    expect(one('粮食总产量增加１０９亿公斤', '４０２４亿公斤').period).toMatchObject({ kind: 'review', from: 1987 });
    expect(one('今年国民生产总值计划增长', '百分之八')).toMatchObject({
      label: '国民生产总值',
      stance: 'target',
      period: { kind: 'year-plan', from: 1993 },
    });
  });

  it('reads a review restating last year’s plan as a target, and five years’ sums as five years’', () => {
    expect(one('要把全年商品零售物价上涨幅度控制在', '百分之十以内').stance).toBe('target');
    expect(one('5年累计投入', '6200多亿元').period.kind).toBe('multi-year-review');
  });

  it('reads a period from a paragraph’s opening under a heading that names no time, and keeps it until a heading', () => {
    // 1987: "一、当前国内形势和基本任务" › "１９８６年是开始执行第七个五年计划…" › "在经济领域，过去一年里…全国社会总产值达到…"
    expect(one('全国社会总产值达到１８７７４亿元', '１８７７４亿元')).toMatchObject({
      stance: 'result',
      period: { kind: 'review', from: 1986 },
    });
  });

  it('gives a sentence of a paragraph with no period the one year it names', () => {
    expect(one('1979年钢产量比上年增加270万吨', '270万吨')).toMatchObject({
      measure: 'change',
      period: { kind: 'review', from: 1979 },
    });
  });

  it('reads a year compared with as no year of the figure', () => {
    // 国务院 1955: "一九五四年工业总产值比一九五二年增长了百分之五十三点七" names two years; 1952 is the base.
    expect(one('一九五四年工业总产值比一九五二年', '百分之五十三点七')).toMatchObject({
      stance: 'result',
      measure: 'growth',
      period: { kind: 'review', from: 1954, to: 1954 },
    });
    // "一九五五年到一九五七年，…；工业总产值要在一九五四年的基数上增长百分之二十九": the goal of the plan's later
    // years, its base year no year of the figure — never 1954's result.
    const base = inSentence('工业总产值要在一九五四年的基数上').filter((f) => f.value === '百分之二十九');
    expect(base.filter((f) => f.stance === 'result')).toEqual([]);
  });

  it('reads a sentence of a review saying what will be in a later year (将, 要) as a plan for it', () => {
    // 保定 2009, reviewing 2008: "…到2020年城区规划面积将达到180平方公里" is no result of 2008.
    expect(one('到2020年城区规划面积将达到', '180平方公里')).toMatchObject({
      stance: 'plan',
      period: { kind: 'multi-year-plan', from: 2009, to: 2020 },
    });
  });

  it('keeps the paragraphs after a five-year opening with the five years, until one turns to the last year', () => {
    // 河南 2026: "一、“十四五”时期和2025年工作回顾" › "过去的五年极不寻常…" › "乡村振兴扎实有效。…" › "刚刚过去的2025年…"
    expect(one('新增国家现代农业产业园11个', '11个').period).toMatchObject({
      kind: 'multi-year-review',
      from: 2021,
      to: 2025,
    });
    expect(inSentence('城镇新增就业121.7万').find((f) => f.value.startsWith('121.7万'))?.period).toMatchObject({
      kind: 'review',
      from: 2025,
    });
  });

  it('opens the five years after a first sentence that only says what the year is', () => {
    // 山东 2026: "各位代表！2025年是“十四五”收官之年。五年来，…", then "——基础设施建设实现新跃升。…水源型水库58座".
    expect(one('新建扩建老岚水库等水源型水库', '58座')).toMatchObject({
      label: '新建扩建老岚水库等水源型水库',
      period: { kind: 'multi-year-review', from: 2021, to: 2025 },
    });
  });

  it('reads a percentage followed by 增长 as a growth, and takes adverbs and 保持 off the subject', () => {
    // 湖北 2026: "人形机器人、人工智能等产业营收保持20%以上增长".
    // (the list's two subjects share it: 人形机器人 and 人工智能等产业营收)
    for (const f of inSentence('产业营收保持20%以上增长').filter((x) => x.value === '20%以上'))
      expect(f).toMatchObject({ measure: 'growth', stance: 'result' });
    expect(inSentence('产业营收保持20%以上增长').map((f) => f.label)).toContain('人工智能等产业营收');
    // 安徽 2026: "出口逆势增长17.8%" — 逆势 says how it grew, not what.
    expect(one('出口逆势增长17.8%', '17.8%')).toMatchObject({ label: '出口', measure: 'growth' });
  });

  it('keeps a bound that negates (不高于) whole: it is never read as its opposite (高于)', () => {
    // 贵州 2026: "地级及以上城市细颗粒物（PM_2.5）年平均浓度不高于23微克/立方米".
    expect(one('年平均浓度不高于23', '23微克/立方米')).toMatchObject({
      label: '年平均浓度',
      qualifier: '不高于',
    });
  });

  it('reads a sentence opening with a sector alone as that sector’s figure (服务业，增长10.7％)', () => {
    // 河北 2002: "服务业，增长10.7％，分别高于一、二产业增速5.4和2.3个百分点。"
    expect(one('服务业，增长10.7％', '10.7％')).toMatchObject({ label: '服务业', measure: 'growth' });
  });

  it('reads a count in ten thousands before the people it counts (23.6万婴幼儿) as a figure of them', () => {
    // 宁夏 2026: "实施育儿补贴制度，惠及23.6万婴幼儿".
    expect(one('惠及23.6万婴幼儿', '23.6万')).toMatchObject({ number: 236_000 });
  });

  it('reads a percentage after a growth target named (经济增长预期目标确定为10％) as a growth', () => {
    // 河北 2005: "全省经济增长预期目标确定为10％，是综合考虑各方面因素提出的…".
    expect(one('全省经济增长预期目标确定为', '10％')).toMatchObject({ measure: 'growth', label: '经济增长预期目标' });
  });

  it('reads a count of groups before the count of their items as one figure (10大类55项)', () => {
    // 湖北 2026: "全年10大类55项民生实事项目如期完成".
    expect(one('10大类55项民生实事项目', '10大类55项')).toMatchObject({ number: 55, unit: '项' });
  });

  it('reads a plan the report presents as that plan’s, not as the five years reviewed (“七五”计划草案规定…)', () => {
    // 国务院 1986: "…“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七…", in the review of 六五.
    expect(one('全国工农业总产值平均每年增长百分之六点七', '百分之六点七')).toMatchObject({
      stance: 'plan',
      period: { kind: 'multi-year-plan', from: 1986, to: 1990 },
    });
    // "…今后五年生产发展的可能，计划草案规定，全国农民的纯收入平均每年增长百分之七": the same plan, named by its years.
    expect(one('全国农民的纯收入平均每年增长百分之七', '百分之七')).toMatchObject({ stance: 'plan' });
  });

  it('reads a subject past an aside (包括…在内) and past a plan compared with (超过年度计划…)', () => {
    // 国务院 1958: "一九五七年的工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到六百二十八亿
    // 一千万元（按一九五二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九，…"
    expect(one('包括原有企业和新建企业的在内', '六百二十八亿一千万元')).toMatchObject({ label: '工业总产值' });
    expect(one('包括原有企业和新建企业的在内', '百分之六点九')).toMatchObject({
      label: '工业总产值',
      measure: 'growth',
    });
  });

  it('leaves out the state a figure turned from (由上年亏损…转为盈利…): the loss is no figure of the year', () => {
    // 国务院 1980: "长期亏损的国营农场，1979年有了盈利，由上年亏损9，000万元转为盈利3亿多元。"
    const turned = inSentence('由上年亏损9，000万元转为盈利');
    expect(turned.map((f) => f.value)).toContain('3亿多元');
    expect(turned.map((f) => f.value)).not.toContain('9，000万元');
  });

  it('keeps 及以下 after a figure as its bound: 10万千瓦及以下 is every unit up to that size, not one of 10万千瓦', () => {
    // 河南 2026: "关停淘汰10万千瓦及以下燃煤机组".
    expect(one('关停淘汰10万千瓦及以下', '10万千瓦及以下')).toMatchObject({
      number: 10,
      unit: '万千瓦',
      qualifier: '及以下',
    });
  });

  it('reads a percentage after 涨幅…控制在 as a growth bound', () => {
    // 国务院 1998: "…商品零售价格涨幅控制在3 ％以内".
    const bound = inSentence('商品零售价格涨幅控制在').filter((f) => f.value.startsWith('3'));
    expect(bound.length).toBeGreaterThan(0);
    for (const f of bound) expect(f.measure).toBe('growth');
  });

  it('splits ordinals run together (一二三产) into one subject each', () => {
    // 贵州 2026: "地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右".
    const listed = inSentence('其中一二三产增加值分别增长').filter((f) => f.period.kind === 'year-plan');
    expect(listed.map((f) => [f.label, f.value])).toEqual(
      expect.arrayContaining([
        ['一产增加值', '3.5%左右'],
        ['二产增加值', '6%左右'],
        ['三产增加值', '5%左右'],
      ]),
    );
  });

  it('takes a main-target list for this year’s targets wherever the headings put it', () => {
    // 河北 2004 sets its list under the review's heading (and the stored file holds the report twice).
    const listed = inSentence('主要预期目标为').filter((f) => f.value === '25万人以上');
    expect(listed.length).toBeGreaterThan(0);
    for (const f of listed) expect(f).toMatchObject({ stance: 'target', period: { kind: 'year-plan', from: 2004 } });
  });

  it('opens the five years on the plan just ended, under a heading of the five years and the year', () => {
    // 湖北 2026: "一、“十四五”时期和2025年工作回顾" › "“十四五”时期是湖北发展史上极不寻常、极不平凡的五年…" ›
    // "——经济实力实现整体跃升。…地区生产总值迈上6万亿元台阶，达到62661亿元。"
    expect(one('地区生产总值迈上6万亿元台阶', '62661亿元').period).toMatchObject({
      kind: 'multi-year-review',
      from: 2021,
      to: 2025,
    });
  });

  it('reads a five-year review sentence opening with the last year: its amount is that year’s, the comparison the five years’', () => {
    // 海拉尔 2016: "2015年城镇常住居民人均可支配收入完成30788元，比2010年增加13480元，年均递增12.2%".
    expect(one('城镇常住居民人均可支配收入完成30788元', '30788元').period).toMatchObject({
      kind: 'review',
      from: 2015,
      to: 2015,
    });
    expect(one('城镇常住居民人均可支配收入完成30788元', '13480元').period.kind).toBe('multi-year-review');
  });

  it('reads a structure’s ratio as one share, and where it started from (由…调整为…)', () => {
    // 河北 2001: "三次产业增加值比例由22.2：46.4：31.4调整为16.1：50：33.9".
    const ratios = inSentence('三次产业增加值比例由22.2').filter((f) => f.measure === 'share');
    expect(ratios.map((f) => [f.label, f.value])).toEqual([['三次产业增加值比例', '16.1：50：33.9']]);
    // "…产值比例由现在的50：50调整为45：55": 由现在的 opens where the change started, left out.
    expect(inSentence('产值比例由现在的50：50').map((f) => [f.label, f.value])).toEqual([
      ['农业与林牧渔业的产值比例', '45：55'],
    ]);
  });
});

describe('units, multiples and what is counted', () => {
  it('reads a turnover in ton- and passenger-distance units whole, and a parallel subject with its lead', () => {
    // 国务院 1955: "沿海轮驳船货物周转量将达到五十七亿五千万吨海里，即比一九五二年增长一点九倍；旅客周转量将达到二亿四千万人海里…".
    expect(one('沿海轮驳船货物周转量将达到', '五十七亿五千万吨海里')).toMatchObject({
      unit: '吨海里',
      label: '沿海轮驳船货物周转量',
    });
    expect(one('沿海轮驳船货物周转量将达到', '一点九倍')).toMatchObject({ number: 1.9, unit: '倍' });
    // (旅客周转量 stands alone in its clause: it is the 沿海轮驳船's, as the freight before it is; 将 is no part of it)
    expect(one('旅客周转量将达到二亿四千万人海里', '二亿四千万人海里')).toMatchObject({
      unit: '人海里',
      label: '沿海轮驳船旅客周转量',
    });
  });

  it('reads a clause only restating the one before (，即…) with that one’s subject', () => {
    // 国务院 1955: "我国工业总产值将增长百分之九十八点三，即平均每年递增百分之十四点七".
    const yearly = inSentence('即平均每年递增百分之十四点七').filter((f) => f.value === '百分之十四点七');
    expect(yearly.map((f) => f.label)).toEqual(['工业总产值']);
  });

  it('keeps 多 after a multiple as part of it (增长两倍多)', () => {
    // 保定 2009: "外商直接投资5.3亿美元，增长两倍多，总量、增速全省第二".
    expect(one('外商直接投资5.3亿美元', '两倍多')).toMatchObject({ number: 2, unit: '倍', qualifier: '多' });
  });

  it('counts the noun after a describing clause and its 的, but not a noun’s task after it', () => {
    // 河南 2026: "支持巩义、永城、林州等10个有条件的县（市）发展成为中等城市"; trains counted in 列.
    expect(one('等10个有条件的县', '10个').label).toBe('有条件的县');
    expect(one('班列累计开行1.7万列', '1.7万列')).toMatchObject({ unit: '万列', number: 1.7 });
    // 驻马店 2011: "…662个电气化村的建设任务": 电气化村 is what is counted, the task is what was done to them.
    expect(one('662个电气化村的建设任务', '662个').label).toBe('电气化村');
  });
});

describe('subjects past a verb, a starting figure and a framing sentence', () => {
  it('keeps a subject before a verb ending in 及 (惠及): only a conjunction hands the clause to the value before', () => {
    // 辽宁 2026: "16万儿童享受学前一年免费教育，育儿补贴惠及60万人。"
    expect(one('育儿补贴惠及60万人', '60万人').label).toBe('育儿补贴惠及');
  });

  it('names a ratio by the structure named before where it started (…结构有所改善，由上年的…，调整为…)', () => {
    // 河北 2000: "一二三次产业结构有所改善，由上年的18.6：49：32.4，调整为17.7：49：33.3。"
    expect(one('一二三次产业结构有所改善', '17.7：49：33.3')).toMatchObject({
      label: '一二三次产业结构',
      measure: 'share',
    });
  });

  it('reads a paragraph opening on the year that marks a five-year plan done as the five years', () => {
    // 福建 2026: "各位代表！2025年主要目标任务如期完成，标志着“十四五”顺利收官。过去的五年极不平凡…经济总量连跨…".
    expect(one('经济总量连跨', '6万亿元').period).toMatchObject({ kind: 'multi-year-review', from: 2021, to: 2025 });
  });
});

describe('figures written with their count, and a rate named before its year', () => {
  it('keeps how many of a figure, written before it with ×, as part of it', () => {
    // 海拉尔 2016: "加快推进大唐2×66万千瓦…": two units of 66万千瓦 each, written so; the figure is their sum.
    expect(one('大唐2×66万千瓦', '2×66万千瓦')).toMatchObject({ number: 132, unit: '万千瓦' });
  });

  it('reads a rate of growth named before a year’s plan and result, the plan as a target (…计划为…，实际达到…)', () => {
    // 国务院 1982: "工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；".
    expect(one('一九八一年计划为百分之三点七', '百分之三点七')).toMatchObject({
      label: '工农业总产值的增长速度',
      stance: 'target',
      measure: 'growth',
    });
    expect(one('一九八一年计划为百分之三点七', '百分之四点六')).toMatchObject({
      stance: 'result',
      period: { kind: 'review', from: 1981, to: 1981 },
    });
  });
});

describe('lists of quantities and a round figure after a count', () => {
  it('keeps an item of a 分别 list that ends as the last item’s quantity noun does (事故起数、死亡人数)', () => {
    // 宁夏 2026: "事故起数、死亡人数分别下降11.5%、18.7%": 起数 is its own count, never 起数人数.
    expect(one('事故起数、死亡人数分别下降', '11.5%').label).toBe('事故起数');
  });

  it('reads no figure in a round amount after a count (两个万亿元台阶), and names the growth after it by the quantity before', () => {
    // 安徽 2026: "地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点。"
    expect(inSentence('连跨两个万亿元台阶').map((f) => f.value)).not.toContain('万亿元');
    expect(one('连跨两个万亿元台阶', '5.7%').label).toBe('地区生产总值');
  });
});

describe('where a change started and where it got to', () => {
  it('leaves out every item of a list of starting figures, and pairs the figures reached with the subjects', () => {
    // 贵州 2026: "城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年".
    const standards = inSentence('城乡低保平均标准分别从2020年的');
    expect(standards.map((f) => f.value)).not.toContain('645元/月');
    expect(standards.map((f) => f.value)).not.toContain('4318元/年');
    // (each twice: the five years' end and 2025's own level)
    const reached = (value: string) => standards.filter((f) => f.value === value).map((f) => f.label);
    expect(reached('801元/月')).toEqual(['城镇低保平均标准分别', '城镇低保平均标准分别']);
    expect(reached('7226元/年')).toEqual(['农村低保平均标准分别', '农村低保平均标准分别']);
  });

  it('names a figure whose clause is only the change to and when by the subject before the start', () => {
    // 国务院 1983: "…招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人".
    expect(one('普通高等学校招生人数由一九八二年的', '五十五万人').label).toMatch(/普通高等学校招生人数$/u);
    // 国务院 2002: "…覆盖人数，由年初的４００多万人扩大到年末的１１２０多万人": 年初 is when it started.
    const covered = inSentence('由年初的４００多万人扩大到年末的');
    expect(covered.map((f) => [f.label, f.value])).toEqual([['城市居民最低生活保障的覆盖人数', '１１２０多万人']]);
  });

  it('reads a level reached in a review’s last year as that year’s too, and the years it was reached over (四年) as no subject but its period', () => {
    // 国务院 1960: "全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，增加到
    // 了一九五九年的五千四百零一亿斤。"
    const grain = inSentence('增加到了一九五九年的').filter((f) => f.value === '五千四百零一亿斤');
    expect(grain.map((f) => f.label)).toEqual(['全国粮食总产量', '全国粮食总产量']);
    expect(grain.map((f) => f.period)).toEqual([
      { kind: 'multi-year-review', from: 1956, to: 1959 },
      { kind: 'review', from: 1959, to: 1959 },
    ]);
    expect(one('增加到了一九五九年的', '一千九百零五亿斤').label).toBe('全国粮食总产量');
  });
});

describe('names, growth named and the five years', () => {
  it('reads digits naming a class after a count as part of the name (2个1类创新药)', () => {
    // 重庆 2026: "2个1类创新药获批上市".
    expect(inSentence('2个1类创新药获批上市').map((f) => f.value)).toEqual(['2个']);
  });

  it('reads a growth named as an expectation (经济增长预期为7％左右) as a growth', () => {
    // 国务院 1999.
    expect(one('今年的经济增长预期为', '7％左右').measure).toBe('growth');
  });

  it('reads the paragraphs after one looking back on the five years (回望过去五年) as the five years’', () => {
    // 贵州 2026: "各位代表！2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，…", then "（三）…新增五星级
    // 饭店16家…".
    expect(one('新增五星级饭店16家', '16家').period).toEqual({ kind: 'multi-year-review', from: 2021, to: 2025 });
  });
});

describe('a sentence dated otherwise than its paragraph', () => {
  it('reads a sentence of this year’s plan opening on the last year, saying nothing of what will be, as its review', () => {
    // 保定 2009, in the plan: "去年年底通过托管、共建方式，"中国电谷"发展空间由14平方公里扩大到130平方公里。"
    expect(one('发展空间由14平方公里扩大到130平方公里', '130平方公里')).toMatchObject({
      stance: 'result',
      period: { kind: 'review', from: 2008, to: 2008 },
    });
  });

  it('reads a growth of the year reviewed over the year before, inside a review of two years, as that year’s', () => {
    // 国务院 1979: "工业总产值一九七七年比一九七六年增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五。"
    expect(one('一九七八年又比一九七七年增长', '百分之十三点五').period).toEqual({
      kind: 'review',
      from: 1978,
      to: 1978,
    });
  });
});

describe('changes written with 为, per-person subjects and a plan’s draft named alone', () => {
  it('reads 降为 as the change to, and the starting year as no year of the figure', () => {
    // 国务院 1980: "积累率由1978年的36.5％，降为33.6％。" — 1979's rate, from 1978's.
    const rate = inSentence('积累率由1978年的36.5％');
    expect(rate.map((f) => f.value)).toEqual(['33.6％']);
    expect(rate[0]).toMatchObject({ label: '积累率', period: { kind: 'review', from: 1979, to: 1979 } });
  });

  it('names a figure whose subject only says what it is per (每人平均) by the clause before', () => {
    // 国务院 1980: "1979年农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元".
    expect(one('每人平均达到83.4元', '83.4元').label).toBe('农民从集体分得的收入');
  });

  it('reads a change written with 多了 as a change', () => {
    // 甘肃 2026: "育儿家庭每月多了300元补贴。"
    // (重庆 2026 writes the same sentence)
    const subsidy = inSentence('育儿家庭每月多了300元补贴').filter((f) => f.value === '300元');
    expect(subsidy.length).toBeGreaterThan(0);
    for (const f of subsidy) expect(f.label).toMatch(/多了$/u);
  });

  it('reads a sentence naming the plan’s draft alone (《纲要（草案）》) in the plan’s first year as the plan’s', () => {
    // 辽宁 2026: "《纲要（草案）》明确了经济社会发展主要指标：…其中地区生产总值年均增长5%左右。"
    expect(one('《纲要（草案）》明确了经济社会发展主要指标', '5%左右')).toMatchObject({
      stance: 'plan',
      period: { kind: 'multi-year-plan', from: 2026, to: 2030 },
    });
  });
});

describe('an item of a list written short', () => {
  it('gives an item of one character before the next item’s word (存、贷款余额) that word’s tail', () => {
    // 海南 2026: "金融机构本外币存、贷款余额分别突破1.5万亿元、1.4万亿元。"
    expect(one('金融机构本外币存、贷款余额分别突破', '1.5万亿元').label).toMatch(/^金融机构本外币存款余额/u);
  });
});
