import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, PROJECT_ROOT } from '../src/corpus/paths.js';
import { loadLibrary } from '../src/query/library.js';
import { COUNTY, NO_PLACE, PROVINCE } from './fixtures/reports.js';
import { tempDir } from './helpers/tempDir.js';

/**
 * The real `npm run ingest`, on a copy of the committed corpus: whatever file a user brings, no report
 * already there is lost or changed, every file given gets a line, and the exit code tells the truth.
 */
const NANHU_2021 = readFileSync(path.join(CORPUS_DIR, 'raw', '002_c92fa45cce4e1a13.txt'), 'utf8');
function corpusCopy(): string {
  const dir = tempDir('ingestcmd');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  return dir;
}

function ingestCommand(dir: string, files: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'ingest', '--', ...files], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, GOVREPORT_CORPUS_DIR: dir },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const ids = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'catalog.json'), 'utf8')) as { id: string }[]).map((r) => r.id);
const reportFile = (dir: string, id: string) => readFileSync(path.join(dir, 'reports', `${id}.json`), 'utf8');

function inbox(files: Record<string, string | Buffer>): string {
  const dir = tempDir('inbox');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

// Each test runs `npm run ingest` as its own process, which reads the whole corpus: 10–20 s on this 2-core machine,
// more when the machine is busy (two CI runs at once timed one out at the suite's 30 s), so the file has its own limit.
describe('npm run ingest never loses or changes a report', { timeout: 120_000 }, () => {
  it('keeps both files when a new one has the name of a committed raw file', () => {
    const dir = corpusCopy();
    const nanhu = reportFile(dir, 'nanhu-2021');
    const box = inbox({
      '002_c92fa45cce4e1a13.txt': COUNTY,
    });
    const { code, out } = ingestCommand(dir, [path.join(box, '002_c92fa45cce4e1a13.txt')]);
    expect(code, out).toBe(0);
    expect(ids(dir)).toEqual(expect.arrayContaining(['nanhu-2021', 'jiashan-2024']));
    expect(reportFile(dir, 'nanhu-2021')).toBe(nanhu);
    expect(readFileSync(path.join(dir, 'raw', '002_c92fa45cce4e1a13.txt'), 'utf8')).toBe(NANHU_2021);
    expect(readdirSync(path.join(dir, 'raw')).filter((n) => n.endsWith('002_c92fa45cce4e1a13.txt'))).toHaveLength(2);
    expect(out).toMatch(/002_c92fa45cce4e1a13\.txt: 已收录为 corpus\/raw\/[0-9a-f]{8}_002_c92fa45cce4e1a13\.txt/u);
    // The library is saved with the corpus, and it is the new corpus's: the next start opens it.
    const library = loadLibrary(dir);
    expect(library.origin).toMatch(/^opened /u);
    expect(library.index.search('嘉善').total).toBeGreaterThan(0);
    expect(library.facts.has('jiashan-2024')).toBe(true);
  });

  it('keeps two downloads that share a name, and reads a report whatever its extension says (.md, .TXT)', () => {
    const dir = corpusCopy();
    const box = inbox({ 'a/政府工作报告.md': COUNTY, 'b/政府工作报告.md': PROVINCE });
    const first = ingestCommand(dir, [path.join(box, 'a/政府工作报告.md'), path.join(box, 'b/政府工作报告.md')]);
    expect(first.code, first.out).toBe(0);
    expect(readdirSync(path.join(dir, 'raw')).filter((n) => n.endsWith('政府工作报告.md'))).toHaveLength(2);
    expect(ids(dir)).toEqual(expect.arrayContaining(['jiashan-2024', 'zhejiang-2024']));
    const box2 = inbox({
      'county.TXT': COUNTY.replace('900亿元', '901亿元')
        .replace('2024年嘉善县', '2024年海盐县')
        .replaceAll('嘉善县', '海盐县'),
    });
    const { code, out } = ingestCommand(dir, [box2]);
    expect(code, out).toBe(0);
    expect(ids(dir)).toEqual(expect.arrayContaining(['jiashan-2024', 'zhejiang-2024', 'haiyan-2024']));
    expect(out).toMatch(/county\.TXT: 已收录/u);
  });

  it('refuses empty and binary files with a line each and exit 1, without holding back the good file beside them', () => {
    const dir = corpusCopy();
    const catalogBefore = ids(dir);
    const nanhu = reportFile(dir, 'nanhu-2021');
    const rawBefore = readdirSync(path.join(dir, 'raw'));
    const binary = Buffer.from(Array.from({ length: 2_000_000 }, (_, i) => (i * 131) % 256));
    const box = inbox({ 'empty.txt': '', 'blob.bin': binary, 'good.txt': COUNTY });
    const { code, out } = ingestCommand(dir, [box]);
    expect(code).toBe(1);
    expect(out).toMatch(/empty\.txt: 未收录（文件是空的。）/u);
    expect(out).toMatch(/blob\.bin: 未收录/u);
    expect(out).toMatch(/good\.txt: 已收录为 corpus\/raw\/good\.txt，报告 jiashan-2024/u);
    expect(out).toMatch(/2 个文件未收录，1 个已收录。/u);
    expect(out).not.toMatch(/\n\s+at /u); // no stack trace
    expect(out.length).toBeLessThan(20_000); // the binary's bytes are not echoed
    expect([...ids(dir)].sort()).toEqual([...catalogBefore, 'jiashan-2024'].sort());
    expect(reportFile(dir, 'nanhu-2021')).toBe(nanhu);
    expect(readdirSync(path.join(dir, 'raw')).sort()).toEqual([...rawBefore, 'good.txt'].sort());
  });

  it('keeps two reports of one place whose text is nearly the same but whose year and meeting differ', () => {
    const dir = corpusCopy();
    const nanhu = reportFile(dir, 'nanhu-2021');
    const nextYear = NANHU_2021.replace('2021年2月24日在嘉兴市南湖区第九届', '2022年2月22日在嘉兴市南湖区第九届')
      .replace('人民代表大会第五次会议上', '人民代表大会第六次会议上')
      .replace('发布日期 | 2021-03-10', '发布日期 | 2022-03-10');
    const box = inbox({ 'nanhu-next.txt': nextYear });
    const { code, out } = ingestCommand(dir, [path.join(box, 'nanhu-next.txt')]);
    expect(code, out).toBe(0);
    expect(ids(dir)).toEqual(expect.arrayContaining(['nanhu-2021', 'nanhu-2022']));
    expect(reportFile(dir, 'nanhu-2021')).toBe(nanhu);
  });

  it('walks a folder of folders, says what it skips, and takes --place/--year for the files after them', () => {
    const dir = corpusCopy();
    const box = inbox({
      'zhejiang/jiashan/2024.txt': COUNTY,
      'zhejiang/.hidden.txt': COUNTY,
      'zhejiang/photo.jpg': Buffer.from([0xff, 0xd8, 0xff]),
      'unplaced/a.txt': NO_PLACE,
      'unplaced/b.txt': NO_PLACE.replace('2024年工作回顾', '2023年工作回顾'),
      'later/c.txt': NO_PLACE.replace('全年经济平稳增长。', '全年经济稳中有进。'),
    });
    const { code, out } = ingestCommand(dir, [
      path.join(box, 'zhejiang'),
      '--place',
      '嘉善县',
      path.join(box, 'unplaced', 'a.txt'),
      '--year',
      '2023',
      path.join(box, 'unplaced', 'b.txt'),
      '--place',
      '',
      '--year',
      '',
      path.join(box, 'later'),
    ]);
    expect(code, out).toBe(1);
    expect(out).toMatch(/\.hidden\.txt: 隐藏文件，已跳过。/u);
    expect(out).toMatch(/photo\.jpg: \.jpg 文件不会是报告，已跳过。/u);
    expect(out).toMatch(/jiashan\/2024\.txt: 已收录为 corpus\/raw\/2024\.txt，报告 jiashan-2024/u);
    expect(out).toMatch(/unplaced\/a\.txt: 已收录为 corpus\/raw\/a\.txt，报告 jiashan-2025/u);
    expect(out).toMatch(/unplaced\/b\.txt: 已收录为 corpus\/raw\/b\.txt，报告 jiashan-2023/u);
    // Said for the files before it only: c.txt names no place, so it alone stays out.
    expect(out).toMatch(/later\/c\.txt: 未收录（见上）/u);
    expect(out).toMatch(/1 个文件未收录，3 个已收录。/u);
    expect(JSON.parse(readFileSync(path.join(dir, 'raw', 'a.txt.meta.json'), 'utf8'))).toEqual({ place: '嘉善县' });
    // A second run over the same folders adds nothing and says so for each file.
    const again = ingestCommand(dir, [path.join(box, 'zhejiang'), path.join(box, 'unplaced')]);
    expect(again.code, again.out).toBe(0);
    expect(again.out.match(/内容相同，已跳过。/gu)).toHaveLength(3);
  });

  it('answers a path that does not exist in one sentence, without a stack trace', () => {
    const dir = corpusCopy();
    const { code, out } = ingestCommand(dir, [path.join(tmpdir(), 'no-such-report.txt')]);
    expect(code).toBe(1);
    expect(out).toMatch(/no-such-report\.txt: 找不到这个文件。/u);
    expect(out).not.toMatch(/\n\s+at /u);
  });
});
