import { afterAll, describe, expect, it } from 'vitest';
import { findIndicator } from '../src/facts/indicators.js';
import { QUESTIONS } from './fixtures/questions.js';
import { ask } from './helpers/askText.js';
import { corpus, library } from './helpers/library.js';

let correct = 0;

describe('questions in many phrasings', () => {
  it.each(QUESTIONS)('answers “$q”', (l) => {
    const r = ask(library, l.q);
    expect(r.found).toBe(l.found);
    if (!l.found) {
      expect(r.answer).toBeNull();
      expect(r.reason).toBeTruthy();
    } else {
      if (l.value) expect(r.value).toContain(l.value);
      if (l.met !== undefined) expect(r.met).toBe(l.met);
      if (l.city) expect(r.city).toBe(l.city);
      if (l.year) expect(r.year).toBe(l.year);
      if (l.kind) expect(r.kind).toBe(l.kind);
      if (l.source) expect(r.source!.id).toBe(l.source);
      // The quoted source is verbatim report text.
      expect(corpus.paragraph(r.source!.id)!.paragraph.text).toContain(r.source!.text);
    }
    correct += 1;
  });

  afterAll(() => {
    console.log(
      `labelled questions: ${correct}/${QUESTIONS.length} correct (${((100 * correct) / QUESTIONS.length).toFixed(1)}%)`,
    );
  });
});

describe('answers that must not invent', () => {
  it('quotes the sentence holding the value', () => {
    const r = ask(library, '温州今年GDP增长目标是多少?');
    expect(r.source!.text).toContain('地区生产总值增长6%左右');
    expect(r.answer).toContain('6%左右');
  });

  it('answers for each city named, and says which named place is not in the corpus', () => {
    const r = ask(library, '嘉兴和杭州今年GDP目标');
    expect(r.answer).toContain('嘉兴市2024年地区生产总值的预期目标：增长6%左右。');
    expect(r.answer).toContain('语料中没有杭州的政府工作报告。');
    const two = ask(library, '宁波、温州、金华2023年GDP增长目标分别是多少');
    expect(two.answer!.match(/预期目标/gu)).toHaveLength(3);
  });

  it('never answers how many there are with how many were added', () => {
    // 汕尾 2023: 新增国家高新技术企业25家 — the count added in 2022, not the count at its end.
    const total = ask(library, '汕尾2022年底国家高新技术企业总共有多少家');
    expect(total.found).toBe(false);
    expect(total.reason).toContain('相关数据（不是答案）：新增国家高新技术企业25家');
    // …and no other count of the sentence (…省创新型中小企业22家) takes its place.
    expect(total.reason).not.toContain('22家（');
    expect(ask(library, '汕尾2022年新增多少家国家高新技术企业').value).toBe('25家');
  });

  it('answers a later part from the first part’s sentence when close figures compete, and reads no class bound as a figure', () => {
    // 沁阳 2023: "签约项目20个,总投资182.6亿元,其中50亿元以上项目2个" beside another 总投资404亿元 of the year;
    // 50亿元以上项目 names a class of projects, no amount.
    const r = ask(library, '沁阳2022年集中签约了多少个项目，总投资是多少？');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('20个');
    expect(r.answer).toContain('182.6亿元');
    expect(r.answer).not.toContain('404亿元');
  });

  it('keeps 位 of a noun (托位, 岗位): a count of childcare places is not one of jobs', () => {
    const places = ask(library, '龙南2023年计划新增多少个托位？');
    expect(places.found).toBe(false);
    expect(places.value).toBeNull();
  });

  it('reads an English compound the lexicon does not list by its parts (sewage-treatment)', () => {
    const r = ask(library, 'How many sewage-treatment projects did Jiaxing complete in 2023?');
    expect(r.intent?.shape).not.toBe('passage');
    expect(r.intent?.read).toContain('污水');
  });

  it('keeps a unit per day with its figure (850吨/天 is no 850吨)', () => {
    expect(ask(library, '河源2022年新增了多少垃圾填埋场渗滤液处理能力？').value).toContain('850吨/天');
  });

  it('answers two asks joined by 、 as two parts', () => {
    const parks = ask(library, '汕尾2022年市城区建成了几个城市公园、几个街头公园？');
    expect(parks.found).toBe(true);
    expect(parks.answer).toContain('4个');
    expect(parks.answer).toContain('6个');
  });

  it('reads a compound by its head: 外贸出口 is exports, 外贸 the whole trade', () => {
    expect(findIndicator('外贸出口增长多少')?.indicator.name).toBe('出口总额');
    expect(findIndicator('外贸增长多少')?.indicator.name).toBe('进出口总额');
    expect(findIndicator('进出口总额')?.indicator.name).toBe('进出口总额');
  });

  it('offers the nearest passages when the answer is absent', () => {
    const r = ask(library, '温州2023年粮食产量目标');
    expect(r.found).toBe(false);
    expect(r.suggestions.length).toBeGreaterThan(0);
  });

  it('answers only when one figure clearly wins; otherwise shows the close ones as related, not as the answer', () => {
    // 嘉兴's 2024 report states several "新增…企业" counts (出口实绩企业, 高新技术企业…): which one is meant is a guess.
    const vague = ask(library, '嘉兴2023年新增多少家企业');
    expect(vague).toMatchObject({ found: false, answer: null, value: null });
    expect(vague.reason).toMatch(
      /不止一个数字可能是2023年新增企业，无法确定是哪一个。相关数据（不是答案）：新增\S+\d+家/u,
    );
    // Named in full, one of them wins.
    expect(ask(library, '嘉兴2023年新增出口实绩企业多少家').value).toBe('554家');
  });

  it('tells the rank of an amount from the rank of its growth stated after it', () => {
    // "全年完成生产总值326.3亿元、超过兴平居咸阳第三,增长6.8%、排咸阳第一"
    expect(ask(library, '彬州2022年生产总值在咸阳排第几').value).toBe('居咸阳第三');
    expect(ask(library, '彬州2022年生产总值增速在咸阳排第几').value).toBe('增速排咸阳第一');
  });

  it('answers a question of several parts part by part, and only when every part is stated', () => {
    const both = ask(library, '梅州2022年GDP是多少？增长了多少');
    expect(both).toMatchObject({ found: true });
    expect(both.answer).toContain('1318.21亿元');
    expect(both.answer).toContain('增长0.5%');
    // The second part names its own subject and borrows only the place and year.
    const partly = ask(library, '梅州2022年GDP是多少？量子计算机有多少台');
    expect(partly).toMatchObject({ found: false, answer: null });
    expect(partly.reason).toMatch(
      /^这个问题问了2项，报告没有全部给出：梅州市2022年地区生产总值：1318\.21亿元.*没有给出2022年量子计算机的数据/u,
    );
    // In English too: the later part asks the first part's subject, or names its own with the same place and year.
    const english = ask(library, "What was Jiaxing's GDP in 2023, and how fast did it grow?");
    expect(english).toMatchObject({ found: true, language: 'en' });
    expect(english.answer).toContain('7062.5亿元');
    expect(english.answer).toContain('增长6.3%');
    const unread = ask(library, "What was Jiaxing's GDP in 2023, and how many quantum computers did it build?");
    expect(unread).toMatchObject({ found: false, answer: null });
    // "…？固投呢": the first part's question, of another subject.
    const andThis = ask(library, '嘉兴2024年GDP增长目标是多少？固投呢');
    expect(andThis.found).toBe(true);
    expect(andThis.answer).toContain('地区生产总值的预期目标：增长6%左右');
    expect(andThis.answer).toContain('固定资产投资的预期目标：增长6%以上');
  });

  it('never reads an English question it cannot read as the Chinese one its alias would make', () => {
    // GDP stands inside "energy consumption per unit of GDP": the GDP target is no answer — the question asks
    // the energy intensity (its -ing verb "cutting" read as the target's verb), which 嘉兴 2024 sets none of.
    const r = ask(library, 'What target did Jiaxing set for cutting energy consumption per unit of GDP in 2024?');
    expect(r).toMatchObject({ found: false, answer: null });
    expect(r.intent?.indicator).toBe('单位地区生产总值能耗');
    // A word it does not know still leaves it unread.
    const unread = ask(
      library,
      'What target did Jiaxing set for frobnicating energy consumption per unit of GDP in 2024?',
    );
    expect(unread).toMatchObject({ found: false, answer: null });
    expect(unread.intent?.shape).toBe('passage');
  });

  it('counts incidents in 起', () => {
    expect(ask(library, '嘉兴2013年查处了多少起环境违法案件').value).toBe('1712起');
  });

  it('answers A和B分别 as two questions when each names a quantity of its own, and as one when they share a tail', () => {
    const two = ask(library, '梅州2022年规上工业增加值和地区生产总值分别是多少');
    expect(two).toMatchObject({ found: true });
    expect(two.answer).toContain('262.59亿元');
    expect(two.answer).toContain('1318.21亿元');
    const shared = ask(library, '温州2022年城镇和农村居民人均可支配收入分别是多少');
    expect(shared.found).toBe(true);
    expect(shared.value).toContain('73326元');
  });

  it('never answers a lexicon indicator with another statistic that shares most of its words', () => {
    // 商洛 states 限上消费品零售总额增长15.9% only: that is no 社会消费品零售总额 growth.
    const r = ask(library, '商洛2022年社会消费品零售总额增长了多少');
    expect(r).toMatchObject({ found: false, answer: null });
  });

  it('never gives a part of the year for the year, nor reads an age bound inside a name as a figure', () => {
    // "前三季度,全市实现地区生产总值1887.2亿元": three quarters' GDP is not 2022's.
    expect(ask(library, '泸州2022年地区生产总值是多少').value ?? '').not.toContain('1887.2');
    // "新增养老床位4000张、3岁以下婴幼儿托位9574个": 3岁以下 names the places, 9574个 counts them.
    expect(ask(library, '宁波2022年新增多少个3岁以下婴幼儿托位').value).toBe('9574个');
  });

  it('never answers a subject with a neighbour that shares only its quantity noun', () => {
    // "全市规上工业增加值262.59亿元,铜箔产业增加值同比增长26.2%": the growth is 铜箔产业's, not 规上工业's.
    const r = ask(library, '梅州2022年规上工业增加值增长了多少');
    expect(r).toMatchObject({ found: false, answer: null });
    expect(r.reason).toMatch(/没有给出2022年规上工业增加值的增速，只给出了总量：262\.59亿元/u);
  });

  it('never answers an amount with a count, and reads a subject past an aside holding a figure of its own', () => {
    // 资兴 2023: "116个市级重点项目(含17个省郴重点项目)完成年度投资额131.53亿元": 17个 is the aside's count, never
    // the investment; the amount's subject stands before the aside.
    const r = ask(library, '资兴市级重点项目2022年完成投资多少');
    expect(r).toMatchObject({ found: true, value: '131.53亿元' });
    // 有多少 asks an amount: a growth alone is said to be no answer, and shown; 增长有多少 asks the growth.
    const amountAsked = ask(library, '梅州2022年铜箔产业增加值有多少');
    expect(amountAsked.found).toBe(false);
    expect(amountAsked.reason).toMatch(/没有给出2022年铜箔产业增加值的总量，只给出了增速/u);
    const growthAsked = ask(library, '梅州2022年规上工业增加值增长有多少');
    expect(growthAsked.found).toBe(false);
    expect(growthAsked.reason).toMatch(/没有给出2022年规上工业增加值的增速，只给出了总量/u);
  });

  it('never answers a per-capita figure with the total: 人均 makes another statistic of the indicator', () => {
    const r = ask(library, '梅州2022年人均生产总值是多少');
    expect(r).toMatchObject({ found: false, answer: null });
    expect(r.reason).toMatch(/没有给出2022年人均生产总值的数据。相关数据（不是答案）：地区生产总值1318\.21亿元/u);
  });

  it('answers a later part with the first part’s sentence, and names an amount after a count by what was counted', () => {
    // 沁阳 2023: "签约项目20个,总投资182.6亿元" — 总投资 is the signed projects' (签约项目总投资), and the later part
    // is answered from that sentence, not from another's bare 总投资7.8亿元.
    const r = ask(library, '沁阳2022年签约了多少个项目？总投资多少');
    expect(r.answer).toContain('签约项目总投资：182.6亿元');
    expect(r.answer).not.toContain('7.8亿元');
  });

  it('gives a target with the verb the report sets it with, as written', () => {
    expect(ask(library, '梅州2023年地区生产总值增长目标是多少？').answer).toContain('预期目标：力争增长6%');
    expect(ask(library, '嘉兴2024年研发投入强度的目标是多少？').answer).toContain('预期目标：达到3.55%');
    expect(ask(library, '嘉兴今年调查失业率控制目标').answer).toContain('控制在5%以内');
  });

  it('answers empty, emoji and oversized questions politely', () => {
    for (const q of ['', '🙂', '？？？']) expect(ask(library, q)).toMatchObject({ found: false, answer: null });
    expect(ask(library, '温州今年GDP增长目标是多少'.repeat(200)).question.length).toBeLessThanOrEqual(300);
  });
});
