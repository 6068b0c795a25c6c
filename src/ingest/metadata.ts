import { findPlace, NATIONAL, type Place, placesIn, resolvePlaceName } from '../corpus/gazetteer.js';
import { chineseNumberToInt } from '../text/normalize.js';
import { CHINESE_YEAR_DIGITS, compactHeader, writtenDate, writtenYear } from './headerText.js';
import type { Piece } from './pieces.js';

/**
 * `2023年彬州市政府工作报告`, `嘉兴市政府工作报告篇1`, `嘉兴市政府工作报告(2024年1月30日 李军)`, `政府工作报告`,
 * `二O一一年政府工作报告`, `1954年中华人民共和国国务院政府工作报告`, and the reports on a five-year plan that a
 * congress hears in place of the year's report (`关于河北省国民经济和社会发展第十个五年计划纲要的报告`).
 * Matched on the compact form (see compactHeader), so `政 府 工 作 报 告` is a title too.
 */
export const TITLE = new RegExp(
  String.raw`^(?:(\d{4}|20xx|${CHINESE_YEAR_DIGITS})年)?([^，。,：:]{0,24}?)(?:人民)?(?:政府工作报告|(?:五年|\d{1,2}五)?(?:规划|计划)(?:纲要)?(?:（草案）|\(草案\))?的报告)(篇[一二三四五六七八九十\d]+)?(?:[(（]([^)）]*)[)）])?$`,
  'u',
);
const MEETING = /会议上(?:的政府工作报告|的报告)?$|人民代表大会/u;
/** 市长 李军, 国务院总理 李强, 浙江省省长 王浩, 自治区人民政府主席 张雨浦, 县长 某某 (compact: no spaces). */
const SPEAKER = /^(\S*?)(国务院总理|总理|代?(?:省|市|区|县|州|旗|盟)长|代?主席)([\p{Script=Han}·]{2,5})$/u;
/** A line that is only a date: `（2000年1月20日）`, `2008年1月23日`, `(二〇〇五年一月十一日)`. */
const DATE_LINE = new RegExp(
  String.raw`^[(（]?(?:\d{4}|${CHINESE_YEAR_DIGITS})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日[)）]?$`,
  'u',
);
/** A document about a report, not the report: a congress's resolution on it, a digest, a reading of it. */
const NOT_A_REPORT =
  /关于.{0,30}(?:政府工作)?报告的决议|报告的决定$|(?:政府工作报告)(?:解读|摘要|要点|速览|图解|全文速览|热词|一图读懂)|一图读懂.*政府工作报告/u;

export function isTitle(text: string): boolean {
  if (text.length > 80) return false;
  const compact = compactHeader(text);
  return compact.length <= 60 && TITLE.test(compact);
}

export function isMeetingLine(text: string): boolean {
  const compact = compactHeader(text);
  return compact.length <= 80 && !/[。；]/u.test(compact) && MEETING.test(compact);
}

export function isSpeakerLine(text: string): boolean {
  return text.length <= 40 && SPEAKER.test(compactHeader(text));
}

export function isDateLine(text: string): boolean {
  return text.length <= 30 && DATE_LINE.test(compactHeader(text));
}

/** What a document's title says it is when it is not a report (a resolution on one, a digest): null for a report. */
export function notAReport(text: string): string | null {
  const compact = compactHeader(text);
  if (compact.length > 80) return null;
  const m = NOT_A_REPORT.exec(compact);
  if (!m) return null;
  return /决议|决定/u.test(m[0]) ? '人民代表大会关于政府工作报告的决议（或决定）' : '关于政府工作报告的解读或摘要';
}

/** How much a piece of evidence counts: the report's own dated meeting line outweighs what a collector wrote. */
export const WEIGHT = {
  user: 100,
  meeting: 90,
  dateLine: 88,
  title: 80,
  speaker: 70,
  opening: 60,
  headings: 60,
  preamble: 40,
  session: 30,
  body: 20,
} as const;

export interface HeaderFacts {
  place?: Place;
  placeEvidence?: string;
  placeWeight?: number;
  year?: number;
  yearEvidence: string[];
  yearWeight?: number;
  date?: string;
  meeting?: string;
  session?: Session;
  speaker?: string;
  speakerRole?: string;
  /** The document's own title when one of its lines names it (`关于…计划纲要的报告`): what kind of document it is. */
  documentTitle?: string;
}

/** 第九届人民代表大会第四次会议 → { term: 9, sitting: 4 }. */
export interface Session {
  term: number;
  sitting: number;
}

/** The collector's fields above a report (`标题：/发文单位：/发文时间：/年份：/报告人：`), keyed by field name. */
export type Preamble = Readonly<Record<string, string>>;

/**
 * The place a title or meeting names, the most specific last (嘉兴市南湖区 → 南湖区); a name several
 * places share (朝阳区) is settled by the parent or province named beside it, else left undecided.
 * 国务院 and 中华人民共和国 name the country.
 */
function placeNamedIn(text: string): Place | undefined {
  if (/国务院|中华人民共和国|全国人民代表大会|中央人民政府/u.test(text)) return NATIONAL;
  return placesIn(text).length > 0 ? resolvePlaceName(text) : undefined;
}

const MEETING_IN =
  /(?:(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?)?在([^\n]*?第?([一二三四五六七八九十]+)届(?:全国)?人民代表大会(?:常务委员会)?第([一二三四五六七八九十]+)次(?:全体)?会议)上/u;

/** Collects evidence as it is read; each fact keeps the weightiest evidence seen. */
class Evidence {
  readonly facts: HeaderFacts = { yearEvidence: [] };

  place(place: Place | undefined, weight: number, why: string): void {
    if (!place || (this.facts.placeWeight ?? 0) >= weight) return;
    Object.assign(this.facts, { place, placeEvidence: why, placeWeight: weight });
  }

  year(year: number | null | undefined, weight: number, why: string): void {
    if (year === null || year === undefined) return;
    if ((this.facts.yearWeight ?? 0) >= weight) {
      this.facts.yearEvidence.push(year === this.facts.year ? why : `${why}（指向${year}年，与采用的年份不符）`);
      return;
    }
    const previous = this.facts.year;
    this.facts.year = year;
    this.facts.yearWeight = weight;
    this.facts.yearEvidence = [
      why,
      ...this.facts.yearEvidence.map((e) =>
        previous !== undefined && previous !== year && !e.includes('与采用的年份不符')
          ? `${e}（指向${previous}年，与采用的年份不符）`
          : e,
      ),
    ];
  }
}

/**
 * Place, year, date, meeting and speaker from a report's header — its title lines, the lines between the
 * title and 各位代表 — and from a collector's preamble, each piece weighed (WEIGHT): the report's own dated
 * meeting line wins over its title, the title over a preamble field, and the evidence that decided comes first.
 */
export function readHeader(titles: Piece[], header: Piece[], preamble: Preamble = {}): HeaderFacts {
  const ev = new Evidence();
  const { facts } = ev;
  for (const title of titles) {
    const compact = compactHeader(title.text);
    const m = TITLE.exec(compact);
    if (!m) continue;
    if (m[1] && m[1] !== '20xx') ev.year(writtenYear(`${m[1]}年`), WEIGHT.title, `标题：${title.text}`);
    const named = m[2] ? (placeNamedIn(m[2]) ?? findPlace(m[2], header.map((h) => h.text).join(''))) : undefined;
    ev.place(named, WEIGHT.title, `标题：${title.text}`);
    if (!/政府工作报告/u.test(compact)) facts.documentTitle ??= title.text;
    const paren = m[4] ? writtenDate(m[4]) : null;
    if (paren) {
      facts.date ??= paren.date;
      const name = /日([\p{Script=Han}·]{2,5})$/u.exec(m[4]!)?.[1];
      if (name) facts.speaker ??= name;
    }
  }
  const lines = header.map((p) => ({ piece: p, compact: compactHeader(p.text) }));
  // A title can carry the meeting too: `——在保定市第十二届人民代表大会第五次会议上的政府工作报告`.
  const meetingText = [
    ...titles.map((t) => compactHeader(t.text)),
    // A meeting line broken in two (`…南湖区第九届` / `人民代表大会第五次会议上`) reads as one.
    // A speaker line joined to it (a PDF line run to the margin) stays: the meeting ends at its 上.
    lines.map((l) => l.compact).join(''),
  ].join('\n');
  const meeting = MEETING_IN.exec(meetingText);
  if (meeting) {
    facts.meeting = meeting[4]!;
    facts.session = { term: chineseNumberToInt(meeting[5]!) ?? 0, sitting: chineseNumberToInt(meeting[6]!) ?? 0 };
    const where = placeNamedIn(meeting[4]!.replace(/第[一二三四五六七八九十]+届.*$/u, ''));
    ev.place(where, WEIGHT.meeting, `会议：${meeting[4]}`);
    if (meeting[1]) {
      const said = `${meeting[1]}年${meeting[2]}月${meeting[3] ? `${meeting[3]}日` : ''}`;
      const dated = writtenDate(said);
      if (dated) facts.date = dated.date;
      ev.year(Number(meeting[1]), WEIGHT.meeting, `会议日期：${said}`);
    } else {
      // "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上": the date in numerals before 在.
      const before = meetingText.slice(Math.max(0, (meeting.index ?? 0) - 16), (meeting.index ?? 0) + 1);
      const dated = writtenDate(before);
      if (dated) {
        facts.date ??= dated.date;
        ev.year(dated.year, WEIGHT.meeting, `会议日期：${before.trim()}`);
      }
    }
  }
  for (const { piece, compact } of lines) {
    if (isDateLine(piece.text)) {
      const d = writtenDate(compact);
      if (d) {
        facts.date ??= d.date;
        ev.year(d.year, WEIGHT.dateLine, `日期：${piece.text.trim()}`);
      }
    }
    const s = SPEAKER.exec(compact);
    if (s) {
      facts.speakerRole = s[2]!;
      facts.speaker = s[3]!;
      ev.place(/总理/u.test(s[2]!) ? NATIONAL : placeNamedIn(s[1]!), WEIGHT.speaker, `报告人：${piece.text.trim()}`);
    } else if (/^[\p{Script=Han}·]{2,4}$/u.test(compact) && !facts.speaker && meeting) {
      // 周恩来 alone under the meeting line: the speaker, role unsaid.
      facts.speaker = compact;
    }
  }
  // The date in brackets under the speaker's name ("（二〇〇三年一月十日）") is when it was delivered; a date run
  // into a title or meeting line may be a web page's ("政府工作报告 2003年01月13日 在…会议上").
  // A collector may set the speaker's name inside the brackets too: "（2011年1月12日 陈全国）",
  const bracketed =
    /[（(]\s*((?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)\s*([\p{Script=Han}·]{2,4})?[）)]/u.exec(
      lines.map((l) => l.compact).join(''),
    );
  // …or on a line of its own with the name after it: "2006年2月16日 季允石".
  const signed = lines
    .map((l) =>
      /^((?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)([\p{Script=Han}·]{2,4})$/u.exec(
        l.compact,
      ),
    )
    .find((m) => m !== null);
  const dated = bracketed ?? signed;
  const delivered = dated ? writtenDate(dated[1]!) : null;
  if (delivered) facts.date = delivered.date;
  if (delivered && dated![2] && !facts.speaker) facts.speaker = dated![2];
  readPreamble(ev, preamble);
  return facts;
}

/** A collector's fields count for less than the report's own lines: `年份：2014` above the 2011 report is wrong. */
function readPreamble(ev: Evidence, preamble: Preamble): void {
  const title = preamble.标题;
  if (title) {
    const compact = compactHeader(title);
    const meeting = MEETING_IN.exec(compact);
    const where = meeting
      ? placeNamedIn(meeting[4]!.replace(/第[一二三四五六七八九十]+届.*$/u, ''))
      : placeNamedIn(compact.replace(/政府工作报告.*$/u, ''));
    ev.place(where, WEIGHT.preamble, `采集者标题：${title}`);
    ev.year(writtenYear(compact), WEIGHT.preamble + 5, `采集者标题：${title}`);
    if (meeting && !ev.facts.meeting) {
      ev.facts.meeting = meeting[4]!;
      ev.facts.session = {
        term: chineseNumberToInt(meeting[5]!) ?? 0,
        sitting: chineseNumberToInt(meeting[6]!) ?? 0,
      };
    }
    // "政府工作报告——二〇一二年一月六日在河北省第十一届人民代表大会第五次会议上": the date before 在.
    const before = meeting ? compact.slice(Math.max(0, (meeting.index ?? 0) - 16), (meeting.index ?? 0) + 1) : '';
    const dated = before ? writtenDate(before) : null;
    if (dated) ev.facts.date ??= dated.date;
  }
  for (const field of ['发文单位', '报告人']) {
    const value = preamble[field];
    if (value) ev.place(placeNamedIn(compactHeader(value)), WEIGHT.preamble, `采集者${field}：${value}`);
  }
  const named = preamble.报告人 ? compactHeader(preamble.报告人) : '';
  const speaker = SPEAKER.exec(named);
  if (speaker && !ev.facts.speaker) Object.assign(ev.facts, { speaker: speaker[3], speakerRole: speaker[2] });
  // `报告人：季允石`: a name alone, its office unsaid.
  else if (/^[\p{Script=Han}·]{2,4}$/u.test(named)) ev.facts.speaker ??= named;
  for (const field of ['发文时间', '发布时间', '年份']) {
    const value = preamble[field];
    const year = value ? /^(\d{4})/u.exec(value.trim())?.[1] : undefined;
    if (year) ev.year(Number(year), WEIGHT.preamble, `采集者${field}：${value}`);
  }
}

const FIVE_YEAR_PLAN_END: Record<string, number> = {
  十五: 2005,
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
};

/**
 * Year clues in the headings, strongest first, each with the words it rests on. `2026年主要工作` could
 * review 2026 or plan it, so it is no clue; `2025年工作总结` reviews 2025.
 */
export function yearCluesInBody(headings: string[]): { year: number; evidence: string }[] {
  const clues: { year: number; evidence: string }[] = [];
  for (const h of headings) {
    const review =
      /(\d{4})年(?:政府)?(?:主要)?(?:工作回顾|工作总结)|(\d{4})年主要工作(?=及|和|回顾|总结)|回顾(\d{4})年工作|(\d{4})年及“?十[一二三四五]?五”?(?:时期)?工作回顾/u.exec(
        h,
      );
    if (review)
      clues.push({
        year: Number(review[1] ?? review[2] ?? review[3] ?? review[4]) + 1,
        evidence: `回顾上一年的章节：${h}`,
      });
    const plan =
      /(\d{4})年(?:工作安排|工作任务|主要工作安排|重点工作|目标任务|主要目标任务|工作思路)|做好(\d{4})年(?:政府)?工作/u.exec(
        h,
      );
    if (plan && !review) clues.push({ year: Number(plan[1] ?? plan[2]), evidence: `部署当年工作的章节：${h}` });
    const fiveYear = /“?(十[一二三四五]?五)”?(?:发展回顾|时期?.{0,6}回顾|.{0,8}发展成就)/u.exec(h);
    const end = fiveYear ? FIVE_YEAR_PLAN_END[fiveYear[1]!] : undefined;
    if (end) clues.push({ year: end + 1, evidence: `五年规划回顾：${h}（规划期末的次年）` });
  }
  return clues;
}

/** "较好地完成了市七届人大三次会议确定的主要目标任务": the report is given at the next sitting of that term. */
export function sessionFromBody(paragraphs: string[]): { session: Session; evidence: string } | null {
  for (const text of paragraphs) {
    const m =
      /(?:完成了?|按照|落实)[^。]{0,12}?[市区县省]([一二三四五六七八九十]+)届人大([一二三四五六七八九十]+)次会议(?:确定|明确|提出)/u.exec(
        text,
      );
    if (m) {
      const term = chineseNumberToInt(m[1]!) ?? 0;
      const sitting = (chineseNumberToInt(m[2]!) ?? 0) + 1;
      return { session: { term, sitting }, evidence: `${m[0]}……（即本次为${m[1]}届人大第${sitting}次会议）` };
    }
  }
  return null;
}

/**
 * "现在，我代表国务院，向大会报告政府工作" / "我代表河北省人民政府" / "我受国务院的委托": whose report it is, in
 * its first lines. 我代表市人民政府 names no place, only the level: that is returned as a hint.
 */
export function placeFromOpening(paragraphs: string[]): { place?: Place; evidence: string; level?: string } | null {
  const opening = paragraphs.slice(0, 6).join('');
  const national = /我代表(?:国务院|中央人民政府)|我受国务院的委托|国务院决定由我/u.exec(opening);
  if (national) return { place: NATIONAL, evidence: `开头：${national[0]}` };
  const m = /我代表(.{0,16}?)人民政府/u.exec(opening);
  if (!m) return null;
  const named = m[1] && placesIn(m[1]).length > 0 ? resolvePlaceName(m[1]) : undefined;
  if (named) return { place: named, evidence: `开头：${m[0]}` };
  const level = /^(省|自治区|市|区|县|旗|州|盟)$/u.exec(m[1] ?? '')?.[1];
  return level ? { evidence: `开头：${m[0]}`, level } : null;
}
