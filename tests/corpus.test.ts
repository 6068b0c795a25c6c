import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../src/corpus/corpus.js';
import { CORPUS_DIR, PROJECT_ROOT } from '../src/corpus/paths.js';
import { type IngestResult, ingest } from '../src/ingest/ingest.js';
import { writeCorpus } from '../src/ingest/write.js';
import { matchKey } from '../src/text/normalize.js';
import { rawFiles } from './helpers/raw.js';
import { tempDir } from './helpers/tempDir.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const SEED_SUMS = readFileSync(path.join(import.meta.dirname, 'fixtures/seeds.sha256'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [sum, name] = line.split(/\s+/u);
    return { sum: sum!, name: name! };
  });

let result: IngestResult;
let corpus: Corpus;

beforeAll(() => {
  result = ingest(rawFiles());
  corpus = loadCorpus();
});

function read(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        // raw/ is the input; built/ is the saved library, derived and not committed.
        if (e.name !== 'raw' && e.name !== 'built') walk(p);
      } else out[path.relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('corpus ingest', () => {
  it('keeps the committed raw copies byte for byte as the seeds were (their checksums are committed)', () => {
    const raw = new Set(rawFiles().map((f) => f.name));
    expect(SEED_SUMS.filter((s) => raw.has(s.name))).toHaveLength(SEED_SUMS.length);
    for (const s of SEED_SUMS) expect(sha256(readFileSync(path.join(CORPUS_DIR, 'raw', s.name))), s.name).toBe(s.sum);
  });

  // A missing seeds folder is a failure, not a pass: set GOVREPORT_SEEDS_DIR when they live elsewhere.
  // GOVREPORT_SEEDS_DIR=none (set by .ci/run, with a line saying so, in a clone with no seeds beside it)
  // shows this test as skipped; the checksum test above still holds corpus/raw to the seeds' bytes.
  const seedsDir = process.env.GOVREPORT_SEEDS_DIR ?? path.join(PROJECT_ROOT, '..', 'shared', 'seeds');
  it.skipIf(seedsDir === 'none')(
    'finds the shared seeds and they are still the reports the corpus was made from',
    () => {
      expect(existsSync(seedsDir), `no seeds at ${seedsDir}`).toBe(true);
      for (const s of SEED_SUMS) expect(sha256(readFileSync(path.join(seedsDir, s.name))), s.name).toBe(s.sum);
    },
  );

  it('finds 29 reports: 24 in the multi-report file, 3 嘉兴 in 003, 南湖 2021 and one merged 嘉兴 2024', () => {
    expect(result.reports).toHaveLength(29);
    const from = (file: string) => result.files.find((f) => f.file === file)!.reports;
    expect(from('001_6b340ccef4bd5f14.txt')).toHaveLength(24);
    expect(from('003_7a27ccec768c2c27.txt')).toEqual(['jiaxing-2014', 'jiaxing-2015', 'jiaxing-2016']);
    expect(from('002_c92fa45cce4e1a13.txt')).toEqual(['nanhu-2021']);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['jiaxing-2024', '嘉兴市', '嘉兴', '浙江省', '地级市', 2024, '李军', '2024-01-30'],
    ['nanhu-2021', '南湖区', '南湖', '浙江省', '市辖区', 2021, '邵潘锋', '2021-02-24'],
    ['binzhou-2023', '彬州市', '彬州', '陕西省', '县级市', 2023, null, null],
    ['nanning-2023', '南宁市', '南宁', '广西壮族自治区', '地级市', 2023, null, null],
    ['wenzhou-2023', '温州市', '温州', '浙江省', '地级市', 2023, null, null],
  ])('records the metadata of %s', (id, city, short, province, level, year, speaker, date) => {
    const r = corpus.reportById(id)!;
    expect({
      city: r.city,
      short: r.short,
      province: r.province,
      level: r.level,
      year: r.year,
      speaker: r.speaker,
      date: r.date,
    }).toEqual({ city, short, province, level, year, speaker, date });
  });

  it('records meeting and speaker role where the text gives them', () => {
    expect(corpus.reportById('jiaxing-2024')!.meeting).toBe('嘉兴市第九届人民代表大会第四次会议');
    expect(corpus.reportById('nanhu-2021')!).toMatchObject({
      meeting: '嘉兴市南湖区第九届人民代表大会第五次会议',
      speakerRole: '区长',
      parent: '嘉兴市',
    });
  });

  it('gives every report a year with evidence', () => {
    for (const r of result.reports) {
      expect(r.year).toBeGreaterThan(2000);
      expect(r.yearEvidence.length).toBeGreaterThan(0);
    }
  });

  it('infers the three 20xx 嘉兴 years from the 十二五 review and the meeting numbers', () => {
    const byFirstLine = (line: number) =>
      result.reports.find((r) => r.sources.some((s) => s.file.startsWith('003') && s.firstLine === line))!;
    expect(byFirstLine(9).year).toBe(2016);
    expect(byFirstLine(9).yearEvidence.join()).toContain('十二五');
    expect(byFirstLine(161).year).toBe(2014);
    expect(byFirstLine(161).yearEvidence.join()).toContain('七届人大三次会议');
    expect(byFirstLine(269).year).toBe(2015);
    expect(byFirstLine(269).yearEvidence.join()).toContain('七届人大四次会议');
  });

  it('merges the two copies of 嘉兴 2024 once, keeping the complete full-width copy', () => {
    const jx2024 = result.reports.filter((r) => r.city === '嘉兴市' && r.year === 2024);
    expect(jx2024).toHaveLength(1);
    expect(jx2024[0]!.sources.map((s) => [s.file, s.role])).toEqual([
      ['004_3a0320aa02799b23.txt', 'kept'],
      ['000_b75a5eb37c561253.txt', 'duplicate'],
    ]);
    expect(jx2024[0]!.paragraphs.some((p) => p.text.includes('主要预期目标为：地区生产总值增长6%左右'))).toBe(true);
    const dupLog = result.dropped.filter((d) => d.file.startsWith('000') && d.reason.startsWith('duplicate-of'));
    expect(dupLog.length).toBeGreaterThan(15);
  });

  it('leaves no web-page junk anywhere in the corpus', () => {
    const junk = [
      '学习啦',
      '小编',
      '责任编辑',
      '精彩图片',
      '查看余下全文',
      '的人还看了',
      'www.',
      '微信',
      '来源:嘉兴日报',
      '索 引 号',
      '琢妤分享',
      '1950106',
    ];
    for (const r of result.reports) {
      for (const p of r.paragraphs) for (const j of junk) expect(p.text, `${p.id} contains ${j}`).not.toContain(j);
      for (const m of r.meta) for (const j of junk) expect(m.text).not.toContain(j);
      // 目录 is junk as a line of its own; inside prose (引导目录) it is report text.
      expect(r.paragraphs.filter((p) => p.text === '目录' || p.text === '|')).toEqual([]);
    }
  });

  it('accounts for every non-blank line of every input: in the corpus or in the ingest log', () => {
    const pieces = new Map<string, { col: number; text: string }[]>();
    const add = (file: string, line: number, col: number, text: string) => {
      const key = `${file}:${line}`;
      pieces.set(key, [...(pieces.get(key) ?? []), { col, text }]);
    };
    for (const r of result.reports) {
      for (const p of r.paragraphs) add(p.source.file, p.source.line, p.source.col, p.text);
      for (const m of r.meta) add(m.source.file, m.source.line, m.source.col, m.text);
    }
    for (const d of result.dropped) add(d.file, d.line, d.col, d.text);
    let lines = 0;
    for (const f of rawFiles()) {
      f.content.split('\n').forEach((raw, i) => {
        if (raw.trim().replace(/\u00a0/gu, '') === '') return;
        lines += 1;
        const found = (pieces.get(`${f.name}:${i + 1}`) ?? [])
          .sort((a, b) => a.col - b.col)
          .map((p) => p.text)
          .join('');
        expect(found.replace(/\s/gu, ''), `${f.name}:${i + 1}`).toBe(raw.replace(/\s/gu, ''));
      });
    }
    expect(lines).toBeGreaterThan(1900);
  });

  it('splits the one-line 温州 report into its real paragraphs and headings', () => {
    const wz = corpus.reportById('wenzhou-2023')!;
    expect(wz.paragraphs.length).toBeGreaterThan(60);
    expect(wz.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual([
      '一、2022年工作回顾',
      '二、2023年主要目标任务和重点工作',
      '三、全面加强政府自身建设',
    ]);
    expect(Math.max(...wz.paragraphs.map((p) => p.text.length))).toBeLessThan(3000);
  });

  it('keeps each paragraph verbatim and knows its section path', () => {
    const p = corpus.allParagraphs().find((r) => r.paragraph.text.startsWith('建议2024年主要预期目标为：'))!;
    expect(p.paragraph.section).toEqual(['二、2024年工作任务']);
    expect(p.paragraph.text).toContain('，规上工业增加值增长6%以上，');
    const lead = corpus.allParagraphs().find((r) => r.paragraph.text.startsWith('(一)坚持精准施策'))!;
    expect(lead.paragraph.section).toEqual(['一、2022年工作回顾', '(一)坚持精准施策,化压力为动力,稳住了经济大盘']);
  });

  it('parses all 19 glossary entries of 南湖 2021 and links the body footnotes to them', () => {
    const nh = corpus.reportById('nanhu-2021')!;
    expect(nh.glossary.map((g) => g.marker)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(nh.glossary[1]).toMatchObject({ term: '五减', definition: '指减税减费减租减息减支。' });
    const linked = new Set(nh.paragraphs.flatMap((p) => p.glossaryRefs ?? []).map((g) => g.marker));
    expect(linked.size).toBe(19);
  });

  it('writes byte-identical output on two ingests, equal to the committed corpus', async () => {
    const a = tempDir('a');
    const b = tempDir('b');
    await writeCorpus(a, ingest(rawFiles()));
    await writeCorpus(b, ingest(rawFiles()));
    const first = read(a);
    expect(read(b)).toEqual(first);
    expect(read(CORPUS_DIR)).toEqual(first);
  });

  it('gives every paragraph a unique, readable id', () => {
    const ids = corpus.allParagraphs().map((p) => p.paragraph.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+-\d{4}[a-z]?-\d+$/);
  });

  it('normalises half- and full-width text to the same matching key', () => {
    expect(matchKey('增长6.3%，规上')).toBe(matchKey('增长6.3%,规上'));
  });
});
