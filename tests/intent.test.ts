import { describe, expect, it } from 'vitest';
import { ask as askQuery } from '../src/query/ask/ask.js';
import { englishSubject, englishToChinese } from '../src/query/ask/english.js';
import { understand } from '../src/query/ask/understand.js';
import { answerSentence, reasonSentence } from '../src/reply/askSentence.js';
import { ask } from './helpers/askText.js';
import { corpus, library } from './helpers/library.js';

/**
 * What a question is understood to ask, tested alone — before any figure is looked for. The shapes are
 * the ones users type (fillers, two-figure years, a span of years, 实际 beside 目标); the places are the seeds'.
 */
const read = (q: string) => {
  const { parsed, intent } = understand(library, q);
  return { ...intent, kind: parsed.kind, year: parsed.year, city: parsed.city?.short ?? null, topic: intent.subject };
};

describe('a question understood once', () => {
  it('strips fillers and a modal at the subject’s edge, keeping the subject itself', () => {
    expect(read('宁波2023年技术交易额要完成多少').topic).toBe('技术交易额');
    expect(read('温州2022年一共新增了多少家高新技术企业啊').topic).toBe('新增高新技术企业');
    // A one-character question word inside a word is part of the name: 既有建筑, 有色金属.
    expect(read('嘉兴2023年既有建筑节能改造做了多少平方').topic).toBe('既有建筑节能改造');
    expect(read('嘉兴2023年有色金属产量是多少').topic).toBe('有色金属产量');
  });

  it('reads a two-figure year and a span of five years', () => {
    expect(read('温州22年GDP增长了多少')).toMatchObject({ year: 2022, city: '温州' });
    expect(read('温州连续12年GDP增长多少').year).toBeNull();
    expect(read('南湖2016-2020年GDP年均增长多少')).toMatchObject({ fiveYears: { from: 2016, to: 2020 }, year: 2020 });
  });

  it('asks the result when 实际 stands beside the target, and a target only where the words are not a name', () => {
    expect(read('嘉兴2023年GDP实际增长了多少，目标是6%')).toMatchObject({ kind: 'achieved' });
    expect(read('临沧2022年获批了几个国家重点研发计划专项').kind).not.toBe('target');
    expect(read('温州今年GDP增长目标是多少').kind).toBe('target');
  });

  it('asks whether a target was met, however it is put', () => {
    for (const q of ['嘉兴2014年GDP目标完成了吗', '嘉兴2014年GDP增速达到年初目标了吗', '嘉兴2014年GDP目标完成了没有'])
      expect(read(q).kind, q).toBe('met');
  });

  it('reads the kind of figure asked, a rank with its scope inside too', () => {
    expect(read('彬州2022年生产总值排全市第几').measure).toBe('rank');
    expect(read('资兴2022年GDP是多少亿元')).toMatchObject({ measure: 'level', unit: '亿元' });
    expect(read('温州去年GDP增长了多少').measure).toBe('growth');
  });

  it('reads a year compared with (比2021年) as no year asked, and a word ending in 社区 or 元 as no place', () => {
    expect(read('温州GDP比2021年增长了多少').year).not.toBe(2021);
    expect(read('温州GDP比2021年增长了多少').topic).toBe('GDP');
    expect(read('温州2022年万人社区有多少个').unknownPlace).toBeNull();
    // …what is under way is said by its verb (…项目在加快推进), and an English year compared with is none asked.
    expect(read('温州2022年有几个重点项目在加快推进').topic).toBe('重点项目');
    // A count the question states names which things (12个产业集聚区); 把…定在 says how a target is set.
    expect(read('温州2022年12个产业集聚区入驻了多少家企业').topic).toBe('产业集聚区入驻企业');
    expect(read('温州今年把GDP增速目标定在多少')).toMatchObject({ topic: 'GDP', measure: 'growth' });
    expect(read('Compared with 2020, how much did Wenzhou’s GDP grow in 2022?').year).toBe(2022);
  });

  it('takes how a rank is asked off the subject: 排第几位, a rank reached (升到了第几位), a streak (连续几年第一)', () => {
    expect(read('彬州2022年生产总值在咸阳排第几位')).toMatchObject({ measure: 'rank', topic: '生产总值' });
    expect(read('彬州2022年规上工业产值已经升到了全市第几位')).toMatchObject({
      measure: 'rank',
      topic: '规上工业产值',
    });
    expect(read('彬州2022年生产总值已经连续几年全市第一了')).toMatchObject({ measure: 'rank', topic: '生产总值' });
    // 连续几年 with no rank asks a streak, its subject without the years (连续7年为“好”).
    expect(read('福建的闽宁协作考核连续几年为好')).toMatchObject({ measure: 'streak' });
    expect(read('河北2002年国内生产总值平均每年增长多少')).toMatchObject({ measure: 'growth', topic: '国内生产总值' });
    // …where it ranks is the subject when nothing else is (在西部百强县排第几: the ranking itself).
    expect(read('彬州在西部百强县排第几')).toMatchObject({ measure: 'rank', topic: '西部百强县' });
  });

  it('reads English as the same question, and leaves it unread when it holds words it does not know', () => {
    expect(englishToChinese("What was Wenzhou's GDP in 2022?")).toMatch(/2022年地区生产总值总量是多少/u);
    expect(englishToChinese('Which city had the fastest GDP growth in 2022?')).toMatch(/哪个城市地区生产总值增长最高/u);
    expect(englishToChinese("What share of Wenzhou's exports went to Belt and Road countries?")).toBeNull();
  });
});

describe('the shape of answer a question wants, decided before any figure is looked for', () => {
  const shape = (q: string) => understand(library, q).intent.shape;
  it('tells a figure from a list, a ranking, a met question, a report’s own facts and a passage', () => {
    expect(shape('温州今年GDP增长目标是多少')).toBe('figure');
    expect(shape('嘉兴2014年GDP目标完成了吗')).toBe('met');
    expect(shape('哪些城市GDP增长目标最高')).toBe('compare');
    expect(shape('嘉兴今年有哪些目标')).toBe('all-targets');
    expect(shape('GDP增长目标是多少')).toBe('needs-place');
    expect(shape('南湖的营商环境有哪些举措')).toBe('passage');
    expect(shape('嘉兴和温州今年GDP目标')).toBe('each-place');
    expect(shape('嘉兴2024年的政府工作报告是谁作的')).toBe('report-facts');
    expect(shape('杭州去年GDP增长了多少')).toBe('unknown-place');
    expect(shape('  ？？ ')).toBe('empty');
  });

  it('resolves the stance and the data year against the place’s reports', () => {
    const latest = corpus.findCity('温州')!.years.at(-1)!;
    expect(understand(library, '温州今年GDP增长目标是多少').intent).toMatchObject({
      stance: 'target',
      year: latest,
      measure: 'growth',
      indicator: '地区生产总值',
    });
    // No year named and no target word: the year the newest report reviews, and its result.
    expect(understand(library, '温州GDP增长了多少').intent).toMatchObject({ stance: 'result', year: latest - 1 });
    expect(understand(library, '温州去年GDP增长了多少').intent).toMatchObject({ stance: 'result', year: latest - 1 });
  });

  it('reads an English question into the same intent, marked as English', () => {
    const { intent } = understand(library, "What was Wenzhou's GDP in 2022?");
    expect(intent).toMatchObject({ language: 'en', shape: 'figure', year: 2022, measure: 'level', stance: 'result' });
    expect(intent.places).toEqual([corpus.findCity('温州')!.city]);
  });
});

describe('an English question about a subject no indicator names', () => {
  it('is read word by word into the words reports use, and answered only when every word is found', () => {
    const cut = askQuery(library, 'By how much did Weinan cut its three public expenses in 2022?');
    expect(cut).toMatchObject({ found: true, value: '下降10.4%', language: 'en' });
    expect(cut.intent).toMatchObject({ shape: 'figure', measure: 'growth', year: 2022, subject: '三公经费' });
    expect(answerSentence(cut)).toMatch(
      /^渭南市, 2022, 三公经费: 下降10\.4% \(2023 government work report, paragraph weinan-2023-\d+\)\.$/u,
    );
    // A word it does not know leaves the question unread rather than half-read.
    const unread = askQuery(library, "What was Weinan's zorbification index in 2022?");
    expect(unread).toMatchObject({
      found: false,
      answer: null,
      reason: { say: 'english-unread', words: ['zorbification'] },
    });
    // …and it says so, naming the word, rather than looking for passages of a glued-up subject.
    expect(reasonSentence(unread)).toMatch(
      /^This English question could not be read: “zorbification” is not known here/u,
    );
    expect(unread.suggestions).toEqual([]);
  });
});

describe('English words read as their forms and figures, not left unknown', () => {
  it('reads verbs in -ing, pledges and "this year" as the target they ask, ordinals and thousands as figures', () => {
    const cutting = understand(
      library,
      'What target did Wenzhou set for cutting energy consumption per unit of GDP this year?',
    );
    expect(cutting.intent).toMatchObject({ shape: 'figure', stance: 'target', indicator: '单位地区生产总值能耗' });
    expect(cutting.intent.read).toMatch(/今年/u);
    const pledge = understand(library, 'How many 10,000-mu farmland projects did Meizhou pledge to build in 2023?');
    expect(pledge.intent).toMatchObject({ shape: 'figure', stance: 'target', year: 2023 });
    // (a compound the lexicon does not list is read by its parts; imports+exports it lists, as 进出口)
    const both = understand(library, "What is Lechang's 2023 target for foreign trade (exports+imports)?");
    expect(both.intent.shape).toBe('figure');
    expect(both.intent.read).toMatch(/出口.*进口/u);
    const listed = understand(library, "What is Lechang's 2023 target for foreign trade (imports+exports)?");
    expect(listed.intent.read).toMatch(/进出口|对外贸易/u);
    // "the report delivered in 1980" names the report: 1981 is the year asked, planned in it.
    const delivered = englishSubject(
      'According to the State Council report delivered in 1980, how much newly installed power-generating capacity did China aim for in 1981?',
      (w) => (w === 'statecouncil' || w === 'china' ? '全国' : null),
    );
    expect(delivered && 'chinese' in delivered ? delivered.chinese : delivered).toMatch(/1980年报告里1981年/u);
    // A Chinese term the question writes is what must be found; its English gloss only breaks ties — unless "and"
    // joins another subject to it.
    const term = englishSubject(
      'What county-level medical visit rate (县域就诊率) does Jinhua aim to reach in 2023?',
      (w) => (w === 'jinhua' ? '金华' : null),
    );
    expect(term && 'words' in term ? term.words : term).toEqual([['县域就诊率']]);
    const joined = englishSubject(
      'How many proof-of-concept centers and pilot-scale (中试) platforms does Chongqing plan to newly cultivate in 2026?',
      (w) => (w === 'chongqing' ? '重庆' : null),
    );
    expect(joined && 'words' in joined ? joined.words.length : joined).toBeGreaterThan(1);
    // "How many" asks a count or an amount, never a rate; "how many percentage points" asks a change in points.
    expect(
      understand(library, 'How many new industrial enterprises above designated size does Jiaxing aim to add in 2024?')
        .figure.countAsked,
    ).toBe(true);
    expect(
      understand(library, 'By how many percentage points did Jiaxing cut its unemployment rate in 2023?').figure
        .countAsked,
    ).toBeUndefined();
    const ordinal = understand(library, 'How many medals did Jiaxing win at the 7th provincial games in 2013?');
    expect(ordinal.intent.read).toMatch(/第七/u);
    // A place name with its syllable mark (Gao'an) is the place; "how much money" asks an amount in money.
    const marked = understand(library, "How many pigs does Gao'an plan to sell for slaughter in 2023?");
    expect(marked.intent.places).toEqual([corpus.findCity('高安')!.city]);
    const money = understand(library, 'How much money did Wenzhou raise in 2022 for rural roads?');
    expect(money.intent).toMatchObject({ unit: '元' });
    // "in its 2023 work report" names the report; "over the past five years" the five years it reviews.
    const named = understand(library, 'What GDP growth target did Wenzhou set in its 2023 government work report?');
    expect(named.intent).toMatchObject({ year: 2023, stance: 'target', indicator: '地区生产总值' });
    const five = understand(
      library,
      "Looking back over the past five years in Jiaxing's 2016 work report, how fast did GDP grow a year?",
    );
    expect(five.intent).toMatchObject({ shape: 'five-year-review', fiveYears: { from: 2011, to: 2015 } });
  });
});

describe('items of a list run together with no mark between', () => {
  it('asks each (一产二产三产增加值分别增长多少)', () => {
    const r = ask(library, '温州2022年一产二产三产增加值分别增长多少');
    // (asked as one, the reason would name the run-together subject 一产二产三产增加值 instead)
    expect(r.reason).toMatch(/^这个问题问了3项/u);
    expect(r.reason).not.toMatch(/一产二产三产/u);
  });
});

describe('a district named with its city, and a past period whose review is not here', () => {
  it('asks the district, and says the period is not here rather than answer another year', () => {
    const district = understand(library, '十三五期间嘉兴南湖区GDP年均增长多少');
    expect(district.intent.places).toEqual([corpus.findCity('南湖')!.city]);
    expect(district.intent.subject).not.toMatch(/嘉兴/u);
    // …and so it is with the city's 市 and the district's 区 written (嘉兴市南湖区).
    const full = understand(library, '“十三五”时期嘉兴市南湖区地区生产总值年均增长多少？');
    expect(full.intent.places).toEqual([corpus.findCity('南湖')!.city]);
    // 嘉兴's reports here are 2014–2016 and 2024: no report reviews 2016–2020.
    const past = ask(library, '十三五期间，嘉兴新增了多少家市场主体');
    expect(past.found).toBe(false);
    expect(past.reason).toMatch(/语料中没有该报告/u);
  });
});

describe('a place typed with one wrong character', () => {
  it('is answered as the one place it can be, and says so; a real place the corpus lacks is never read as another', () => {
    const typo = ask(library, '温洲今年GDP目标');
    expect(typo.found).toBe(true);
    expect(typo.answer).toMatch(/^（按“温州”回答：语料中没有“温洲”。）温州市/u);
    const real = ask(library, '杭州去年GDP增长了多少');
    expect(real.found).toBe(false);
    expect(real.reason).toMatch(/语料中没有杭州的政府工作报告/u);
  });
});

describe('what an answer says is data; the sentences are the reply layer’s, in the language asked', () => {
  it('says "not stated, but here is what is stated" in English to an English asker, the report’s words verbatim', () => {
    const r = askQuery(library, 'How many high-tech enterprises did Shanwei have in total by the end of 2022?');
    expect(r).toMatchObject({ found: false, language: 'en', reason: { say: 'no-total', part: 'review' } });
    const english = reasonSentence(r)!;
    expect(english).toMatch(/^The review of the year in 汕尾市's 2023 government work report gives no total of /u);
    expect(english).toContain('Related (not the answer): 新增国家高新技术企业 25家');
    // The same data in Chinese is the sentence a Chinese asker reads.
    expect(reasonSentence(r, 'zh')).toMatch(
      /^2023年汕尾市政府工作报告的回顾部分没有给出2022年.*的总数。相关数据（不是答案）：/u,
    );
  });

  it('writes a question of several parts, partly stated, part by part in English', () => {
    const r = askQuery(library, "What was Jiaxing's GDP in 2023, and how many quantum computers did it build?");
    expect(r.found).toBe(false);
    const english = reasonSentence(r)!;
    expect(english).toMatch(/^This question asks 2 things/u);
    expect(english).not.toMatch(/这个问题|没有给出/u);
  });
});
