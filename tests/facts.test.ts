import { describe, expect, it } from 'vitest';
import { periodOfHeading } from '../src/corpus/period.js';
import { ask as askQuery } from '../src/query/ask/ask.js';
import { answerSentence } from '../src/reply/askSentence.js';
import { ask } from './helpers/askText.js';
import { corpus, library } from './helpers/library.js';
import { nonEmpty } from './helpers/nonEmpty.js';

const all = [...library.facts.values()];
const facts = all.flatMap((r) => r.facts);

describe('the fact layer', () => {
  it('extracts facts from every report, each sentence holding its value verbatim in its paragraph', () => {
    for (const r of all) expect(r.facts.length, r.report.id).toBeGreaterThan(30);
    for (const f of nonEmpty(facts)) {
      expect(f.sentence, f.id).toContain(f.value);
      expect(corpus.paragraph(f.paragraphId)?.paragraph.text, f.id).toContain(f.sentence);
    }
  });

  it('counts what it leaves out rather than guessing', () => {
    const tally = all.reduce((n, r) => n + r.tally.values - r.tally.facts, 0);
    const leftOut = all.reduce((n, r) => n + Object.values(r.tally.leftOut).reduce((a, b) => a + b, 0), 0);
    expect(leftOut).toBe(tally);
  });

  it('counts with 名 what follows it: "为2.5万名困难群众发放…" is no figure of the subject before', () => {
    // 嘉兴 2024: "…城镇新增就业14.6万人，零就业家庭实现动态清零，为2.5万名困难群众发放基本生活保障金2.4亿元…".
    const jobs = facts.filter((f) => f.report === 'jiaxing-2024' && f.indicator === '城镇新增就业');
    expect(jobs.map((f) => f.value)).toContain('14.6万人');
    expect(jobs.map((f) => f.value)).not.toContain('2.5万名');
  });

  it('pairs a 分别 list one to one: its second value is no growth of the first subject', () => {
    const facts = [...library.facts.values()].flatMap((r) => r.facts);
    const listed = facts.filter((f) => f.sentence.includes('新材料、新能源工业产值分别增长25.2%和7.1%'));
    expect(listed.filter((f) => f.value === '7.1%').map((f) => f.label)).not.toContain('新材料');
  });

  it('reads a count in 万 of any counting unit (5.2万座), with its scale', () => {
    const toilets = library.facts.get('weinan-2023')!.facts.find((f) => f.value === '5.2万座');
    expect(toilets).toMatchObject({ label: '新建农村户厕', measure: 'count', stance: 'result' });
  });

  it('types the tourism sentence as two levels and two growths of 2022', () => {
    const zixing = library.facts.get('zixing-2023')!.facts.filter((f) => f.sentence.includes('1126.3万人次'));
    const pick = (label: string, measure: string) => zixing.find((f) => f.label === label && f.measure === measure);
    expect(pick('接待游客', 'count')).toMatchObject({
      value: '1126.3万人次',
      stance: 'result',
      period: { from: 2022 },
    });
    expect(pick('旅游收入', 'level')).toMatchObject({ value: '115.5亿元' });
    expect(pick('接待游客', 'growth')).toMatchObject({ value: '14.6%', number: 14.6 });
    expect(pick('旅游收入', 'growth')).toMatchObject({ value: '17.3%' });
  });

  it('gives the earlier counts of a list the predicate they share with the last one', () => {
    const label = (id: string) => facts.find((f) => f.id === id)?.label;
    // 年内9家钢铁企业、3家焦化企业成功创A; 15个国省道新改建项目、5个路面改造项目加快推进.
    expect(label('handan-2023-51@113')).toBe('年内钢铁企业成功创A');
    expect(label('handan-2023-51@120')).toBe('焦化企业成功创A');
    expect(label('heyuan-2023-11@177')).toBe('国省道新改建项目加快推进');
    // 12个城市主题公园、152个口袋公园建成开放 share their head noun 公园, so both read 建成开放.
    expect(label('handan-2023-11@438')).toBe('城市主题公园建成开放');
    expect(label('handan-2023-11@448')).toBe('口袋公园建成开放');
  });

  it('reads a fall as a negative growth and keeps a target apart from a result', () => {
    const zhuhai = library.facts.get('zhuhai-2023')!.facts;
    expect(zhuhai.find((f) => f.indicator === '固定资产投资' && f.measure === 'growth')).toMatchObject({
      number: -8.8,
      stance: 'result',
    });
    const target = library.facts
      .get('wenzhou-2023')!
      .facts.find((f) => f.indicator === '地区生产总值' && f.stance === 'target');
    expect(target).toMatchObject({ value: '6%左右', period: { kind: 'year-plan', from: 2023 } });
  });

  it('gives each section the period it talks about', () => {
    expect(periodOfHeading('一、2022年工作回顾', 2023)).toEqual({ kind: 'review', from: 2022, to: 2022 });
    expect(periodOfHeading('市十八届人大一次会议以来主要工作回顾', 2023)).toEqual({
      kind: 'review',
      from: 2022,
      to: 2022,
    });
    expect(periodOfHeading('一、“十二五”发展回顾', 2016)).toEqual({ kind: 'multi-year-review', from: 2011, to: 2015 });
    expect(periodOfHeading('二、今后五年奋斗目标和主要任务', 2021)).toEqual({
      kind: 'multi-year-plan',
      from: 2021,
      to: 2025,
    });
    expect(periodOfHeading('三、2021年主要工作安排', 2021)).toEqual({ kind: 'year-plan', from: 2021, to: 2021 });
    // The 十二五 review's "过去一年" paragraphs are about 2015.
    expect(library.facts.get('jiaxing-2016')!.periods.get('jiaxing-2016-13')).toEqual({
      kind: 'review',
      from: 2015,
      to: 2015,
    });
  });
});

describe('questions about the year the data is about', () => {
  it('answers 2022 figures from the 2023 review and names the report it quotes', () => {
    const r = ask(library, '梅州2022年GDP是多少');
    expect(r).toMatchObject({ found: true, year: 2022, source: { id: 'meizhou-2023-10', year: 2023 } });
    expect(r.answer).toContain('据2023年政府工作报告');
  });

  it('reads 目标 without 多少 as a target figure, but a whole plan as the plan', () => {
    const one = ask(library, '邯郸今年钢铁企业创A目标');
    expect(one).toMatchObject({ found: true, source: { id: 'handan-2023-51' } });
    expect(one.answer).toContain('9家');
    // Not the 152 口袋公园 of the 2022 review: the 2023 plan's 200.
    expect(ask(library, '邯郸今年新建口袋公园目标').answer).toContain('200个');
    expect(ask(library, '嘉兴今年经济社会发展目标').answer).toMatch(/主要预期目标：地区生产总值增长6%左右/u);
    // "工作计划" names no figure: the passages answer it, not one target picked from the plan.
    expect(ask(library, '南湖2021年工作计划').answer ?? '').not.toMatch(/目标：/u);
  });

  it('answers a past five-year period from the review, yearly averages said as such, never from a plan', () => {
    expect(ask(library, '南湖十三五期间GDP年均增长').answer).toMatch(/2016—2020年地区生产总值：年均增长7\.4%/u);
    // The paragraphs opening 这五年 under a heading of the last year's work review the five years.
    const talent = facts.find((f) => f.id === 'nanhu-2021-25@226');
    expect(talent?.period).toEqual({ kind: 'multi-year-review', from: 2016, to: 2020 });
    // A growth asked of a five-year plan that states only an amount is not answered with the amount.
    const plan = ask(library, '南湖十四五期间GDP年均增长目标');
    expect(plan.found).toBe(false);
    expect(plan.answer ?? '').not.toContain('950亿元');
  });

  it('labels a count whose noun follows it by that noun, never lending it the subject before', () => {
    // 新建5G基站1460个,44个边境村在全省率先实现5G网络全覆盖: 44 counts villages, not base stations.
    expect(facts.find((f) => f.id === 'lincang-2023-11@322')?.label).toBe('边境村在全省率先实现5G网络全覆盖');
    expect(facts.find((f) => f.id === 'luzhou-2023-11@241')).toMatchObject({ value: '40.6微克/立方米' });
    expect(ask(library, '泸州2022年PM2.5浓度是多少').answer).not.toContain('13个');
  });

  it('says a result is not stated when the next review is silent, and shows the plan as related, never as the answer', () => {
    const r = ask(library, '嘉兴2015年推出几件民生实事');
    expect(r).toMatchObject({ found: false, onlyPlan: true });
    expect(r.reason).toMatch(/回顾部分没有给出2015年.*只有当年报告的计划（不是实际完成数）：.*目标：10件/u);
  });

  it('never answers a growth with an amount: it says only the other is stated, and shows it as such', () => {
    const r = ask(library, '资兴2022年GDP是多少亿元');
    expect(r.found).toBe(false);
    expect(r.reason).toContain('只给出了增速');
    expect(r.reason).toContain('增长6.2%');
  });

  it('says which years the corpus covers, in both senses, when no report covers the year', () => {
    const r = ask(library, '梅州2019年GDP');
    expect(r.found).toBe(false);
    expect(r.reason).toContain('2023年报告（回顾2022年、部署2023年）');
  });

  it('ranks a year’s results across places and names ties among targets', () => {
    expect(ask(library, '2022年哪个城市GDP增长最快')).toMatchObject({ found: true, city: '彬州市', value: '增长6.8%' });
    const tie = ask(library, '浙江省2023年各市GDP增长目标哪个最高');
    expect(tie.answer).toContain('温州市');
    expect(tie.answer).toContain('金华市');
  });

  it('answers in English, and reads traditional characters', () => {
    const en = askQuery(library, "How much did Meizhou's GDP grow in 2022?");
    expect(en).toMatchObject({ found: true, language: 'en' });
    expect(answerSentence(en)).toMatch(/^梅州市, 2022, 地区生产总值: 同比增长0\.5% \(2023 government work report/u);
    expect(ask(library, '嘉興2023年地區生產總值是多少').value).toContain('7062.5亿元');
  });

  it('answers who delivered a report and what a glossary term means', () => {
    expect(ask(library, '嘉兴2024年的政府工作报告是谁作的').answer).toContain('市长李军');
    // The day the session closed is not the report's date, which is the day it was delivered: not stated.
    const closing = ask(library, '嘉兴市第九届人民代表大会第四次会议是哪天闭幕的？');
    expect(closing.found).toBe(false);
    expect(closing.reason).toMatch(/没有写明会议开幕或闭幕的日期；写明的是：.*日期：2024年1月30日/u);
    expect(ask(library, '五减是什么意思')).toMatchObject({
      found: true,
      kind: 'definition',
      value: '指减税减费减租减息减支。',
    });
    // Explained where the text uses it, not in the glossary: the sentence is quoted verbatim.
    const inline = ask(library, '一区两极三地是什么意思');
    expect(inline).toMatchObject({ found: true, kind: 'definition', source: { id: 'nanhu-2021-36' } });
    expect(inline.source?.text).toContain('全力打造“一区两极三地”,即新时代');
    expect(corpus.paragraph('nanhu-2021-36')?.paragraph.text).toContain(inline.source?.text ?? '—');
  });
});

describe('met or missed, in the report’s own words', () => {
  it('answers from a sentence saying the plan was missed when no target and result can be paired', () => {
    const r = ask(library, '龙南2022年GDP目标完成了吗');
    expect(r).toMatchObject({ found: true, kind: 'met', year: 2022, source: { id: 'longnan-2023-18' } });
    // The verdict is the report's; the result it states is shown beside it.
    expect(r).toMatchObject({ met: false, value: '224.4亿元、增长5.6%' });
    expect(r.answer).toMatch(
      /^龙南市?2022年.*实际224\.4亿元、增长5\.6%，未达成（2023年政府工作报告原话：“.+”，见引文）。$/u,
    );
    expect(r.source?.text).toMatch(/^需要说明的是.*低于全年计划。$/u);
  });

  it('pairs a target with the next report’s result when both exist', () => {
    const r = ask(library, '嘉兴2014年GDP目标完成了吗');
    expect(r).toMatchObject({ found: true, source: { id: 'jiaxing-2015-4' } });
    expect(r.met).toBe(false);
    expect(r.answer).toMatch(/目标增长.+，实际.+，未达成/u);
  });
});
