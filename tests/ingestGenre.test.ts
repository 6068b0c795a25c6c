import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../src/corpus/corpus.js';
import { PROJECT_ROOT } from '../src/corpus/paths.js';
import { paragraphPeriods } from '../src/corpus/period.js';
import { extractFacts } from '../src/facts/store.js';
import { readReportFile } from '../src/ingest/formats.js';
import { ingest } from '../src/ingest/ingest.js';
import { makePdf } from './helpers/pdf.js';

/** Real reports of the genre corpus, in the shapes collectors and users bring them. */
const GENRE = process.env.GOVREPORT_GENRE_DIR ?? path.join(PROJECT_ROOT, '..', 'shared', 'genre');
const text = async (rel: string) => {
  const read = await readReportFile(rel, readFileSync(path.join(GENRE, rel)));
  if (!read.ok) throw new Error(read.reason);
  return read.text;
};
const paragraphsOf = (content: string, name = 'r.txt') =>
  ingest([{ name, content }]).reports.map((r) => r.paragraphs.map((p) => p.text));

describe('reports as the genre brings them', () => {
  it('reads CR-only, CRLF and LF line endings as the same paragraphs', async () => {
    const lf = (await text('hailar/2016.txt')).replace(/\r\n?/gu, '\n');
    const base = paragraphsOf(lf);
    expect(base[0]!.length).toBeGreaterThan(50);
    expect(paragraphsOf(lf.replace(/\n/gu, '\r'))).toEqual(base);
    expect(paragraphsOf(lf.replace(/\n/gu, '\r\n'))).toEqual(base);
  });

  it('merges an abridged copy of a report into the full one, saying how much they share', async () => {
    const full = await text('hebei/河北省_2009_report.txt');
    const lines = full.split('\n');
    // The copy keeps its header and every third line of the body, and changes a word in each.
    const abridged = lines
      .filter((_, i) => i < 20 || i % 3 === 0)
      .map((l, i) => (i >= 20 ? l.replace('。', '；') : l))
      .join('\n');
    const result = ingest([
      { name: 'full.txt', content: full },
      { name: 'short.txt', content: abridged },
    ]);
    expect(result.reports.map((r) => r.id)).toEqual(['hebei-2009']);
    expect(result.reports[0]!.sources.map((s) => [s.file, s.role])).toContainEqual(['short.txt', 'duplicate']);
    expect(result.warnings.join('\n')).toMatch(
      /short\.txt 与 full\.txt 是同一份报告（河北省2009年）的两个副本，但只有 \d+% 的段落相同/u,
    );
  });

  it('gives 陕西 its own id, never the one of 山西', async () => {
    const anhui = await text('provinces-2026/2026_安徽省_政府工作报告.txt');
    const shaanxi = anhui.replaceAll('安徽', '陕西');
    const shanxi = anhui.replaceAll('安徽', '山西');
    const result = ingest([
      { name: 'a.txt', content: shaanxi },
      { name: 'b.txt', content: shanxi },
    ]);
    expect(result.reports.map((r) => r.id).sort()).toEqual(['shaanxi-2026', 'shanxi-2026']);
  });

  it('tells a report on a five-year plan from the year’s work report of the same place and year', async () => {
    const plan = await text('baoding/保定市_2011_report.txt');
    const work = (await text('baoding/保定市_2010_report.txt'))
      .replaceAll('2010年1月26日', '2011年2月14日')
      .replaceAll('第三次会议', '第四次会议')
      .replace('一、2009年工作回顾', '一、2010年工作回顾');
    const result = ingest([
      { name: 'a-plan.txt', content: plan },
      { name: 'b-work.txt', content: work },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.reports.map((r) => r.id).sort()).toEqual(['baoding-2011', 'baoding-2011-plan']);
    expect(result.reports.find((r) => r.id === 'baoding-2011-plan')!.sources[0]!.file).toBe('a-plan.txt');
  });

  it('dates a review whose heading names no year by its opening, and splits a heading glued to its paragraph', async () => {
    const fujian = ingest([{ name: 'f.txt', content: await text('provinces-2026/2026_福建省_政府工作报告.txt') }])
      .reports[0]!;
    const periods = paragraphPeriods(fujian);
    const under = fujian.paragraphs.find(
      (p) => p.section[0]?.startsWith('一、一年接着一年干') && p.kind === 'paragraph',
    )!;
    expect(periods.get(under.id)).toEqual({ kind: 'review', from: 2025, to: 2025 });
    const zhumadian = ingest([{ name: 'z.txt', content: await text('zhumadian/2005_二00五年政府工作报告.txt') }])
      .reports[0]!;
    const at = zhumadian.paragraphs.findIndex((p) => p.text === '一、2004年政府工作回顾');
    expect(zhumadian.paragraphs[at]).toMatchObject({ kind: 'heading', level: 1 });
    expect(zhumadian.paragraphs[at + 1]!.text).toMatch(/^2004年，市人民政府/u);
    expect(zhumadian.paragraphs[at + 1]!.source.col).toBe(
      zhumadian.paragraphs[at]!.source.col + '一、2004年政府工作回顾'.length,
    );
    // Every figure of both reports now has a period: none is left out for the want of one.
    const facts = extractFacts(new Corpus([fujian, zhumadian]));
    expect([fujian.id, zhumadian.id].map((id) => facts.get(id)!.tally.leftOut['no period'] ?? 0)).toEqual([0, 0]);
  });

  it('refuses a congress’s resolution on a report, naming what it is', async () => {
    const resolution = await text('not-reports/第十四届全国人民代表大会第二次会议关于政府工作报告的决议.txt');
    const result = ingest([{ name: 'r.txt', content: resolution }]);
    expect(result.reports).toEqual([]);
    expect(result.errors).toEqual([
      expect.stringMatching(/^r\.txt:1: 这不是政府工作报告，而是人民代表大会关于政府工作报告的决议/u),
    ]);
  });
});

/**
 * Paragraphs set as a Chinese document sets them: indented by two ideographic spaces, broken at the margin
 * (30 characters), 40 lines to a page.
 */
function pdfPagesOf(paragraphs: string[]): string[][] {
  const printed = paragraphs.flatMap((p) =>
    [...`\u3000\u3000${p}`].reduce<string[]>((out, ch, i) => {
      if (i % 30 === 0) out.push('');
      out[out.length - 1] += ch;
      return out;
    }, []),
  );
  const pages: string[][] = [];
  for (let i = 0; i < printed.length; i += 40) pages.push(printed.slice(i, i + 40));
  return pages;
}

describe('one report in every format a user brings', () => {
  it('reads UTF-8 ± BOM, UTF-16, GB18030, CR/CRLF/LF, .md, HTML, DOCX and both kinds of PDF to the same paragraphs', async () => {
    // 海拉尔区 2012 as served: GBK with CRLF. Its text, one line per paragraph, is what every copy must give.
    const source = await text('hailar/2012.txt');
    // (A run of spaces inside a line is one space here: a page would show it as a paragraph's indent.)
    const lines = source
      .split(/\r\n|\n|\r/u)
      .map((l) => l.trim().replace(/[\s\u3000]{2,}/gu, ' '))
      .filter(Boolean);
    const plain = lines.join('\n');
    const expected = paragraphsOf(plain);
    expect(expected[0]!.length).toBeGreaterThan(20);
    const utf16 = (le: boolean) => {
      const body = Buffer.from(plain, 'utf16le');
      if (!le) for (let i = 0; i < body.length; i += 2) [body[i], body[i + 1]] = [body[i + 1]!, body[i]!];
      return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
    };
    const escapeHtml = (l: string) => l.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
    const html = `<html><head><title>政府工作报告</title></head><body><div class="nav"><a href="/">首页</a></div><div class="article">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div></body></html>`;
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
    const copies: [string, Uint8Array][] = [
      ['utf8.txt', Buffer.from(plain)],
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain)])],
      ['utf16le.txt', utf16(true)],
      ['utf16be.txt', utf16(false)],
      ['gb18030.txt', iconv.encode(plain, 'gb18030')],
      ['crlf.txt', Buffer.from(plain.replace(/\n/gu, '\r\n'))],
      ['cr.txt', Buffer.from(plain.replace(/\n/gu, '\r'))],
      ['report.md', Buffer.from(plain)],
      ['page.html', Buffer.from(html)],
      ['report.docx', docx],
      ['identity.pdf', makePdf(pdfPagesOf(lines))],
      ['predefined-cmap.pdf', makePdf(pdfPagesOf(lines), 'UniGB-UCS2-H')],
    ];
    for (const [name, bytes] of copies) {
      const read = await readReportFile(name, bytes);
      expect(read.ok, `${name}: ${read.ok ? '' : read.reason}`).toBe(true);
      expect(paragraphsOf(read.ok ? read.text : '', name), name).toEqual(expected);
    }
  });
});
