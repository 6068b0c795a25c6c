import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/corpus/paths.js';
import { readReportFile } from '../src/ingest/formats.js';
import { ingest } from '../src/ingest/ingest.js';

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
      .filter((l, i) => i < 20 || i % 3 === 0)
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

  it('refuses a congress’s resolution on a report, naming what it is', async () => {
    const resolution = await text('not-reports/第十四届全国人民代表大会第二次会议关于政府工作报告的决议.txt');
    const result = ingest([{ name: 'r.txt', content: resolution }]);
    expect(result.reports).toEqual([]);
    expect(result.errors).toEqual([
      expect.stringMatching(/^r\.txt:1: 这不是政府工作报告，而是人民代表大会关于政府工作报告的决议/u),
    ]);
  });
});
