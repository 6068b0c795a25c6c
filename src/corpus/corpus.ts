import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { LEXICON } from '../lexicon/lexicon.js';
import { matchKey, nfkc } from '../text/normalize.js';
import { DamagedFileError } from './errors.js';
import { CORPUS_DIR } from './paths.js';
import type { Paragraph, Report, ReportSummary } from './types.js';

/** The lexicon's English place names, keyed as findCity keys what it is given (lower case, no spaces). */
const EXONYMS = new Map(LEXICON.placeExonyms.names.map((n) => [n.en.replace(/[^a-z0-9]/gu, ''), n.zh]));

/** A place that has reports, with the names a user may call it by. */
export interface City {
  city: string;
  short: string;
  province: string;
  level: Report['level'];
  parent: string | null;
  slug: string;
  /** Pinyin initials, e.g. jx for 嘉兴. */
  initials: string;
  years: number[];
}

export interface ParagraphRef {
  report: Report;
  paragraph: Paragraph;
  index: number;
}

/** The loaded corpus: reports in a fixed order and the lookups every face needs. Read-only after load. */
export class Corpus {
  readonly reports: readonly Report[];
  readonly cities: readonly City[];
  private readonly byParagraphId = new Map<string, ParagraphRef>();
  private readonly byReportId = new Map<string, Report>();

  private knownFingerprint: string | undefined;

  /** `fingerprint`, when the caller hashed the files it read the reports from. */
  constructor(reports: Report[], fingerprint?: string) {
    this.reports = reports;
    this.knownFingerprint = fingerprint;
    const cities = new Map<string, City>();
    for (const report of reports) {
      this.byReportId.set(report.id, report);
      report.paragraphs.forEach((paragraph, index) => {
        this.byParagraphId.set(paragraph.id, { report, paragraph, index });
      });
      const slug = report.id.replace(/-\d{4}(?:[a-z]|-plan)?$/u, '');
      const city = cities.get(report.city) ?? {
        city: report.city,
        short: report.short,
        province: report.province,
        level: report.level,
        parent: report.parent,
        slug,
        initials: pinyin(report.short, { pattern: 'first', toneType: 'none', type: 'array' }).join(''),
        years: [],
      };
      if (!city.years.includes(report.year)) city.years.push(report.year);
      city.years.sort((a, b) => a - b);
      cities.set(report.city, city);
    }
    this.cities = [...cities.values()];
  }

  /** Resolves what a user typed for a city: 嘉兴, 嘉兴市, jiaxing, JiaXing, jx, or a district's 嘉兴市南湖区. */
  findCity(input: string): City | undefined {
    const typed = matchKey(input).replace(/[^\p{Script=Han}a-z0-9]/gu, '');
    // A place's English name that is not its pinyin (hailar, inner mongolia): the lexicon's.
    const key = EXONYMS.get(typed) ?? typed;
    if (!key) return undefined;
    return (
      this.cities.find((c) => c.city === key || c.short === key || c.slug === key) ??
      this.cities.find((c) => key.endsWith(c.city) || c.initials === key) ??
      this.cities.find((c) => c.short.length >= 2 && key.startsWith(c.short) && key.length <= c.city.length + 1)
    );
  }

  /** Cities named anywhere inside a text (a question or a search query), longest names first. */
  citiesIn(text: string): City[] {
    const t = nfkc(text);
    return [...this.cities].sort((a, b) => b.short.length - a.short.length).filter((c) => t.includes(c.short));
  }

  reportsOf(city: City): Report[] {
    return this.reports.filter((r) => r.city === city.city).sort((a, b) => a.year - b.year);
  }

  /** The report of a city for a year, or its latest when no year is given. */
  report(city: City, year?: number): Report | undefined {
    const reports = this.reportsOf(city);
    return year === undefined ? reports.at(-1) : reports.find((r) => r.year === year);
  }

  reportById(id: string): Report | undefined {
    return this.byReportId.get(id);
  }

  paragraph(id: string): ParagraphRef | undefined {
    return this.byParagraphId.get(id.trim().toLowerCase());
  }

  get paragraphCount(): number {
    return this.byParagraphId.size;
  }

  allParagraphs(): ParagraphRef[] {
    return [...this.byParagraphId.values()];
  }

  /** A hash of every report's content: a saved index built from another corpus never matches it. */
  get fingerprint(): string {
    this.knownFingerprint ??= createHash('sha256').update(JSON.stringify(this.reports)).digest('hex');
    return this.knownFingerprint;
  }

  years(): number[] {
    return [...new Set(this.reports.map((r) => r.year))].sort((a, b) => a - b);
  }
}

/**
 * The reports of one corpus folder (catalog.json and reports/); none when the folder has no catalog yet.
 * `hash`, when given, takes every byte read, so the corpus fingerprint costs no second pass.
 */
export function loadReports(dir: string, hash?: Hash): Report[] {
  const read = (file: string) => {
    const text = readFileSync(file, 'utf8');
    hash?.update(file.slice(dir.length)).update('\0').update(text);
    return text;
  };
  const catalogPath = path.join(dir, 'catalog.json');
  if (!existsSync(catalogPath)) return [];
  // A file that cannot be read is named, with the command that rebuilds it from the raw files.
  const parse = <T>(file: string): T => {
    let text: string;
    try {
      text = read(file);
    } catch (e) {
      throw new DamagedFileError(file, (e as NodeJS.ErrnoException).code ?? String(e), repairFor(dir));
    }
    try {
      return JSON.parse(text) as T;
    } catch (e) {
      throw new DamagedFileError(file, e instanceof Error ? e.message : String(e), repairFor(dir));
    }
  };
  const catalog = parse<ReportSummary[]>(catalogPath);
  return catalog.map((s) => parse<Report>(path.join(dir, 'reports', `${s.id}.json`)));
}

/** The command that rebuilds a corpus folder from its raw files: the committed corpus, or the users' data folder. */
function repairFor(dir: string): string {
  return path.resolve(dir) === path.resolve(CORPUS_DIR)
    ? '运行 npm run ingest（从 corpus/raw 重建整个语料库）。'
    : `运行 npm run ingest -- --rebuild-data ${dir}（从该目录的 raw/ 重建用户添加的报告）。`;
}

/** The committed corpus, and the reports users added (kept in a data folder of their own). */
export function loadCorpus(dir: string = CORPUS_DIR, userDir?: string): Corpus {
  const hash = createHash('sha256');
  const reports = [...loadReports(dir, hash), ...(userDir ? loadReports(userDir, hash) : [])];
  return new Corpus(reports, hash.digest('hex'));
}
