import { beforeAll, describe, expect, it } from 'vitest';
import { reviewHeadlines } from '../src/facts/headlines.js';
import { resolveIndicator } from '../src/facts/indicators.js';
import type { extractFacts } from '../src/facts/store.js';
import { clausesOf } from '../src/facts/targetList.js';
import type { Target } from '../src/facts/types.js';
import { compare, targets } from '../src/query/targetsQueries.js';
import { nfkc } from '../src/text/normalize.js';
import { genreFacts } from './helpers/genreFacts.js';
import { corpus, library } from './helpers/library.js';
import { nonEmpty } from './helpers/nonEmpty.js';

const all = library.facts;
const of = (id: string) => all.get(id)!;
const target = (id: string, indicator: string) => of(id).targets.filter((t) => t.indicator === indicator);
/** The review's headline figures of an indicator, as strings: a fall's growth signed (-8.8%). */
const headline = (id: string, indicator: string) => {
  const h = reviewHeadlines(of(id).report, of(id).facts).find((x) => x.indicator === indicator);
  if (!h) return undefined;
  return {
    year: h.year,
    amount: h.amount?.value ?? null,
    amountNumber: h.amount?.number ?? null,
    amountUnit: h.amount?.unit ?? null,
    growth: h.growth ? `${(h.growth.number ?? 0) < 0 ? '-' : ''}${h.growth.value}` : null,
    growthNumber: h.growth?.number ?? null,
    sentence: (h.amount ?? h.growth)!.sentence,
  };
};

describe('targets of every report', () => {
  it('finds a targets passage in all 29 reports (忻州 2023 has no intro phrase)', () => {
    const without = [...all.values()].filter((t) => !t.passage).map((t) => t.report.id);
    expect(without).toEqual([]);
    expect(of('xinzhou-2023').passage!.via).toContain('无引导语');
    for (const t of all.values()) expect(t.targets.length, t.report.id).toBeGreaterThanOrEqual(4);
  });

  it('quotes every target verbatim from its paragraph, value included', () => {
    for (const t of all.values()) {
      const paragraph = corpus.paragraph(t.passage!.paragraph.id)!.paragraph.text;
      for (const x of t.targets) {
        expect(paragraph, `${t.report.id}: ${x.text}`).toContain(x.text);
        expect(x.text, `${t.report.id}: ${x.value}`).toContain(x.value);
        if (x.number !== null) expect(nfkc(x.text)).toContain(String(x.number));
      }
    }
  });

  it('never drops a clause: every clause of every passage is a target', () => {
    for (const t of all.values()) {
      const texts = new Set(t.targets.map((x) => x.text));
      for (const clause of clausesOf(t.passage!.text))
        expect(texts.has(clause.text), `${t.report.id}: ${clause.text}`).toBe(true);
    }
  });

  it('finds 嘉兴 2024 GDP target 6%左右 and R&D intensity 3.55%', () => {
    expect(target('jiaxing-2024', '地区生产总值')[0]).toMatchObject({
      label: '地区生产总值',
      value: '6%左右',
      number: 6,
      unit: '%',
      qualifier: '左右',
      relation: 'growth',
    });
    expect(target('jiaxing-2024', '研发投入强度')[0]).toMatchObject({
      value: '3.55%',
      number: 3.55,
      relation: 'level',
    });
    expect(target('jiaxing-2024', '城镇新增就业')[0]).toMatchObject({ value: '11万人', number: 11, unit: '万人' });
  });

  it('splits multi-value clauses into one target each', () => {
    expect(target('binzhou-2023', '城镇居民人均可支配收入')[0]).toMatchObject({
      number: 7,
      qualifier: '左右',
      text: '城镇和农村居民人均可支配收入分别增长7%和8%左右',
    });
    expect(target('binzhou-2023', '农村居民人均可支配收入')[0]).toMatchObject({ number: 8, qualifier: '左右' });
    expect(target('jiaxing-2016', '城镇居民人均可支配收入')[0]!.number).toBe(8);
    expect(target('jiaxing-2016', '农村居民人均可支配收入')[0]!.number).toBe(8);
    expect(target('xinzhou-2023', '农村居民人均可支配收入')[0]).toMatchObject({ value: '6.5%以上' });
    expect(target('wenzhou-2023', '农村居民人均可支配收入')[0]).toMatchObject({ value: '7%以上' });
  });

  it('parses ranges and keeps text targets', () => {
    expect(target('jiaxing-2016', '地区生产总值')[0]).toMatchObject({
      value: '7%-7.5%',
      range: [7, 7.5],
      qualifier: 'range',
    });
    expect(target('quanzhou-2023', '工业增加值')[0]).toMatchObject({ value: '6.5—7%', range: [6.5, 7] });
    expect(target('jinhua-2023', '一般公共预算收入')[0]).toMatchObject({
      value: '与经济增长基本同步',
      number: null,
      relation: 'text',
    });
    expect(of('jinhua-2023').targets.find((t) => t.text === '农村快于城镇')).toMatchObject({
      indicator: null,
      relation: 'text',
    });
    expect(target('luzhou-2023', '地区生产总值')[0]).toMatchObject({
      value: '力争高于全省1个百分点',
      relation: 'relative',
      qualifier: '力争',
    });
    expect(target('gaoan-2023', '节能减排')[0]).toMatchObject({ value: '完成节能减排任务', relation: 'text' });
  });

  it('maps the aliases the reports use to one indicator', () => {
    for (const [alias, name] of [
      ['GDP', '地区生产总值'],
      ['全市生产总值', '地区生产总值'],
      ['规上工业增加值', '规模以上工业增加值'],
      ['规工', '规模以上工业增加值'],
      ['固投', '固定资产投资'],
      ['500万元以上固定资产投资', '固定资产投资'],
      ['社零', '社会消费品零售总额'],
      ['地方财政收入', '一般公共预算收入'],
      ['rd-intensity', '研发投入强度'],
    ]) {
      expect(resolveIndicator(alias!)?.name, alias).toBe(name);
    }
    expect(target('zixing-2023', '规模以上工业增加值')[0]!.value).toBe('9%左右');
    expect(target('binzhou-2023', '一般公共预算收入')[0]!.label).toBe('地方财政收入');
  });

  it('keeps five-year-plan goals apart from the annual targets', () => {
    const plan = of('jiaxing-2016').plan;
    expect(plan.some((p) => p.indicator === '地区生产总值' && p.value === '7%以上')).toBe(true);
    expect(target('jiaxing-2016', '地区生产总值')).toHaveLength(1);
  });
});

describe('achieved figures', () => {
  const fig = headline;

  it('reads 嘉兴 2023: GDP 7062.5亿元, growth 6.3%', () => {
    expect(fig('jiaxing-2024', '地区生产总值')).toMatchObject({
      year: 2023,
      amount: '7062.5亿元',
      amountNumber: 7062.5,
      growth: '6.3%',
      growthNumber: 6.3,
    });
    expect(fig('jiaxing-2024', '地区生产总值')!.sentence).toContain('全市实现地区生产总值7062.5亿元、增长6.3%');
  });

  it('splits urban and rural income figures', () => {
    expect(fig('wenzhou-2023', '城镇居民人均可支配收入')).toMatchObject({ amount: '73326元', growth: '5.2%' });
    expect(fig('wenzhou-2023', '农村居民人均可支配收入')).toMatchObject({ amount: '38482元', growth: '7.4%' });
  });

  it('does not take a sub-statistic for the indicator (低收入农户收入, 单位规上工业增加值能耗)', () => {
    // The traps are there: a sub-statistic with a growth right after the indicator's name.
    const text = (id: string) =>
      corpus
        .reportById(id)!
        .paragraphs.map((p) => p.text)
        .join('');
    expect(text('wenzhou-2023')).toContain('低收入农户人均可支配收入增长15.6%');
    expect(text('quanzhou-2023')).toContain('单位规上工业增加值能耗下降9%');
    const growths = (id: string, indicator: string) => [headline(id, indicator)?.growth];
    expect(growths('wenzhou-2023', '居民人均可支配收入')).not.toContain('15.6%');
    expect(growths('quanzhou-2023', '规模以上工业增加值')).not.toContain('-9%');
    expect(growths('quanzhou-2023', '规模以上工业增加值')).not.toContain('9%');
  });

  it('reads a fall as a negative growth', () => {
    expect(fig('zhuhai-2023', '固定资产投资')).toMatchObject({ growth: '-8.8%', growthNumber: -8.8 });
  });

  it('skips partial-year figures', () => {
    expect(fig('luzhou-2023', '地区生产总值')).toBeUndefined();
  });
});

describe('compare and the targets query', () => {
  it('ranks 2023 GDP targets highest first, ranges by their upper end, text targets after', () => {
    const r = compare(library, 'GDP', 2023);
    const numbers = r.ranked.map((e) => (e.range ? e.range[1] : e.number!));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(r.ranked[0]).toMatchObject({ city: '资兴市', value: '8%左右' });
    expect(r.unranked.map((e) => e.city)).toContain('泸州市');
    expect(nonEmpty(r.ranked).every((e) => e.year === 2023)).toBe(true);
  });

  it('lists every year without a year, and filters by province', () => {
    const all = compare(library, '地区生产总值');
    expect(new Set(all.ranked.map((e) => e.year))).toEqual(new Set([2014, 2015, 2016, 2021, 2023, 2024]));
    expect(nonEmpty(compare(library, 'GDP', undefined, '浙江').ranked).every((e) => e.province === '浙江省')).toBe(
      true,
    );
  });

  it('rejects an unknown indicator or year politely', () => {
    expect(() => compare(library, '幸福指数')).toThrow(/不认识指标/);
    expect(() => compare(library, 'GDP', 2030)).toThrow(/没有2030年/);
  });

  it('returns the documented JSON shape for /targets 嘉兴 2024', () => {
    const r = targets(library, '嘉兴', '2024');
    expect(r.report).toMatchObject({ id: 'jiaxing-2024', city: '嘉兴市', year: 2024 });
    expect(r.source!.id).toBe('jiaxing-2024-21');
    for (const t of r.targets)
      for (const k of ['indicator', 'label', 'value', 'number', 'unit', 'qualifier', 'text'])
        expect(t).toHaveProperty(k);
  });
});

describe('achieved figures from lists', () => {
  const fig = headline;

  it('pairs each listed indicator with its own value, never the first value for all', () => {
    expect(fig('jiaxing-2016', '一般公共预算总收入')).toMatchObject({ year: 2015, amount: '638.8亿元' });
    expect(fig('jiaxing-2016', '一般公共预算收入')).toMatchObject({ year: 2015, amount: '350.4亿元' });
    expect(fig('jiaxing-2024', '一般公共预算收入')).toMatchObject({ year: 2023, amount: '632亿元' });
  });

  it('completes shortened names in "城镇、农村居民人均可支配收入分别增长4.6%、7.9%"', () => {
    expect(fig('longnan-2023', '城镇居民人均可支配收入')).toMatchObject({ growth: '4.6%' });
    expect(fig('longnan-2023', '农村居民人均可支配收入')).toMatchObject({ growth: '7.9%' });
    // (…in a five-year review too, where the figure is the last year's level but no headline of the year)
    const income = of('jiaxing-2016').facts.find((f) => f.value === '45499元');
    expect([income?.label, income?.indicator, income?.period.kind]).toEqual([
      '城镇居民人均可支配收入',
      '城镇居民人均可支配收入',
      'multi-year-review',
    ]);
  });

  it('reads urban and rural income without 分别达到, and does not take the urban figure for all residents', () => {
    expect(fig('luzhou-2023', '城镇居民人均可支配收入')).toMatchObject({ amount: '37533元', growth: '5.8%' });
    expect(fig('luzhou-2023', '农村居民人均可支配收入')).toMatchObject({ amount: '15221元', growth: '7.1%' });
    expect(fig('luzhou-2023', '居民人均可支配收入')).toBeUndefined();
  });
});

describe('achieved figures: what must not be read', () => {
  const fig = headline;

  it('does not give a growth that belongs to another subject or to the whole list', () => {
    // "规上工业增加值262.59亿元,铜箔产业增加值同比增长26.2%"
    expect(fig('meizhou-2023', '规模以上工业增加值')).toMatchObject({ amount: '262.59亿元', growth: null });
    // "财政总收入517.5亿元,其中公共财政预算收入282.3亿元,分别增长9.7%和9.5%": the second growth is its own.
    expect(fig('jiaxing-2014', '一般公共预算收入')).toMatchObject({ amount: '282.3亿元', growth: '9.5%' });
    // "规上工业亩均税收增长6%", "规上工业企业研发费用增长16.5%"
    expect(fig('ningbo-2023', '规模以上工业增加值')).toBeUndefined();
    expect(fig('jinhua-2023', '规模以上工业增加值')).toBeUndefined();
  });

  it('does not take R&D spending growth for R&D intensity', () => {
    expect(fig('heyuan-2023', '研发投入强度')).toBeUndefined();
    expect(fig('meizhou-2023', '研发投入强度')).toBeUndefined();
  });

  it('splits "城乡居民人均可支配收入分别增长4.9%和7.1%" into urban and rural', () => {
    expect(fig('binzhou-2023', '城镇居民人均可支配收入')).toMatchObject({ growth: '4.9%', amount: null });
    expect(fig('binzhou-2023', '农村居民人均可支配收入')).toMatchObject({ growth: '7.1%' });
    expect(fig('binzhou-2023', '居民人均可支配收入')).toBeUndefined();
  });

  it('keeps a growth after a connective: "扣除留抵退税因素后增长7.56%"', () => {
    expect(fig('lechang-2023', '一般公共预算收入')).toMatchObject({ amount: '8.49亿元', growth: '7.56%' });
  });
});

describe('achieved rates, prices, and growths after a ranking aside', () => {
  const fig = headline;

  it('reads a growth after "、居全省第4位,"', () => {
    expect(fig('handan-2023', '地区生产总值')).toMatchObject({ amount: '4346.3亿元', growth: '4.2%' });
  });

  it('reads unemployment as a rate, and not a bound ("控制在5.5%以内")', () => {
    expect(fig('luzhou-2023', '城镇登记失业率')).toMatchObject({ amount: '2.52%', amountUnit: '%', growth: null });
    expect(fig('jiaxing-2014', '城镇登记失业率')).toMatchObject({ year: 2013, amount: '2.9%' });
    expect(fig('shangluo-2023', '城镇调查失业率')).toBeUndefined();
  });

  it('pairs ",增长9.5%和10.3%" after a list of amounts with the same names, in order', () => {
    expect(fig('jiaxing-2014', '城镇居民人均可支配收入')).toMatchObject({ amount: '39087元', growth: '9.5%' });
    expect(fig('jiaxing-2014', '农村居民人均可支配收入')).toMatchObject({ amount: '20556元', growth: '10.3%' });
  });

  it('reads a price rise as the CPI growth', () => {
    expect(fig('nanning-2023', '居民消费价格')).toMatchObject({ growth: '1.7%' });
  });
});

describe('main-target lists of the genre, read from the facts (../shared/genre)', () => {
  const FILES = [
    'provinces-2026/2026_宁夏回族自治区_政府工作报告.txt',
    'provinces-2026/2026_贵州省_政府工作报告.txt',
    'provinces-2026/2026_河南省_政府工作报告.txt',
    'zhumadian/2003_二00三年政府工作报告.txt',
  ];
  let lists = new Map<string, Target[]>();
  let store: ReturnType<typeof extractFacts> = new Map();
  beforeAll(async () => {
    store = await genreFacts(FILES);
    lists = new Map([...store.values()].map((t) => [t.report.id, t.targets]));
  }, 60_000);
  const rows = (id: string) => (lists.get(id) ?? []).map((t) => [t.label, t.value, t.relation]);

  it('gives each subject of a 分别 list its own row, however the subjects are joined', () => {
    expect(rows('ningxia-2026')).toEqual(
      expect.arrayContaining([
        ['一产增加值', '5%左右', 'growth'],
        ['二产增加值', '5%以上', 'growth'],
        ['三产增加值', '5%左右', 'growth'],
      ]),
    );
    expect(rows('guizhou-2026')).toEqual(
      expect.arrayContaining([
        ['一产增加值', '3.5%左右', 'growth'],
        ['二产增加值', '6%左右', 'growth'],
        ['三产增加值', '5%左右', 'growth'],
      ]),
    );
  });

  it('names a growth with its verb when the two are the indicator (经济增长), and a figure before a later verb as its own', () => {
    const henan = lists.get('henan-2026') ?? [];
    expect(henan.find((t) => t.indicator === '地区生产总值')).toMatchObject({ label: '经济增长', value: '5%左右' });
    expect(henan.find((t) => t.indicator === '粮食产量')).toMatchObject({ value: '1300亿斤以上', relation: 'level' });
    // A clause of words is a target too, its subject the indicator it names.
    expect(henan.find((t) => t.value === '与经济增长同步')).toMatchObject({
      indicator: '居民人均可支配收入',
      relation: 'text',
    });
  });

  it('quotes a figure typed with a letter as written, and reads its number (国内生产总值增长1O％)', () => {
    const zhumadian = lists.get('zhumadian-2003') ?? [];
    expect(zhumadian.find((t) => t.indicator === '地区生产总值')).toMatchObject({ value: '1O％', number: 10 });
  });

  it('gives every numeric row the fact it is, and every fact of the list a row', () => {
    for (const [id, list] of lists) {
      expect(list.length, id).toBeGreaterThan(3);
      for (const t of list) expect(t.relation === 'text' || t.factId !== null, `${id}: ${t.text}`).toBe(true);
      const ids = new Set(list.map((t) => t.factId));
      const listed = store.get(id)!.facts.filter((f) => f.headline && f.stance === 'target');
      expect(listed.length, id).toBeGreaterThan(3);
      for (const f of listed) expect(ids.has(f.id), `${id}: ${f.label} ${f.value}`).toBe(true);
    }
  });
});
