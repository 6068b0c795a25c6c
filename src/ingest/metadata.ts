import { findPlace, NATIONAL, type Place, placesIn, resolvePlaceName } from '../corpus/gazetteer.js';
import { chineseNumberToInt } from '../text/normalize.js';
import type { Piece } from './pieces.js';

/** `2023年彬州市政府工作报告`, `嘉兴市政府工作报告篇1`, `嘉兴市政府工作报告(2024年1月30日 李军)`, `政府工作报告`. */
export const TITLE =
  /^(?:(\d{4}|20xx)年)?([^，。,：:]{0,20}?)(?:人民)?政府工作报告(篇[一二三四五六七八九十\d]+)?(?:[(（]([^)）]*)[)）])?$/u;
const MEETING = /会议上$|人民代表大会/u;
/** 市长 李军, 国务院总理 李强, 浙江省省长 王浩, 自治区主席 蓝天立, 县长 某某. */
const SPEAKER = /^(?:\S*?)(国务院总理|总理|代?(?:省|市|区|县|州|旗|盟)长|代?主席)\s*([\p{Script=Han}·]{2,5})$/u;

export function isTitle(text: string): boolean {
  return text.length <= 60 && TITLE.test(text);
}

export function isMeetingLine(text: string): boolean {
  return text.length <= 80 && !/[。；]/u.test(text) && MEETING.test(text);
}

export function isSpeakerLine(text: string): boolean {
  return SPEAKER.test(text);
}

export interface HeaderFacts {
  place?: Place;
  placeEvidence?: string;
  year?: number;
  yearEvidence: string[];
  date?: string;
  meeting?: string;
  session?: Session;
  speaker?: string;
  speakerRole?: string;
}

/** 第九届人民代表大会第四次会议 → { term: 9, sitting: 4 }. */
export interface Session {
  term: number;
  sitting: number;
}

function dateOf(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * The place a title or meeting names, the most specific last (嘉兴市南湖区 → 南湖区); a name several
 * places share (朝阳区) is settled by the parent or province named beside it, else left undecided.
 */
function placeNamedIn(text: string): Place | undefined {
  return placesIn(text).length > 0 ? resolvePlaceName(text) : undefined;
}

export function readHeader(title: Piece | undefined, header: Piece[]): HeaderFacts {
  const facts: HeaderFacts = { yearEvidence: [] };
  if (title) {
    const m = TITLE.exec(title.text);
    if (m?.[1] && m[1] !== '20xx') {
      facts.year = Number(m[1]);
      facts.yearEvidence.push(`标题：${title.text}`);
    }
    const named = m?.[2] ? (placeNamedIn(m[2]) ?? findPlace(m[2], header.map((h) => h.text).join(''))) : undefined;
    if (named) {
      facts.place = named;
      facts.placeEvidence = `标题：${title.text}`;
    }
    const paren = m?.[4] ? /(\d{4})年(\d{1,2})月(\d{1,2})日\s*([\p{Script=Han}·]{2,5})?/u.exec(m[4]) : null;
    if (paren) {
      facts.date = dateOf(paren[1]!, paren[2]!, paren[3]!);
      if (paren[4]) facts.speaker = paren[4];
    }
  }
  const meetingText = header
    .filter((p) => !isSpeakerLine(p.text))
    .map((p) => p.text)
    .join('');
  const meeting =
    /(?:——)?(?:(\d{4})年(\d{1,2})月(\d{1,2})日)?在(.*?第([一二三四五六七八九十]+)届(?:全国)?人民代表大会第([一二三四五六七八九十]+)次会议)上/u.exec(
      meetingText,
    );
  if (meeting) {
    facts.meeting = meeting[4]!;
    facts.session = { term: chineseNumberToInt(meeting[5]!) ?? 0, sitting: chineseNumberToInt(meeting[6]!) ?? 0 };
    if (meeting[1]) {
      facts.date = dateOf(meeting[1], meeting[2]!, meeting[3]!);
      facts.year = Number(meeting[1]);
      facts.yearEvidence.unshift(`会议日期：${meeting[1]}年${meeting[2]}月${meeting[3]}日`);
    }
    const where = /全国人民代表大会/u.test(meeting[4]!) ? NATIONAL : placeNamedIn(meeting[4]!.replace(/第.*$/u, ''));
    if (where) {
      facts.place = where;
      facts.placeEvidence = `会议：${meeting[4]}`;
    }
  }
  for (const p of header) {
    const s = SPEAKER.exec(p.text);
    if (s) {
      facts.speakerRole = s[1]!;
      facts.speaker = s[2]!;
      if (!facts.place && /总理/u.test(s[1]!)) {
        facts.place = NATIONAL;
        facts.placeEvidence = `报告人：${p.text}`;
      } else if (!facts.place) {
        const where = placeNamedIn(p.text);
        if (where) {
          facts.place = where;
          facts.placeEvidence = `报告人：${p.text}`;
        }
      }
    }
  }
  return facts;
}

const FIVE_YEAR_PLAN_END: Record<string, number> = {
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
};

/** Year clues in the headings, strongest first, each with the words it rests on. */
export function yearCluesInBody(headings: string[]): { year: number; evidence: string }[] {
  const clues: { year: number; evidence: string }[] = [];
  for (const h of headings) {
    const review = /(\d{4})年(?:政府)?(?:工作回顾|主要工作(?!安排))|回顾(\d{4})年工作/u.exec(h);
    if (review) clues.push({ year: Number(review[1] ?? review[2]) + 1, evidence: `回顾上一年的章节：${h}` });
    const plan =
      /(\d{4})年(?:工作安排|工作任务|主要工作安排|重点工作|目标任务|主要目标任务|工作思路)|做好(\d{4})年工作/u.exec(h);
    if (plan && !review) clues.push({ year: Number(plan[1] ?? plan[2]), evidence: `部署当年工作的章节：${h}` });
    const fiveYear = /“?(十[一二三四五]五)”?(?:发展回顾|时期?.{0,6}回顾|.{0,8}发展成就)/u.exec(h);
    if (fiveYear)
      clues.push({ year: FIVE_YEAR_PLAN_END[fiveYear[1]!]! + 1, evidence: `五年规划回顾：${h}（规划期末的次年）` });
  }
  return clues;
}

/** "较好地完成了市七届人大三次会议确定的主要目标任务": the report is given at the next sitting of that term. */
export function sessionFromBody(paragraphs: string[]): { session: Session; evidence: string } | null {
  for (const text of paragraphs) {
    const m =
      /(?:完成了?|按照|落实)[^。]{0,12}?[市区县]([一二三四五六七八九十]+)届人大([一二三四五六七八九十]+)次会议(?:确定|明确|提出)/u.exec(
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
 * "现在，我代表国务院，向大会报告政府工作": the State Council's report says whose it is in its first lines.
 * Other levels say only 市/区人民政府, which names no place, so nothing is guessed from the body.
 */
export function placeFromOpening(paragraphs: string[]): { place: Place; evidence: string } | null {
  const opening = paragraphs.slice(0, 4).join('');
  const m = /我代表国务院/u.exec(opening);
  return m ? { place: NATIONAL, evidence: `开头：${m[0]}` } : null;
}
