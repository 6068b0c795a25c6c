import { describe, expect, it } from 'vitest';
import { inBaseUnit, LEXICON, lexiconProblems, questionWordsPattern } from '../src/lexicon/lexicon.js';

/** The lexicon is data checked once: what it says is used everywhere, and a slip in it is caught at load. */
describe('the lexicon', () => {
  it('loads without a problem', () => {
    expect(lexiconProblems(LEXICON)).toEqual([]);
    expect(LEXICON.indicators.length).toBeGreaterThan(20);
  });

  it('reads a question word as part of a name where the lexicon says so', () => {
    const target = questionWordsPattern('target');
    expect(target.test('临沧明年的目标')).toBe(true);
    expect(target.test('获批了几个国家重点研发计划专项')).toBe(false);
    expect(target.test('争取到省里多少亩项目用地指标')).toBe(false);
  });

  it('puts figures of one kind on one scale: 1.3万亿元 is more than 900亿元, 万人 and 人 are people', () => {
    expect(inBaseUnit(1.3, '万亿元')!.value).toBeGreaterThan(inBaseUnit(900, '亿元')!.value);
    expect(inBaseUnit(3.1, '万人')).toEqual({ kind: 'people', value: 31_000 });
    expect(inBaseUnit(5, '%')).toEqual({ kind: 'percent', value: 5 });
    expect(inBaseUnit(5, '光年')).toBeNull();
  });

  it('names an alias given to two indicators, an unknown related indicator, a bad measure and a broken pattern', () => {
    const [gdp, industry] = LEXICON.indicators;
    const broken = {
      indicators: [
        { ...gdp!, measures: ['speed'] },
        { ...industry!, aliases: [...industry!.aliases, 'GDP'], related: ['没有这个指标'] },
      ],
      units: [
        { unit: '亿元', kind: 'money', scale: 1e8 },
        { unit: '亿元', kind: 'money', scale: 1e8 },
        { unit: '万元', kind: 'money', scale: -1 },
      ],
      english: [{ pattern: '(unclosed', chinese: '地区生产总值' }],
      questionWords: {
        target: [{ word: '目标' }, { word: '目标' }],
        actual: [],
        asking: [{ word: '多少' }],
        units: [{ word: '钱' }],
        fillers: [{ word: '啊' }],
      },
      qualifiers: { before: ['突破'], after: ['左右'], ceilings: ['以内'], approximate: ['多'], roundBefore: ['过'] },
      headingEnds: { words: ['工作回顾'] },
      englishQuestionWords: { words: ['what'] },
      quantityNouns: { words: ['收入'], amounts: ['收入', '项目数'], wholes: ['总人口'] },
      quantityKinds: { kinds: ['money'] },
      englishReading: { chinese: { ...LEXICON.englishReading.chinese, met: '' } },
      measureNouns: { nouns: [{ noun: '金额', kinds: ['money', 'acreage'] }] },
      englishWords: { words: [{ en: 'rural', zh: ['农村'] }] },
      abbreviations: { pairs: [{ long: '规模以上', short: '规上' }] },
      misprints: { pairs: [{ written: '收入', meant: '收入' }] },
      periodOpenings: { fiveYears: ['五年来'], lastYear: ['一年来'], backToReview: ['回顾'], partOfYear: ['上半年'] },
      fiveYearPlans: { plans: [{ name: '十三五', fullName: '第十三个五年规划', from: 2016, to: 2020 }] },
      patterns: { ...LEXICON.patterns, 'verdict.met': '超额完成(' },
      searchSynonyms: {
        groups: [
          ['规模以上', '规上'],
          ['规上工业', '规上'],
        ],
      },
      searchStopWords: { words: ['的'] },
      undertakingNouns: { words: [] },
      domainWords: { words: [] },
      jointWords: { words: [] },
      placeExonyms: {
        names: [
          { en: 'hailar', zh: '海拉尔' },
          { en: 'hailar', zh: '海拉尔区' },
        ],
      },
    };
    expect(lexiconProblems(broken)).toEqual([
      '地区生产总值: “speed” is not a measure',
      'alias “GDP” is given to both 地区生产总值 and 规模以上工业增加值',
      '规模以上工业增加值: related “没有这个指标” is not an indicator',
      'unit “亿元” is listed twice (money)',
      'unit 万元: scale must be positive',
      'qualifiers.ceilings: “以内” is no qualifier after a figure',
      'misprint “收入”: no other reading',
      'englishReading: no “met”',
      'measure noun 金额: no unit of kind “acreage”',
      'quantityNouns.amounts: “项目数” ends in no quantity noun',
      'quantityNouns.wholes: “总人口” ends in no quantity noun',
      'target word “目标” is listed twice (target)',
      'questionWords.actual is empty',
      'place exonym “hailar” is given to both 海拉尔 and 海拉尔区',
      'search synonym “规上” is given to both 规模以上 and 规上工业',
      'undertakingNouns is empty',
      'pattern verdict.met does not compile',
      'english pattern “(unclosed” does not compile',
    ]);
  });
});
