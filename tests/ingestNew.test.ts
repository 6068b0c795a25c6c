import { describe, expect, it } from 'vitest';
import { Corpus } from '../src/corpus/corpus.js';
import { reviewHeadlines } from '../src/facts/headlines.js';
import { extractFacts } from '../src/facts/store.js';
import { ingest } from '../src/ingest/ingest.js';
import { nonEmpty } from './helpers/nonEmpty.js';
import { rawFiles } from './helpers/raw.js';

/** A next-year report as a user might add it: saved on Windows (BOM, CRLF), with page junk around it. */
const NEXT_YEAR = [
  '\ufeff首页>政务公开>工作报告>',
  '2025年嘉兴市政府工作报告',
  '——2025年1月20日在嘉兴市第九届人民代表大会第五次会议上',
  '市长 李军',
  '各位代表：',
  '一、2024年工作回顾',
  '全市实现地区生产总值7380亿元、增长5.8%，规上工业增加值增长7.5%。',
  '二、2025年工作任务',
  '建议2025年主要预期目标为：地区生产总值增长5.5%左右，城镇新增就业10万人。',
  '(责任编辑:某某)',
].join('\r\n');

const UNKNOWN_PLACE = [
  '2025年杭州市政府工作报告',
  '各位代表：',
  '一、2024年工作回顾',
  '全市生产总值增长4.7%。',
  '二、2025年工作安排',
  '主要预期目标是：地区生产总值增长5.5%左右。',
].join('\n');

describe('adding next year’s report', () => {
  const result = ingest([
    ...rawFiles(),
    { name: '005_jiaxing_2025.txt', content: NEXT_YEAR },
    { name: '006_hangzhou_2025.txt', content: UNKNOWN_PLACE },
  ]);

  it('ingests the new report with its metadata, dropping the page junk into the log', () => {
    const r = result.reports.find((x) => x.id === 'jiaxing-2025')!;
    expect(r).toMatchObject({
      city: '嘉兴市',
      year: 2025,
      date: '2025-01-20',
      speaker: '李军',
      meeting: '嘉兴市第九届人民代表大会第五次会议',
    });
    expect(r.paragraphs.map((p) => p.text)).not.toContain('(责任编辑:某某)');
    expect(nonEmpty(r.paragraphs).every((p) => !p.text.includes('\r') && !p.text.includes('\ufeff'))).toBe(true);
    const log = result.dropped.filter((d) => d.file === '005_jiaxing_2025.txt').map((d) => d.reason);
    expect(log).toEqual(['breadcrumb', 'editor-credit']);
    expect(result.reports).toHaveLength(31);
  });

  it('makes its targets and results available beside the older years', () => {
    const corpus = new Corpus(result.reports);
    const t = extractFacts(corpus).get('jiaxing-2025')!;
    expect(t.targets.map((x) => [x.indicator, x.value])).toEqual([
      ['地区生产总值', '5.5%左右'],
      ['城镇新增就业', '10万人'],
    ]);
    const gdp = reviewHeadlines(t.report, t.facts).find((a) => a.indicator === '地区生产总值');
    expect([gdp?.year, gdp?.amount?.value, gdp?.growth?.value]).toEqual([2024, '7380亿元', '5.8%']);
    expect(corpus.findCity('嘉兴')!.years).toEqual([2014, 2015, 2016, 2024, 2025]);
  });

  it('places a report of any place from the national gazetteer, with its code', () => {
    const r = result.reports.find((x) => x.city === '杭州市')!;
    expect(r).toMatchObject({
      id: 'hangzhou-2025',
      short: '杭州',
      province: '浙江省',
      level: '地级市',
      code: '330100',
      year: 2025,
    });
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual([]);
  });
});
