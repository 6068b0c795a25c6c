import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../src/corpus/corpus.js';
import { extractFacts } from '../src/facts/store.js';
import { decodeReport } from '../src/ingest/decode.js';
import { readReportFile } from '../src/ingest/formats.js';
import { ingest } from '../src/ingest/ingest.js';
import { runIngest } from '../src/ingest/main.js';
import { foldWidth } from '../src/text/normalize.js';
import { COUNTY, NATIONAL, NO_PLACE, PROVINCE } from './fixtures/reports.js';
import { makePdf } from './helpers/pdf.js';
import { tempDir } from './helpers/tempDir.js';

describe('reports of every level of government', () => {
  const result = ingest([
    { name: 'a_national.txt', content: NATIONAL },
    { name: 'b_province.txt', content: PROVINCE },
    { name: 'c_county.txt', content: COUNTY },
    { name: 'd_noplace.txt', content: NO_PLACE },
  ]);
  const byId = (id: string) => result.reports.find((r) => r.id === id);

  it('reads place, level, year, meeting and speaker from the header, at every level', () => {
    expect(byId('china-2024')).toMatchObject({
      city: '全国',
      level: '国家',
      code: '000000',
      speaker: '李强',
      speakerRole: '国务院总理',
      date: '2024-03-05',
    });
    expect(byId('zhejiang-2024')).toMatchObject({
      city: '浙江省',
      short: '浙江',
      level: '省',
      province: '浙江省',
      speaker: '王浩',
    });
    expect(byId('jiashan-2024')).toMatchObject({
      city: '嘉善县',
      level: '县',
      parent: '嘉兴市',
      province: '浙江省',
      speakerRole: '县长',
    });
  });

  it('parses their main targets, full-width figures and ranges included', () => {
    const facts = extractFacts(new Corpus(result.reports));
    // (values are quoted as written, full-width figures and all; compared here in their half-width reading)
    const targets = (id: string) => facts.get(id)!.targets.map((t) => [t.indicator, foldWidth(t.value)]);
    expect(targets('china-2024')).toEqual(
      expect.arrayContaining([
        ['地区生产总值', '5%左右'],
        ['城镇新增就业', '1200万人以上'],
        ['城镇调查失业率', '5.5%左右'],
      ]),
    );
    // 单位国内生产总值能耗 is energy intensity, not GDP: the GDP target stays one.
    expect(targets('china-2024')).toContainEqual(['单位地区生产总值能耗', '2.5%左右']);
    expect(targets('china-2024')).toContainEqual(['粮食产量', '1.3万亿斤以上']);
    expect(targets('china-2024').filter(([indicator]) => indicator === '地区生产总值')).toHaveLength(1);
    expect(facts.get('china-2024')!.targets.find((t) => t.indicator === '地区生产总值')?.value).toBe('５％左右');
    expect(targets('zhejiang-2024')).toContainEqual(['地区生产总值', '5.5%左右']);
    expect(facts.get('jiashan-2024')!.targets[0]).toMatchObject({ indicator: '地区生产总值', range: [6, 6.5] });
    expect(
      facts
        .get('china-2024')!
        .facts.find((f) => f.indicator === '地区生产总值' && f.measure === 'growth' && f.stance === 'result'),
    ).toMatchObject({ value: '5.2%' });
  });

  it('gives an unrecognisable report an error naming its file and line, never the place of the file before it', () => {
    expect(result.reports.map((r) => r.id)).not.toContain(expect.stringMatching(/^d_|-2025$/u));
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^d_noplace\.txt:2: 无法确定这份报告属于哪个地方.*读到的：.*回顾上一年的章节：一、2024年工作回顾.*--place 某地 --year 2025 d_noplace\.txt/u,
      ),
    ]);
    expect(result.reports).toHaveLength(3);
  });

  it('takes the place and year a user says when the text does not say them', () => {
    const said = ingest([{ name: 'd_noplace.txt', content: NO_PLACE, place: '嘉善县', year: 2025 }]);
    expect(said.errors).toEqual([]);
    expect(said.reports[0]).toMatchObject({ id: 'jiashan-2025', city: '嘉善县', year: 2025 });
    expect(ingest([{ name: 'x.txt', content: NO_PLACE, place: '不存在县', year: 2025 }]).errors.join()).toContain(
      '不认识地名',
    );
    // A name two places share is asked about, with both; written with its parent it is found.
    expect(ingest([{ name: 'x.txt', content: NO_PLACE, place: '朝阳区', year: 2025 }]).errors.join()).toMatch(
      /“朝阳区”有2处：.*北京市朝阳区.*长春市朝阳区/u,
    );
    expect(ingest([{ name: 'x.txt', content: NO_PLACE, place: '长春市朝阳区', year: 2025 }]).reports[0]).toMatchObject({
      city: '朝阳区',
      parent: '长春市',
      province: '吉林省',
    });
  });
});

describe('the encodings and files reports come in', () => {
  it('reads UTF-8 with or without BOM, GBK/GB18030 and UTF-16 as the same text', () => {
    const utf8 = decodeReport(Buffer.from(COUNTY, 'utf8'));
    expect(utf8).toMatchObject({ ok: true, text: COUNTY, encoding: 'UTF-8' });
    expect(decodeReport(Buffer.from(`\ufeff${COUNTY}`, 'utf8'))).toMatchObject({ ok: true, text: COUNTY });
    expect(decodeReport(iconv.encode(COUNTY, 'gbk'))).toMatchObject({ ok: true, text: COUNTY, encoding: 'GB18030' });
    expect(decodeReport(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(COUNTY, 'utf-16le')]))).toMatchObject({
      ok: true,
      text: COUNTY,
      encoding: 'UTF-16LE',
    });
  });

  it('refuses an empty, binary or text-free file in one sentence', () => {
    expect(decodeReport(Buffer.alloc(0))).toEqual({ ok: false, reason: '文件是空的。' });
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
    expect(decodeReport(binary).ok).toBe(false);
    expect(decodeReport(Buffer.from('hello world, no Chinese here', 'utf8'))).toMatchObject({ ok: false });
  });

  it('ingests a GBK file through npm run ingest, and a bad file leaves the corpus as it was', async () => {
    const dir = tempDir('ingest');
    const inbox = tempDir('inbox');
    writeFileSync(path.join(inbox, 'jiashan.txt'), iconv.encode(COUNTY, 'gbk'));
    const quiet = { log: console.log, error: console.error, warn: console.warn };
    console.log = console.error = console.warn = () => undefined;
    try {
      expect(await runIngest([path.join(inbox, 'jiashan.txt')], dir)).toBe(0);
      const catalog = readFileSync(path.join(dir, 'catalog.json'), 'utf8');
      expect(JSON.parse(catalog).map((r: { id: string }) => r.id)).toEqual(['jiashan-2024']);
      // Same name, other content: both kept, neither overwritten.
      writeFileSync(path.join(inbox, 'jiashan.txt'), PROVINCE);
      expect(await runIngest([path.join(inbox, 'jiashan.txt')], dir)).toBe(0);
      expect(readdirSync(path.join(dir, 'raw')).filter((n) => n.endsWith('jiashan.txt'))).toHaveLength(2);
      const before = readFileSync(path.join(dir, 'catalog.json'), 'utf8');
      writeFileSync(path.join(inbox, 'bad.bin'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
      writeFileSync(path.join(inbox, 'noplace.txt'), NO_PLACE);
      expect(await runIngest([path.join(inbox, 'bad.bin')], dir)).toBe(1);
      expect(await runIngest([path.join(inbox, 'noplace.txt')], dir)).toBe(1);
      expect(await runIngest([path.join(inbox, 'missing.txt')], dir)).toBe(1);
      expect(readFileSync(path.join(dir, 'catalog.json'), 'utf8')).toBe(before);
      expect(readdirSync(path.join(dir, 'raw')).some((n) => n.includes('bad') || n.includes('noplace'))).toBe(false);
    } finally {
      Object.assign(console, quiet);
    }
  });
});

describe('saved web pages and Word documents', () => {
  it('reads the article of a saved web page, leaving the site’s navigation out', async () => {
    const html = `<!doctype html><html><head><meta charset="gbk"><title>嘉善县人民政府门户网站</title>
<script>var tracker = "统计代码";</script></head><body>
<nav><a href="/">首页</a> &gt; <a>政务公开</a> &gt; <a>工作报告</a></nav>
<header>嘉善县人民政府 主办</header>
<div class="content">${COUNTY.split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('\n')}</div>
<footer>版权所有 嘉善县人民政府 联系我们</footer></body></html>`;
    const read = await readReportFile('jiashan.html', iconv.encode(html, 'gbk'));
    expect(read).toMatchObject({ ok: true, encoding: 'GB18030 HTML' });
    const text = read.ok ? read.text : '';
    expect(text).not.toMatch(/首页|统计代码|版权所有|主办/u);
    const report = ingest([{ name: 'jiashan.html', content: text }]).reports[0];
    expect(report).toMatchObject({ id: 'jiashan-2024', speaker: '孙强' });
    expect(extractFacts(new Corpus([report!])).get('jiashan-2024')!.targets[0]).toMatchObject({ range: [6, 6.5] });
  });

  it('reads a Word document’s paragraphs', async () => {
    const doc = new Document({ sections: [{ children: PROVINCE.split('\n').map((l) => new Paragraph(l)) }] });
    const read = await readReportFile('zhejiang.docx', await Packer.toBuffer(doc));
    expect(read).toMatchObject({ ok: true, encoding: 'DOCX' });
    expect(ingest([{ name: 'zhejiang.docx', content: read.ok ? read.text : '' }]).reports[0]).toMatchObject({
      id: 'zhejiang-2024',
    });
  });

  it('reads a PDF: page headers and numbers removed, lines broken mid-sentence joined again', async () => {
    const wrap = (line: string) => (line.length > 24 ? [line.slice(0, 24), line.slice(24)] : [line]);
    const lines = COUNTY.split('\n').flatMap(wrap);
    const pdf = makePdf([
      ['嘉善县人民政府', ...lines.slice(0, 5), '- 1 -'],
      ['嘉善县人民政府', ...lines.slice(5), '第 2 页'],
    ]);
    const read = await readReportFile('jiashan.pdf', pdf);
    expect(read).toMatchObject({ ok: true, encoding: 'PDF' });
    expect(read.ok ? read.text : '').toBe(COUNTY);
  });

  it('refuses a damaged PDF, a foreign zip and a damaged document in one sentence', async () => {
    expect(await readReportFile('x.pdf', Buffer.from('%PDF-1.7\n...'))).toEqual({
      ok: false,
      reason: '无法读取这个 PDF 文件（文件可能已损坏或加密）。',
    });
    expect(await readReportFile('x.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ ok: false });
    expect(await readReportFile('x.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({
      ok: false,
      reason: '无法读取这个 Word 文档（文件可能已损坏）。',
    });
  });
});

describe('adding reports changes no existing report', () => {
  it('leaves every seed report exactly as the seeds alone give it', async () => {
    const { rawFiles } = await import('./helpers/raw.js');
    const seeds = ingest(rawFiles());
    const more = ingest([
      ...rawFiles(),
      { name: 'zz_county.txt', content: COUNTY },
      { name: 'zz_national.txt', content: NATIONAL },
    ]);
    expect(more.reports).toHaveLength(seeds.reports.length + 2);
    for (const report of seeds.reports) expect(more.reports.find((r) => r.id === report.id)).toEqual(report);
  });
});
