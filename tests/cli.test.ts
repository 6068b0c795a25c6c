import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/corpus/paths.js';
import { runCli } from '../src/faces/cli/main.js';
import { tempDir } from './helpers/tempDir.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('govreport CLI (corpus commands)', () => {
  it('lists every report as JSON with the documented fields', async () => {
    const { code, out } = await cli('reports', '--json');
    expect(code).toBe(0);
    const reports = JSON.parse(out) as Record<string, unknown>[];
    expect(reports).toHaveLength(29);
    for (const r of reports)
      for (const k of ['id', 'city', 'short', 'province', 'level', 'year', 'paragraphs']) expect(r).toHaveProperty(k);
  });

  it('shows an outline by short name and by full name, latest year by default', async () => {
    const a = JSON.parse((await cli('outline', '嘉兴', '--json')).out);
    const b = JSON.parse((await cli('outline', '嘉兴市', '2024', '--json')).out);
    expect(a).toEqual(b);
    expect(a.report).toMatchObject({ id: 'jiaxing-2024', year: 2024 });
    expect(a.headings[0]).toMatchObject({ level: 1, text: '一、2023年工作回顾' });
  });

  it('quotes a paragraph verbatim with its citation and context', async () => {
    const { code, out } = await cli('quote', 'jiaxing-2024-3', '--context', '1', '--json');
    expect(code).toBe(0);
    const q = JSON.parse(out);
    expect(q).toMatchObject({ id: 'jiaxing-2024-3', city: '嘉兴市', year: 2024, section: '' });
    expect(q.text).toBe('一、2023年工作回顾');
    expect(q.context.before.map((p: { id: string }) => p.id)).toEqual(['jiaxing-2024-2']);
  });

  it('explains a glossary term and offers close terms for an unknown one', async () => {
    expect(JSON.parse((await cli('glossary', '五减', '--json')).out)).toMatchObject({
      term: '五减',
      definition: '指减税减费减租减息减支。',
      city: '南湖区',
      year: 2021,
    });
    const miss = await cli('glossary', '三馆', '--json');
    expect(miss.code).toBe(0);
    const unknown = await cli('glossary', '七星阁平台', '--json');
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.out).suggestions[0]).toContain('七星阁');
    const none = await cli('glossary', '量子计算', '--json');
    expect(none.code).toBe(1);
  });

  it('fails with exit 1 and the list of what exists for an unknown city or year', async () => {
    const city = await cli('outline', '杭州');
    expect(city.code).toBe(1);
    expect(city.err).toContain('现有城市');
    expect(city.err).toContain('嘉兴');
    const typo = await cli('targets', '嘉行', '2024');
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('你是不是要找：嘉兴？');
    const year = await cli('outline', '嘉兴', '2019');
    expect(year.code).toBe(1);
    expect(year.err).toBe('嘉兴没有2019年的政府工作报告。现有年份：2014、2015、2016、2024。');
    const id = await cli('quote', 'jiaxing-2024-9999');
    expect(id.code).toBe(1);
    expect(id.err).toContain('共有 87 段');
  });

  it('searches with filters and prints the documented JSON', async () => {
    const { code, out } = await cli('search', '营商环境', '--city', '南湖', '--limit', '3', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r).toMatchObject({ query: '营商环境', filters: { city: '南湖区' } });
    expect(r.total).toBeGreaterThan(3);
    expect(r.results).toHaveLength(3);
    for (const h of r.results)
      for (const k of ['id', 'report', 'city', 'year', 'section', 'text', 'snippet', 'score'])
        expect(h).toHaveProperty(k);
  });

  it('argument errors under --json are JSON on stdout with exit 1: an unknown flag, a chart path that is a folder', async () => {
    const folder = tempDir('png');
    for (const argv of [
      ['compare', 'GDP', '--png', folder, '--json'],
      ['targets', '嘉兴', '--bogus', '--json'],
      ['nosuch', '--json'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(JSON.parse(r.out).error, argv.join(' ')).toEqual(expect.any(String));
      expect(r.out).not.toMatch(/\n\s+at /u);
    }
  });

  it('searches with the operators, a range of years and newest first', async () => {
    const { code, out } = await cli('search', '"小区改造" -嘉兴', '--year', '2021-2023', '--sort', 'date', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r).toMatchObject({ understood: '"小区改造" -嘉兴', sort: 'date', filters: { year: 2021, yearTo: 2023 } });
    expect(r.total).toBeGreaterThan(0);
    for (const h of r.results) {
      expect(h.text).toContain('小区改造');
      expect(h.text).not.toContain('嘉兴');
    }
    const bad = await cli('search', '营商环境', '--sort', 'sideways');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('“排序”可以是 relevance（相关度）、date（年份从新到旧）');
  });

  it('fails politely on an empty search', async () => {
    const r = await cli('search', '   ');
    expect(r.code).toBe(1);
    expect(r.err).toContain('请输入要搜索的');
  });

  it('lists a year’s achieved figures from the next report’s review, and every fact of a place as JSON', async () => {
    const figures = JSON.parse((await cli('figures', '梅州', '2022', '--json')).out);
    expect(figures).toMatchObject({ city: '梅州市', year: 2022, report: { id: 'meizhou-2023' } });
    expect(figures.figures).toContainEqual(
      expect.objectContaining({
        indicator: '地区生产总值',
        measure: 'growth',
        shown: '同比增长0.5%',
        source: 'meizhou-2023-10',
      }),
    );
    const facts = JSON.parse(
      (await cli('facts', '嘉兴', '2023', '--indicator', 'GDP', '--stance', 'result', '--json')).out,
    );
    expect(facts.facts.map((f: { value: string }) => f.value)).toEqual(expect.arrayContaining(['7062.5亿元', '6.3%']));
    const bad = await cli('facts', '嘉兴', '--stance', 'maybe', '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).error).toContain('stance');
  });

  it('exports targets, figures and comparisons as CSV with a BOM, one row per value with its source', async () => {
    const targets = await cli('targets', '嘉兴', '2024', '--csv');
    expect(targets.out.startsWith('\ufeff城市,年份,指标')).toBe(true);
    expect(targets.out).toContain('嘉兴市,2024,地区生产总值,地区生产总值,6%左右,6,%,左右,jiaxing-2024-21');
    const compare = await cli('compare', 'GDP', '--year', '2022', '--stance', 'result', '--csv');
    expect(compare.out.split('\r\n')[1]).toBe('1,彬州市,陕西省,2022,实际,增长6.8%,6.8,%,binzhou-2023-6');
    expect((await cli('figures', '梅州', '2022', '--csv')).out).toContain('meizhou-2023-10');
  });

  it('runs when started through a symlink, as node_modules/.bin/govreport is', () => {
    const link = path.join(tempDir('bin'), 'govreport.ts');
    symlinkSync(path.join(PROJECT_ROOT, 'src/faces/cli/main.ts'), link);
    const r = spawnSync(process.execPath, ['--import', 'tsx', link, 'targets', '嘉兴', '2024', '--json'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).report.id).toBe('jiaxing-2024');
  }, 60_000);
});
