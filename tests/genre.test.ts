import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, PROJECT_ROOT } from '../src/corpus/paths.js';
import type { ReportSummary } from '../src/corpus/types.js';
import { findTargetsPassage } from '../src/facts/extract.js';
import { loadLibrary } from '../src/query/library.js';
import { ask } from './helpers/askText.js';
import { tempDir } from './helpers/tempDir.js';

/**
 * The genre corpus (../shared/genre: 83 real reports of the State Council, provinces, cities and a district
 * as collectors served them, two resolutions on a report, and its README) through the real
 * `npm run ingest`, on a copy of the committed corpus: one command takes them all, each file with the
 * right place, level and year, the non-reports refused in a sentence each, the seeds untouched.
 */
const GENRE = process.env.GOVREPORT_GENRE_DIR ?? path.join(PROJECT_ROOT, '..', 'shared', 'genre');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? filesUnder(path.join(dir, n)) : [path.join(dir, n)]));
}

/**
 * What each file is, from its folder and name as the genre README describes them. Two names lie, and the
 * report's own words win: 保定市_2006 holds the 2007 report (its meeting line and date say so), and the
 * three zhumadian files named 2014_ are the 2011, 2012 and 2013 reports.
 */
function expected(file: string): { city: string; level: string; year: number } | null {
  const rel = path.relative(GENRE, file);
  const [folder, name] = rel.split(path.sep) as [string, string];
  const year = Number(/(19|20)\d\d/u.exec(name)?.[0]);
  switch (folder) {
    case 'national':
      return { city: '全国', level: '国家', year };
    case 'provinces-2026': {
      const city = /^2026_(.+?)_/u.exec(name)![1]!;
      return { city, level: /自治区$/u.test(city) ? '自治区' : city === '重庆市' ? '直辖市' : '省', year: 2026 };
    }
    case 'hebei':
      return { city: '河北省', level: '省', year };
    case 'baoding':
      return { city: '保定市', level: '地级市', year: year === 2006 ? 2007 : year };
    case 'hailar':
      return { city: '海拉尔区', level: '市辖区', year };
    case 'zhumadian': {
      const own = { 二O一一: 2011, 二O一二: 2012, 二O一三: 2013 }[/_(二O一[一二三])年/u.exec(name)?.[1] ?? ''];
      return { city: '驻马店市', level: '地级市', year: own ?? year };
    }
    default:
      return null;
  }
}

function ingestCommand(dir: string, args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'ingest', '--', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, GOVREPORT_CORPUS_DIR: dir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!existsSync(GENRE))('the genre corpus, in one command', () => {
  const dir = tempDir('genre');
  const files = existsSync(GENRE) ? filesUnder(GENRE) : [];
  const reports = files.filter((f) => expected(f));
  let first: { code: number | null; out: string };
  let catalog: ReportSummary[];
  const seedFiles = () =>
    readdirSync(path.join(CORPUS_DIR, 'reports')).map((n) => [n, readFileSync(path.join(dir, 'reports', n), 'utf8')]);

  beforeAll(() => {
    cpSync(CORPUS_DIR, dir, { recursive: true });
    first = ingestCommand(dir, [GENRE]);
    catalog = JSON.parse(readFileSync(path.join(dir, 'catalog.json'), 'utf8')) as ReportSummary[];
  }, 240_000);

  it('adds all 83 reports and refuses the two resolutions and the README with a sentence each', () => {
    expect(reports).toHaveLength(83);
    for (const f of reports) expect(first.out, f).toContain(`${f}: 已收录为 corpus/raw/`);
    expect(first.out).toMatch(
      /关于政府工作报告的决议\.txt:1: 这不是政府工作报告，而是人民代表大会关于政府工作报告的决议/u,
    );
    expect(first.out.match(/这不是政府工作报告/gu)).toHaveLength(2);
    expect(first.out).toMatch(/README\.md:1: 不像一份政府工作报告/u);
    expect(first.out).toMatch(/3 个文件未收录，83 个已收录。/u);
    expect(first.code).toBe(1);
  });

  it('reads each report with the right place, level and year, its own words winning over a preamble or a file name', () => {
    const wrong: string[] = [];
    for (const f of reports) {
      const want = expected(f)!;
      const line = first.out.split('\n').find((l) => l.startsWith(`${f}: 已收录为`)) ?? '';
      const ids = [...line.matchAll(/(?:报告|并入) ([a-z0-9-]+)/gu)].map((m) => m[1]!);
      const got = catalog.find((r) => ids.includes(r.id));
      if (!got || got.city !== want.city || got.level !== want.level || got.year !== want.year)
        wrong.push(`${path.basename(f)}: ${got ? `${got.city} ${got.level} ${got.year}` : `no report (${line})`}`);
    }
    expect(wrong).toEqual([]);
    // 保定市_2006 and _2007 are one report (the 2007 one), kept once.
    expect(catalog.filter((r) => r.city === '保定市' && r.year === 2007)).toHaveLength(1);
  });

  it('reads the speaker of the provincial reports, printed on a line of its own', () => {
    const provinces = catalog.filter((r) => r.year === 2026 && ['省', '自治区', '直辖市'].includes(r.level));
    expect(provinces).toHaveLength(16);
    expect(provinces.filter((r) => !r.speaker).map((r) => r.id)).toEqual([]);
  });

  it('changes no seed report, and a second run adds nothing', () => {
    const before = readdirSync(path.join(CORPUS_DIR, 'reports')).map((n) => [
      n,
      readFileSync(path.join(CORPUS_DIR, 'reports', n), 'utf8'),
    ]);
    expect(seedFiles()).toEqual(before);
    const again = ingestCommand(dir, [GENRE]);
    expect(again.out.match(/内容相同，已跳过。/gu)).toHaveLength(83);
    expect(again.out).toMatch(/3 个文件未收录，0 个已收录。/u);
  });

  it('gives the main targets of every report whose text lists them, and prints the counts per folder', () => {
    const library = loadLibrary(dir);
    const byFolder = new Map<
      string,
      { reports: number; lists: number; items: number; facts: number; undated: number }
    >();
    const ours = new Set(catalog.map((r) => r.id));
    const seedIds = new Set(readdirSync(path.join(CORPUS_DIR, 'reports')).map((n) => n.replace(/\.json$/u, '')));
    const lost: string[] = [];
    for (const id of ours) {
      if (seedIds.has(id)) continue;
      const report = library.corpus.reportById(id)!;
      const folder =
        path.relative(GENRE, path.dirname(files.find((f) => path.basename(f) === report.sources[0]!.file) ?? GENRE)) ||
        '?';
      const f = library.facts.get(id)!;
      const row = byFolder.get(folder) ?? { reports: 0, lists: 0, items: 0, facts: 0, undated: 0 };
      row.reports += 1;
      row.facts += f.facts.length;
      // Without a period: kept with none, or left out because no heading or opening dated them.
      row.undated += f.facts.filter((x) => x.period.kind === 'none').length + (f.tally.leftOut['no period'] ?? 0);
      const passage = findTargetsPassage(report);
      if (passage) {
        row.lists += 1;
        row.items += f.targets.length;
        // Every clause of the list that holds a figure becomes a target: none is lost.
        const withFigures = passage.text.split(/[,，;；。]/u).filter((c) => /\d/u.test(c)).length;
        const numeric = f.targets.filter((t) => t.number !== null || t.relation === 'relative').length;
        if (numeric < withFigures) lost.push(`${id}: ${numeric} of ${withFigures}`);
      }
      byFolder.set(folder, row);
    }
    console.log('folder\treports\twith a target list\tlist items\tfacts with a period\tvalues without a period');
    for (const [folder, r] of [...byFolder].sort())
      console.log(`${folder}\t${r.reports}\t${r.lists}\t${r.items}\t${r.facts}\t${r.undated}`);
    expect(lost).toEqual([]);
    // The reports that state the year's list, as read by hand: every one of them gives it.
    const mustHave = catalog.filter(
      (r) =>
        !seedIds.has(r.id) &&
        ((r.year === 2026 && r.level !== '国家') ||
          r.city === '驻马店市' ||
          (r.city === '海拉尔区' && r.year >= 2012) ||
          (r.city === '保定市' && r.year <= 2010) ||
          (r.city === '河北省' && [2000, 2002, 2003, 2004, 2005, 2007, 2009, 2010, 2012].includes(r.year))),
    );
    expect(mustHave).toHaveLength(46);
    const without = mustHave.filter((r) => (library.facts.get(r.id)?.targets.length ?? 0) < 3).map((r) => r.id);
    expect(without).toEqual([]);
  });

  it('answers a later part asking a comparison, a part of the first (其中), and a rank as the report writes it', () => {
    const library = loadLibrary(dir);
    // 比1957年 is the year compared with, not the year asked: the growth of the first part's subject.
    const compared = ask(library, '1958年全国工业和手工业总产值是多少？比1957年增长了多少');
    expect(compared.found).toBe(true);
    expect(compared.answer).toContain('一千一百七十亿元');
    expect(compared.answer).toContain('百分之六十六');
    // 其中… asks a part of the first part's subject: its own figure, never the first's again.
    const part = ask(library, '驻马店2012年新开工新型农村社区多少个？其中万人社区有几个');
    expect(part.found).toBe(true);
    expect(part.answer).toMatch(/51个[\s\S]*21个/u);
    const notWhole = ask(library, '南宁2022年开工亿元以上工业项目多少个？其中百亿元的有几个');
    expect(notWhole.found).toBe(false);
    expect(notWhole.reason?.match(/124个/gu)).toHaveLength(1);
    // A streak and a rank reached, as written.
    expect(ask(library, '福建2025年杂交水稻制种面积全国排第几').value).toBe('连续8年全国第一');
    expect(ask(library, '安徽十四五期间两化融合发展水平升到全国第几位').value).toBe('从全国第15位升至第5位');
    // A plan's goal from the report on that plan (1955, on the first five-year plan); asked where it gets to
    // (达到多少), never a growth.
    expect(ask(library, '第一个五年计划要求开滦煤矿到1957年的年产能力达到多少').value).toBe('九百六十八万吨');
    // A figure the question states itself is what it knows: the investment is asked, not the count it quotes.
    expect(ask(library, '黑龙江2025年那1000个省级重点产业项目完成了多少投资').value).toContain('1865.7亿元');
    // 稳增长 names the measures; it asks no growth.
    expect(ask(library, '广西2025年出台了几条稳增长措施').value).toContain('100条');
    const reach = ask(library, '一五计划里到1957年粮食产量要达到多少');
    expect(reach.value ?? '').not.toMatch(/增长/u);
  });

  it('answers questions on the genre reports the way the reports word them', () => {
    const library = loadLibrary(dir);
    // A place typed one character off, with a question word ending in 市 later on (多少件市政协…): corrected, said so.
    const typo = ask(library, '忻洲2022年办结了多少件市政协委员提案？');
    expect(typo.answer).toContain('按“忻州”回答');
    expect(typo.value).toBe('402件');
    // A list of verbs sharing one object, asked with 各: one answer each, the second verb's own figure.
    const each = ask(library, '驻马店2008年新建和改扩建的村卫生室各有多少所？');
    expect(each.found).toBe(true);
    expect(each.answer).toContain('42所');
    expect(each.answer).toContain('880所');
    // …and the other verb's figure never answers one of them.
    expect(ask(library, '驻马店2008年改扩建村卫生室有多少所').value).toBe('880所');
    // A part of an indicator (its graduates) is not the indicator: its figure is shown as related, not as the answer.
    const part = ask(library, '福建十四五期间城镇新增就业中，高校毕业生就业多少人？');
    expect(part.found).toBe(false);
    expect(part.reason).toContain('相关数据（不是答案）');
    // 说要把… is how a question reports the plan, 努力把… how the report words it: neither is the subject.
    expect(ask(library, '1994年国务院说要把物价涨幅控制在多少？').value).toContain('百分之十以内');
    // A report named by its year beside the data year: that report's plan for the next year.
    expect(ask(library, '1980年那份国务院报告里，81年铁路货运量计划安排多少？').value).toBe('10.6亿吨');
    // 增长了 after a comparison with a year written in full-width figures is a growth, shown with its 了 as written.
    expect(ask(library, '1955年全国邮电业务总量比上年增长了多少？').value).toBe('增长了１３％');
    // A header without the meeting: the opening paragraph names the congress, quoted with its id.
    const meeting = ask(library, '1975年国务院的政府工作报告在哪个会议上作的？');
    expect(meeting.answer).toContain('第四届全国人民代表大会');
    expect(meeting.source?.id).toMatch(/^china-1975-\d+$/u);
    // Asked who delivered it, the meeting alone is no answer: not stated, the meeting said beside.
    const who = ask(library, '1975年国务院政府工作报告的报告人是谁？');
    expect(who.found).toBe(false);
    expect(who.reason).toContain('没有写明报告人');
    expect(who.reason).toContain('第四届全国人民代表大会');
    // 人均 asks another statistic than the total: 驻马店's 2003 review gives only the total GDP, never answered for it.
    expect(ask(library, '驻马店2002年人均GDP多少元').found).toBe(false);
    // An amount in 亿 with 余 or 多 before its base unit (２亿余元, 9亿多元) is a figure in 亿元.
    expect(ask(library, '1955年国家支出农村救济费多少钱').value).toBe('２亿余元');
    // A count whose subject opens with the change (增加…招生计划1.76万个) answers 增加了多少.
    expect(ask(library, '辽宁2025年优质特色普通高中招生计划增加了多少个').value).toBe('1.76万个');
    // Tasks counted (落地见效的改革任务有多少项) are no target: the review's count answers.
    expect(ask(library, '宁夏2025年落地见效的改革任务有多少项').value).toContain('163项');
    // English: "how much … invest" asks money, and an amount followed by what it is spent on (，实施19个…项目) is
    // named by it; a hyphen joins a phrase's words as a space does (public-transport); non-US is 非美.
    expect(
      ask(library, 'How much will Hailar District invest in key urban infrastructure projects in 2013?').value,
    ).toBe('3.9亿元');
    expect(
      ask(
        library,
        'By how many percentage points will Jiaxing raise the public-transport share in its urban area in 2014?',
      ).value,
    ).toBe('提高2个百分点');
    expect(ask(library, "How fast did Shandong's exports to non-US markets grow in 2025?").value).toBe('增长8.4%');
    // An English subject no figure matches word for word is matched in part, one common word of what was done or
    // counted let go (项目 of "projects": 整县推进美丽乡村建设10个)…
    expect(
      ask(library, 'How many whole-county beautiful-countryside projects does Fujian plan to complete in 2026?').value,
    ).toBe('10个');
    // …never a word of the thing itself (national-level: 19个省级…重点县 is the provincial count)…
    expect(
      ask(
        library,
        'How many national-level key counties for raising grain production capacity will Liaoning set up in 2026?',
      ).value ?? '',
    ).not.toBe('19个');
    // …and "how many" with no unit named counts things: an area (蔬菜种植面积2万亩) never answers it.
    expect(
      ask(library, 'How many large vegetable storage warehouses did Hailar District plan to build in 2014?').value ??
        '',
    ).not.toContain('万亩');
    // A place the subject names beside the report's (兰州市 in 甘肃's report): never answered with the report's own figure.
    const lanzhou = ask(library, '甘肃2026年的报告里，兰州市2026年地区生产总值的增长目标是多少？');
    expect(lanzhou.found).toBe(false);
    expect(lanzhou.reason).toContain('兰州市地区生产总值');
    // An item of a 分别 list, quoted (“新三样”产品), shares the list's tail (…和中间品出口分别增长36.1%、21.6%).
    expect(ask(library, '广西2025年“新三样”产品出口增长了多少？').value).toBe('增长36.1%');
    // 预计 asked of a five-year period the report reviews asks the review's estimate, shown as one — no plan's goal.
    const estimate = ask(library, '福建“十四五”时期文旅经济增加值预计达到多少？');
    expect(estimate.value).toContain('6500亿元');
    expect(estimate.answer).toContain('预计');
    // A count whose own label names what it counts (实施规模化技改试点15个左右) never answers how many of another thing,
    // whose words only the clause before holds (加快推进重点产业集群“六个一”全覆盖, no figure of its own).
    expect(ask(library, '江西2026年要推动多少个重点产业集群实现“六个一”全覆盖？').found).toBe(false);
    // A count named only by a clause ending in 的 counts what the count before it counts (全年施工的更新改造项目七万四千个，
    // 全部建成的三万九千个).
    expect(ask(library, '1984年全国全部建成的更新改造项目有多少个？').value).toBe('三万九千个');
    // A subject ending in a one-character quantity noun the unit states (进出口额 by 亿元) is named by the words before
    // it when the figure never writes that character (跨境电商进出口223亿元).
    expect(ask(library, '珠海2022年跨境电商进出口额是多少？').value).toBe('223亿元');
    // The copula left at a subject's end once 多少 is read (签约额是多少, cut 签约|额是) is no part of it.
    expect(ask(library, '黑龙江2025年定制农业签约额是多少？').value).toBe('突破50亿元');
    // Examples an English question gives in brackets are no part of its subject.
    expect(
      ask(
        library,
        'In its 2009 plan, how many railway projects did Hebei say it would speed up construction of (e.g. the Beijing–Shanghai high-speed line)?',
      ).value,
    ).toContain('17条');
    // 社会商品零售总额, the old name of 社会消费品零售总额, is that indicator; a rate the report gives its own verb keeps it.
    expect(ask(library, '1958年全国社会消费品零售总额增长了多少').value).toBe('比上年增加了百分之十六');
    // 减少多少, asked of a sentence giving the change as an amount and as a rate: both, as written (一百多亿元 is read).
    expect(ask(library, '1981年全国国内财政收入较1978年减少多少').value).toBe('减少一百多亿元、减少近百分之十');
    // An amount before what it is of (拟发行1400亿元长期建设国债): the words after it in its clause name it.
    expect(
      ask(library, 'How many treasury bonds for long-term construction will the State Council issue in 2003?').value,
    ).toBe('1400亿元');
    // 任务 counted asks what was done; 任务为 asks the plan's quota.
    expect(ask(library, '泉州2022年实施的重点改革任务有多少项').value).toContain('28项');
    expect(ask(library, '南宁2023年植树造林任务为多少亩').answer).toContain('目标：38万亩');
    // 由多少升到多少 asks where it started too: the figure stated with its start answers.
    expect(ask(library, '南湖“十三五”时期空气质量优良率由多少升到多少').value).toBe('从64.4%提高至87.2%');
    // 占… opening a later part is no place; 约为 before a figure stays with it.
    const privateEconomy = ask(library, '河北2008年民营经济增加值是多少？占全省生产总值比重多少？');
    expect(privateEconomy.answer).toContain('约为8400亿元');
    expect(privateEconomy.answer).toContain('52.8%左右');
    // 累计 before a change's verb stays with it (单位GDP能耗累计下降16%左右).
    expect(ask(library, '江西十四五时期单位GDP能耗累计降低多少').value).toBe('累计下降16%左右');
    // Figures in other units listed with 、 share the noun after the last (完成1.8万户、189万平方米棚改任务).
    expect(ask(library, '海拉尔区2017年棚改任务完成了多少户').value).toBe('1.8万户');
    // A target the list sets with no verb of its own is said in the list's words (经济增长速度8 ％).
    expect(ask(library, '1998年国务院定的经济增长目标完成了没有').answer).toContain('经济增长速度8 ％');
    // A speaker's name letter-spaced in the header (李 谦) is read as the name and shown as written too.
    expect(ask(library, '保定2011年的政府工作报告由谁来作的？').answer).toContain('李谦（原文“李 谦”）');
    // 增长了百分之多少 asks a growth: the five years' level (达到852.7亿元) never answers it.
    const retail = ask(library, '2010年保定社会消费品零售总额增长了百分之多少');
    expect(retail.found).toBe(false);
    expect(retail.answer).toBeNull();
    // A figure held for years running (粮食产量连年稳定在130亿斤以上) is no one year's.
    expect(ask(library, '驻马店2010年粮食产量有多少').value ?? '').not.toContain('130亿斤');
    // train is also 培育 (培育技术经理人超过600人).
    expect(ask(library, 'How many technology managers will Liaoning cultivate or train in 2026?').value).toBe(
      '超过600人',
    );
    // A target the plan is arranged at keeps its frame (地区生产总值按增长5%安排).
    expect(ask(library, '江苏2026年GDP目标是多少').answer).toContain('按增长5%安排');
    // A count followed by its noun and 的 (17枚奖牌的优异成绩) counts that noun, not what follows 的.
    expect(ask(library, '嘉兴2013年运动员在全运会上取得了多少枚奖牌').value).toBe('17枚奖牌');
    // The place asked, named again inside a name (南水北调保定段), is the name's: it stays in the subject.
    expect(ask(library, '保定2006年用两个多月完成了南水北调保定段多少亩占地的征迁工作').value).toBe('8.8万亩');
    // Two years written as a span are the period the review gives (这两年中).
    expect(ask(library, '1977年到1978年全国财政收入增长了多少').value).toBe('增长百分之四十四点四');
    // Two indicators joined by "and" are asked one by one; an uppercase term (PPP) is read as the text is.
    const jobs = ask(
      library,
      "What were Hebei's 2007 targets for new urban jobs and the registered urban unemployment rate?",
    );
    expect(jobs.answer).toContain('45万人');
    expect(jobs.answer).toContain('4.6%以内');
    expect(
      ask(
        library,
        "What total investment does Hailar District plan for the food industrial park's infrastructure PPP project in 2017?",
      ).value,
    ).toBe('11.4亿元');
    // …and a figure whose neighbour in the list is the other indicator asked is never half the answer.
    expect(ask(library, "What were Wenzhou's GDP and general public budget revenue targets in 2023?").found).toBe(
      false,
    );
    // 增产/减产 state a change (比上年增产１１９９万吨 continues 粮食产量), never an amount.
    expect(ask(library, '1986年全国粮食产量比上年增产了多少').value).toContain('增产１１９９万吨');
    // Asked no kind of figure, the work plan's amount stands beside the list's growth.
    const foreign = ask(library, '河北2010年实际利用外资目标是多少');
    expect(foreign.answer).toContain('增长5%');
    expect(foreign.answer).toContain('38亿美元以上');
    // The words after a figure name it only up to the next figure stated with its own verb.
    expect(ask(library, '茂名2022年荔枝销售额增长了多少').value).toBe('增长13.3%');
    // 家 counts firms: a count in 家 answers how many 企业, whether or not the sentence says the word.
    expect(ask(library, '经过十四五时期，河南的专精特新小巨人企业有多少家').value).toBe('450家');
    // A list counted after 多少条 is answered item by item when each has its own figure (美丽河湖30条、幸福河湖69条).
    const rivers = ask(library, '重庆十四五期间累计建成了多少条美丽河湖和幸福河湖');
    expect(rivers.answer).toContain('30条');
    expect(rivers.answer).toContain('69条');
    // 第几届 of a festival asks no question about the report's congress; 哪次大会 does.
    expect(ask(library, '河北2003年举办的吴桥国际杂技艺术节是第几届').answer ?? '').not.toContain('人民代表大会');
    expect(ask(library, '1975年国务院的政府工作报告是向哪次大会作的').answer).toContain('第四届全国人民代表大会');
    // A classifier after 多少 that jieba only glues to the next word by guessing (家首店) is the classifier asked.
    expect(ask(library, '宁夏2025年引进了多少家首店').value).toBe('100多家');
    // No pair of characters is matched across a comma or a word taken out (决算中，国防支出占本年支出 → 决算中 国防支出占 支出).
    expect(ask(library, '1955年国家决算中，国防支出占本年支出的比重是多少').value).toBe('２２．１５％');
    // A subject of two clauses asks its last: the frame's figure (城镇新增就业265.15万人) never answers the graduates.
    expect(ask(library, '福建十四五期间城镇新增就业里，高校毕业生就业了多少人').found).toBe(false);
    // How a figure is adjusted (扣除物价因素) names no indicator and no subject, in the question or the report.
    expect(ask(library, '1993年全国城镇居民人均生活费收入扣除物价因素增长了多少').value).toContain('百分之十点二');
    // 提高了多少 asks a change: the amount the report gives answers it (最低工资标准每月提高183元).
    expect(ask(library, '2025年宁夏最低工资标准每月提高了多少').value).toBe('提高183元');
    // 力争 before a figure is its qualifier, and a stretch target is shown beside the one set, as written.
    expect(ask(library, '南湖区十四五期间规上工业总产值的目标是多少').value).toBe('达到1800亿元以上、力争2000亿元');
    // 政府工作报告的… holds 作报告的 but asks nothing about who delivered it.
    expect(ask(library, '南湖区2021年政府工作报告的发文文号是多少').found).toBe(false);
    // 预计 (English: expect) asks a spring report's estimate of its own year, said to be one — never the next review's result.
    expect(ask(library, 'How much tourism revenue does Hailar District expect for 2016?').answer).toContain('83亿元');
    expect(ask(library, '海拉尔2016年旅游收入预计多少').answer).toContain('预计数');
    // 从多少提升到多少 asks both ends: a figure stated without its start is related, never the answer.
    expect(ask(library, '南湖区十三五期间市控以上断面Ⅲ类水占比从多少提升到多少').found).toBe(false);
    // The list's figure restated in the work plan with the bound the list leaves out is shown beside it (确保 is no subject).
    expect(ask(library, '驻马店2012年城镇新增就业目标是多少').answer).toContain('5万人以上');
    // A summary in reported speech names its speaker in the body (国务院 1964: 周恩来总理在报告中首先指出): quoted.
    const summary = ask(library, '1964年的国务院政府工作报告是谁作的？');
    expect(summary).toMatchObject({ found: true, value: '总理周恩来' });
    expect(summary.source?.text).toContain('周恩来总理在报告中');
    // "…的目标，实际…" asks both sides, and a result the review estimates (预计) is said to be one.
    expect(ask(library, '河北2009年GDP的目标，实际增长多少').answer).toBe(
      '河北2009年地区生产总值目标比上年增长9%，预计增长10%，已达成。',
    );
    // The report's own writing of its date (钮茂生（2002年1月24日）), not a web page's 2002年01月24日.
    expect(ask(library, '河北2002年政府工作报告的日期').answer).toContain('日期：2002年1月24日');
    // A figure the question quotes (16个) says which sentence it asks of; 重点 says which projects matter, not
    // which kind: 续建项目 answers 续建重点项目, never all 148 重点项目's 92.2亿元.
    expect(ask(library, '驻马店2007年那16个续建重点项目完成投资多少').value).toBe('7.79亿元');
    // A report named beside another data year: its own year's targets never answer (河北 2003 sets 2003's 9%).
    const later = ask(library, '河北2003年报告里2007年GDP目标是多少');
    expect(later.found).toBe(false);
    expect(later.reason).toContain('没有给出2007年地区生产总值');
    // The report's own qualifier of a growth is shown with it (全部财政收入按可比口径增长8．9％).
    expect(ask(library, '河北2002年全部财政收入增长了多少').value).toBe('按可比口径增长8．9％');
    // 多大面积 is answered by a figure in a unit of area, whether or not its sentence says 面积 (海拉尔 2017:
    // 建成奶牛集中养殖基地3.8万平方米).
    expect(ask(library, '海拉尔2016年奶牛集中养殖基地建了多大面积').value).toBe('3.8万平方米');
    // The nth Five-Year Plan in English, any n, and where its years arrived: 十五末; a start and its verb said once.
    const phones = ask(library, "What was Hebei's telephone penetration rate at the end of the 10th Five-Year Plan?");
    expect(phones.value).toBe('由24.6%提高到52.8%');
    // Asked the growth target, the list item's own figure being an amount (地区生产总值达到240亿元，同比增长21%): the
    // growth beside it in the list answers, never the amount.
    const growth = ask(library, '海拉尔区2012年GDP增长目标是多少');
    expect([growth.value, growth.answer]).toEqual(['21%', '海拉尔区2012年地区生产总值的预期目标：同比增长21%。']);
    // A part of what was added (新增技能人才39.87万人次，其中高技能人才7.65万人次) was added too.
    expect(ask(library, '十四五期间海南新增了多少人次高技能人才').value).toBe('7.65万人次');
    // An item of a 分别 list answers only a question naming it (大麦、玉米…面积分别比上年增加17.2万亩、44.5万亩…).
    expect(ask(library, '驻马店2001年玉米面积增加了多少').value ?? '').not.toContain('17.2万亩');
    // A report given late in its year (国务院 1981) estimates that year: the estimate answers, said to be one — but
    // never a figure its clause gives another year (财政赤字从１９７９年的一百七十亿元…预计降低到今年的…).
    const late = ask(library, '1981年全国轻纺工业总产值增长多少');
    expect(late.value).toContain('１２％');
    expect(late.answer).toContain('预计数');
    expect(ask(library, '1981年全国财政赤字是多少').value ?? '').not.toContain('一百七十亿元');
    // A closing aside naming the report (（1987年政府工作报告）) belongs to the whole question, not a part of its own.
    expect(ask(library, '1986年全国发电量是多少？增长了多少？（1987年政府工作报告）').value).toContain(
      '比上年增长８．５％',
    );
    // A date and meeting named only by the collector's 标题 line (河北 2012: 政府工作报告——二〇一二年一月六日在…), quoted
    // from it; a header line of a date and a name (河北 2006: 2006年2月16日 季允石) says when and who.
    expect(ask(library, '河北2012年政府工作报告是什么时候作的').answer).toContain('日期：二〇一二年一月六日');
    expect(ask(library, '河北2006年政府工作报告是谁作的').answer).toContain('报告人：季允石；日期：2006年2月16日');
    // A speaker named only by the collector's 报告人 line (保定 2009) is quoted from that line.
    const preamble = ask(library, '保定2009年政府工作报告的报告人是谁？');
    expect(preamble.found).toBe(true);
    expect(preamble.value).toContain('于群');
    expect(preamble.source?.text).toContain('报告人：保定市人民政府市长');
    // A plan figure whose clause holds only its verb (…总投资额，拟定为…), met against the next review's, and a
    // five-year sum in that review (第一个五年计划期间…) is no rival for the year's figure.
    // A place's English name that is not its pinyin (Hailar, 海拉尔 = hailaer).
    expect(ask(library, 'What was Hailar District’s GDP growth target for 2014?').value).toContain('11%');
    // 增长了 asks what was achieved: with no review of 2014 in the corpus, not stated, the plan shown beside.
    const achieved = ask(library, '海拉尔区2014年GDP增长了多少？');
    expect(achieved.found).toBe(false);
    expect(achieved.reason).toContain('不是实际完成数');
    // A year in Chinese numerals is read as one; a review's figure dated by another year (在一九五二年是…) is
    // that year's, and a figure's kind said in one character (钢 of 钢产量) must be the fact's.
    expect(ask(library, '一九五八年全国钢产量实际达到了多少？').value).toBe('增加到一千一百零八万吨');
    // An English question of two parts: the second asks the first's year and stance (a 2026 target), never
    // the 2025 result of the same words.
    const parts = ask(
      library,
      'For 2026, what growth target did Guangxi set for completed investment in signed projects, and what share should manufacturing make up?',
    );
    expect(parts.answer).toContain('增长6%');
    expect(parts.answer).toContain('70%以上');
    expect(parts.answer).not.toContain('超70%');
    // 全国 where a ranking is puts no question on the country: the later part asks the first part's subject.
    const rank = ask(library, '甘肃2025年居民人均可支配收入增长了多少？在全国排第几？');
    expect(rank.answer).toContain('6.1%');
    expect(rank.answer).toContain('第3位');
    // 计划 inside a quoted name ("双高计划") asks no target.
    expect(ask(library, '安徽去年入选国家“双高计划”的高职学校有几所？').value).toContain('7所');
    // An English question on an indicator over a five-year plan asks the plan's goal.
    expect(ask(library, "What is Henan's target for new urban jobs in the 15th Five-Year Plan?").value).toContain(
      '500万人以上',
    );
    // A meeting line without 第 before its term, dated in numerals ("——二〇二六年一月二十七日在甘肃省十四届…").
    const gansu = ask(library, '甘肃2026年的政府工作报告是在什么会议上作的？');
    expect(gansu.answer).toContain('甘肃省十四届人民代表大会第四次会议');
    expect(gansu.answer).toContain('二〇二六年一月二十七日');
    // A share of the whole, its whole named or not (占全部投资的比重 is 占比).
    expect(ask(library, '山东2025年民间投资占全部投资的比重是多少？').value).toBe('达到64.7%');
    // An older five-year plan's goal, asked with a target word: whichever report of its years states it.
    expect(ask(library, '六五计划里，到1985年全国粮食产量的目标是多少？').value).toContain('三亿六千万吨');
    // A fall keeps the report's verb; a target set with a spaced percent sign (8 ％) is a growth, met against
    // the growth the next review states.
    expect(ask(library, '国务院2000年的报告说1999年贫困人口减少了多少？').answer).toContain('减少800万人');
    const eight = ask(library, '1998年国务院经济增长8%的目标实现了吗？');
    expect(eight.answer).toContain('增长7.8％');
    expect(eight.answer).toContain('未达成');
    // Where a figure started is shown with it, as written, and the start is never the answer.
    expect(ask(library, '嘉兴十二五时期生猪存栏量削减到多少？').value).toContain('从294.7万头削减至32.8万头');
    // "YYYY年回顾过去五年": the five years that year's report reviews; 完成了 asks what was done, not a task set.
    expect(ask(library, '河北2008年回顾过去五年时说取消了多少项行政许可和行政审批项目？').value).toContain('1352项');
    expect(ask(library, '江西2025年完成了多少项年度改革任务？').value).toContain('293项');
    // An English question on percentage points a year asks that change, never the rate itself; a capacity per
    // day keeps its 每天 (吨/天 is a unit of its own).
    expect(
      ask(
        library,
        'How many percentage points a year did Zhumadian plan to raise its urbanization rate in the 12th Five-Year Plan?',
      ).value,
    ).toContain('2个百分点');
    // 全国 opening a name (全国重点实验室) is no place when another place is named; 给 opens no subject.
    expect(ask(library, '十四五期间河北落户了几家全国重点实验室？').value).toContain('8家');
    expect(ask(library, '驻马店2005年给外贸出口定的增长目标是多少？').value).toContain('16');
    const met = ask(library, '国务院1958年计划的基本建设投资最后完成了没有？');
    expect(met.answer).toContain('一百四十五亿七千七百万元');
    expect(met.answer).toContain('二百一十四亿元');
    // A subject's verb right before its value is shown with it, as written (集中供热面积新增163.6万平方米).
    expect(ask(library, '保定市2006年集中供热面积新增了多少？').answer).toContain('集中供热面积：新增163.6万平方米');
    // 高速公路 is a kind of 公路: the mileage of all 四级以上公路 is no answer to it.
    expect(ask(library, '驻马店到2011年底高速公路通车里程有多少公里？')).toMatchObject({ found: false, answer: null });
    // Where five years arrived (达到多少): the last year's amount, said as of that year.
    const arrived = ask(library, '过去五年（1998—2002年）河北农民人均纯收入达到多少？');
    expect(arrived.answer).toMatch(/^河北省到2002年农民人均纯收入：2685元/u);
    // A count of the things named after it (解决了317个自然村…) answers no question about another noun (群众): the
    // count in ten thousands of the people after it (27.8万群众) does.
    expect(ask(library, '驻马店2005年解决了多少群众的安全饮水问题？').value).toBe('27.8万');
    // What a growth is compared with stays with it, and a subject's own verb with its value, as written.
    expect(ask(library, '宁波2022年一般公共预算收入多少？比上年增长多少？').answer).toContain('同口径增长5%');
    expect(ask(library, '2008年河北省本级行政许可项目削减了多少项？').answer).toContain('削减了421项');
    // 新增 asks what was added: a count that says nothing of adding (为6.6万户经营主体重塑信用) is no answer.
    expect(ask(library, '辽宁2025年新增经营主体多少户？')).toMatchObject({ found: false, answer: null });
    // No kind asked of a listed target: its other figure stands beside it; a level keeps its 达到.
    expect(ask(library, '海拉尔区2012年地区生产总值的预期目标是多少？').answer).toContain('达到240亿元、同比增长21%');
    expect(ask(library, '海拉尔区2016年蔬菜产量达到多少吨？').value).toBe('达到9万吨');
    // 多少个 counts whatever a classifier counts (361项); a later part asked of the first part's subject is answered
    // in the sentence that answered the first (建成投产重点项目361项，完成投资2204亿元).
    const projects = ask(library, '十五时期河北建成投产了多少个重点项目？完成投资多少？');
    expect(projects.answer).toContain('361项');
    expect(projects.answer).toContain('2204亿元');
    // English: a span written in words (from 1987 to 1992, 1952-1956 of a named report) is the period asked, and
    // a figure its clause gives another span (旧中国从1932年到1936年…合计只一万三千亿斤) is not that period's.
    expect(
      ask(
        library,
        "According to the 1957 government work report, what was China's combined grain output over the five years 1952-1956?",
      ).value,
    ).toContain('一万六千五百八十亿斤');
    // Two English words saying one Chinese word (new … add: 新增) are one word of the subject, not two that a
    // partial match could lean on; a Chinese term the question writes stands for its English gloss.
    expect(ask(library, 'How many new high-tech enterprises does Gansu plan to add in 2026?').intent?.subject).toBe(
      '新增高新技术企业',
    );
    // A figure named only by its measure (占比由31%提升至54%) is of the clause before's subject; a list of
    // figures ending in what was done to each (…、28家服务业企业入选…名单) says it of each.
    expect(ask(library, '“十四五”时期山东非化石能源发电装机占比提高到了多少？').value).toContain('54%');
    expect(ask(library, '宁波2022年有多少家制造业企业入选全省亩均效益领跑者名单？').value).toContain('59家');
    // A span of six years is a period too, and asked in all (累计, in total) it is answered by what the last year's
    // review states in all — never by a rate (办结率100％).
    expect(ask(library, '驻马店2001年以来的六年里（2001—2006年）累计改造了多少农村中小学D级危房？').value).toContain(
      '73.7万平方米',
    );
    expect(
      ask(
        library,
        "From 2001 to 2006, how many NPC deputies' suggestions and CPPCC members' proposals did Zhumadian's city government handle in total?",
      ).value,
    ).toContain('1757件');
    // 实际产了多少 asks the result, no part of the subject; a plan asked of a named report is that report's.
    expect(ask(library, '1959年全国粮食产量指标完成了吗？实际产了多少？').intent?.subject).toBe('粮食产量');
    expect(ask(library, '1988年政府工作报告提出，今后五年（1988—1992年）钢产量每年要增产多少？').reason).toContain(
      '1988年全国政府工作报告的五年规划目标',
    );
    // A name an English question spells in pinyin is read as the place's reports write it (Taixin → 太忻, Gezhouba →
    // 葛洲坝, asked of the State Council when no place is named), not left unread.
    expect(
      ask(library, 'How long is the Taixin Avenue that Xinzhou opened to traffic last year?').intent?.subject,
    ).toContain('太忻');
    expect(
      ask(
        library,
        'What was the capacity of the first generating unit that went into trial operation at the Gezhouba water-control project in 1981?',
      ).intent?.subject,
    ).toContain('葛洲坝');
    // 项次 is a unit of its own; Latin words a question runs together (4G、5G → 4g5g) are read apart; how a figure was
    // adjusted (剔除虚增空转因素后) is no part of a subject, in a question as in a report.
    expect(ask(library, '金华2022年获得省政府正向激励多少项次？').value).toContain('17项次');
    expect(ask(library, '乐昌2022年建成4G、5G基站多少个？').value).toContain('328个');
    expect(ask(library, '海拉尔区2017年一般公共预算收入剔除虚增空转因素后是多少？').value).toContain('10.4亿元');
    // English: "through" is no subject word; a fact whose own label says none of the subject's words is another
    // subject (森林质量 after 创建省级美丽河湖10条以上); "how long" asks a length, never an investment.
    expect(
      ask(library, 'How much direct financing did Hebei companies raise through listings and refinancing in 2003?')
        .value,
    ).toContain('48．7亿元');
    expect(
      ask(library, 'How many provincial-level “beautiful rivers and lakes” does Jinhua plan to create in 2023?')
        .value ?? '',
    ).not.toContain('29万亩');
    expect(
      ask(library, 'How long in total are the railway projects Hebei agreed with the Ministry of Railways in 2004?')
        .value ?? '',
    ).not.toContain('800亿元');
    // A five-year plan named after 比 is what the one asked is compared with (十四五…比“十三五”时期增长).
    expect(ask(library, '“十四五”时期辽宁实际使用外资比“十三五”时期增长了多少？').value).toContain('增长78.9%');
    // A round bound (突破万元) stated before the figure itself (达到10300元): the figure answers. A rate per person and
    // year keeps its unit (720元/人/年); 城市和农村 asks both sides, each with its unit as written.
    expect(
      ask(library, 'What was the per-capita disposable income of urban residents in Hebei in 2006?').value,
    ).toContain('10300元');
    expect(ask(library, '珠海2022年城乡居民基本医疗保险财政补贴追加到多少？').value).toContain('720元/人/年');
    const sides = ask(library, '泸州城市和农村低保标准分别提到了多少？').answer;
    expect(sides).toContain('700元/月');
    expect(sides).toContain('500元/月');
    // An amount asked with no kind (总额是多少): its amount leads, never its growth alone (外贸总额 is 进出口总额).
    expect(ask(library, '广西2025年外贸进出口总额是多少？').value).toContain('突破8000亿元');
    // Who delivered a report, asked with what it was delivered for (是谁代表市政府作的).
    expect(ask(library, '保定市2010年的政府工作报告是谁代表市政府作的？').answer).toContain('李谦');
    // 预计要达到 asks what is to be reached, a target (预计 alone asks an estimate of the result); a plan 提出 by a
    // 规划 is its goal, from the report that opens it.
    expect(ask(library, '海拉尔区2013年地区生产总值预计要达到多少亿元？').answer).toContain('282亿元');
    expect(ask(library, '嘉兴“十三五”规划提出地区生产总值年均增长多少？').answer).toContain('年均增长7%以上');
    // A gloss in brackets right before a value (新增国家级生态镇(街道)34个) is part of what it names, not where its
    // subject starts.
    expect(ask(library, '“十二五”时期嘉兴新增了多少个国家级生态镇（街道）？').value).toContain('34个');
    // A target counted in 万 with no unit (再减少1000万以上) is compared with a result in 万人 (减少800万人).
    const poverty = ask(library, '1999年全国农村贫困人口减少的目标实现了吗？').answer;
    expect(poverty).toContain('1000万以上');
    expect(poverty).toContain('800万人');
    expect(poverty).toContain('未达成');
    // Two items of one 分别 list asked together in English: one item's figure alone is no answer.
    expect(
      ask(
        library,
        "By the end of the 14th Five-Year Plan period, what share of Jiangsu's above-designated-size industrial output came from strategic emerging industries and from high-tech industries?",
      ).value,
    ).not.toBe('52.1%');
    // …nor two subjects whose values are paired with 和 (养老保险和基本医疗保险参保率保持在90%和98%以上).
    expect(
      ask(
        library,
        "What participation rates did Hailar District aim to keep in 2013 for urban and rural residents' pension insurance and basic medical insurance?",
      ).value,
    ).toBeNull();
    // English: a span of years is the period asked; "average annual growth rate" is the kind of figure, no subject word.
    const span = ask(
      library,
      "Over Zhumadian's previous five years (2007-2011), what was the average annual growth rate of total fixed-asset investment?",
    );
    expect(span.intent).toMatchObject({ fiveYears: { from: 2007, to: 2011 }, measure: 'growth' });
    expect(span.value).toBe('年均增长28.1%');
    // A year no report covers yet, reached with 到: the plan's goal for it, from the newest report.
    expect(ask(library, '重庆提出到2030年人均地区生产总值要达到多少？').value).toBe('达到14万元');
    // 城乡 asks both: the urban and the rural figure the sentence states, each named.
    expect(ask(library, '甘肃十四五期间城乡低保平均标准提高了多少').value).toBe(
      '城镇低保平均标准提高26.7%；农村低保平均标准提高27%',
    );
    // 份 counts documents; a unit word ends a subject only as a word of its own (政策文件 keeps its 件).
    expect(ask(library, '广西2025年修订或废止了多少份妨碍统一大市场和公平竞争的政策文件？').value).toBe('72份');
    // 第几届人大第几次会议 asks the meeting.
    expect(ask(library, '海拉尔区2013年的政府工作报告是在区第几届人大第几次会议上作的？').value).toContain(
      '海拉尔区第十四届人民代表大会第二次会议',
    );
  });
});
