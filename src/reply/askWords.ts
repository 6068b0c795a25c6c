import { MEASURE_NAMES, type Measure } from '../facts/fact.js';
import type {
  AskedDetail,
  RelatedFigure,
  ReportDetail,
  ReportPart,
  ReportRef,
  Said,
  Years,
} from '../query/ask/said.js';

/**
 * The sentences of /ask: what the query layer says as data (`Said`), written in Chinese or in English.
 * Names, values and quotes are the reports' own words and stay as written in both; only the frame around
 * them is translated. The query never writes a sentence; every face shows these.
 */
export type AskLanguage = 'zh' | 'en';

/** Where the sentence's figure is quoted from, for an English answer that names the paragraph. */
export interface SaidContext {
  paragraphId?: string;
}

export function sayIn(language: AskLanguage, said: Said | null, context: SaidContext = {}): string | null {
  if (said === null) return null;
  return language === 'en' ? english(said, context) : chinese(said);
}

// ---- Chinese ----

const EXAMPLE = '例如“温州今年GDP增长目标是多少？”';
const NOT_ANSWER = '相关数据（不是答案）：';

/** A nested sentence inside another, its full stop dropped. */
const clause = (s: Said | null): string => (s === null ? '' : chinese(s).replace(/。$/u, ''));

const zhYears = (y: Years): string => (y.end ? `到${y.to}年` : y.from === y.to ? `${y.from}年` : `${y.from}—${y.to}年`);

function zhCoverage(years: readonly number[]): string {
  return years.map((y) => `${y}年报告（回顾${y - 1}年、部署${y}年）`).join('；');
}

const ZH_PART: Record<ReportPart, string> = {
  plan: '的五年规划目标',
  'five-year-review': '的五年回顾',
  review: '的回顾部分',
  work: '的目标和工作安排',
};

const zhReport = (r: ReportRef): string => `${r.year}年${r.city}政府工作报告`;
const zhRelated = (f: RelatedFigure): string => `${f.label}${f.value}（〔${f.paragraphId}〕“${f.sentence}”）`;

const ZH_DETAIL_NAMES: Record<AskedDetail, string> = {
  speaker: '报告人',
  meeting: '会议',
  date: '日期',
  'session-day': '会议开幕或闭幕的日期',
};

function zhDetail(d: ReportDetail): string {
  if (d.kind === 'speaker') return `报告人：${d.role ?? ''}${d.name}${d.asWritten ? `（原文“${d.asWritten}”）` : ''}`;
  if (d.kind === 'date') return `日期：${d.written}`;
  return `会议：${d.meeting}${d.paragraphId ? `（据报告开头〔${d.paragraphId}〕）` : ''}`;
}

function zhMetFigures(target: string | null, result: string | null, forecast: boolean): string {
  // (a result the report itself opens with the word, 实际增长百分之四点六, is not said twice)
  const said = forecast ? '预计' : '实际';
  const shown = result === null ? '' : result.startsWith(said) ? result : `${said}${result}`;
  return [target !== null ? `目标${target}` : '', shown].filter(Boolean).join('，');
}

/** Where a figure stands in its report, as each language says it. */
type FigureFrom = NonNullable<Extract<Said, { say: 'figure' }>['from']>;
const ZH_FROM: Record<FigureFrom, string> = {
  plan: '的五年规划目标',
  'work-plan': '的工作安排；主要预期目标中没有此项',
  'target-list': '的主要预期目标',
};
const EN_FROM: Record<FigureFrom, string> = {
  plan: 'five-year plan goals',
  'work-plan': 'work plan — not among the main targets',
  'target-list': 'main expected targets',
};

function chinese(s: Said): string {
  switch (s.say) {
    case 'figure': {
      const name = s.relatedTo ? `没有单列${s.relatedTo}，相关数据` : s.name;
      const from = s.from ? ZH_FROM[s.from] : '';
      return `${s.report.city}${zhYears(s.years)}${name}${s.target ? '目标' : ''}：${s.value}（据${s.report.year}年政府工作报告${from}${s.forecast ? '，预计数' : ''}）。`;
    }
    case 'headline-target':
      return s.direct
        ? `${s.report.city}${s.report.year}年${s.indicator}的预期目标：${s.value}。${s.alsoPlanned ? `工作安排中还提出：${s.alsoPlanned.label}${s.alsoPlanned.value}。` : ''}`
        : `${s.report.city}${s.report.year}年没有单列${s.indicator}目标；相关目标：${s.value}。`;
    case 'all-targets':
      return `${s.report.city}${s.report.year}年主要预期目标：${s.text}`;
    case 'definition':
      return `${s.term}：${s.definition}（${s.report.city} ${s.report.year}年政府工作报告${s.inline ? '中的说明' : '的名词解释'}）`;
    case 'report-details':
      return `${s.title}：${s.details.map(zhDetail).join('；')}。`;
    case 'target-ranking': {
      const scope = `${s.year ? `${s.year}年` : ''}${s.province ?? ''}`;
      const names = s.top.map((e) => `${e.city}（${e.year}年，${e.value}）`).join('、');
      return `${scope}${s.indicator}目标${s.lowest ? '最低' : '最高'}的是${names}；共 ${s.count} 个数值目标。`;
    }
    case 'result-ranking':
      return `${s.year}年${s.province ?? ''}${s.indicator}${s.level ? '总量' : '增速'}${s.lowest ? '最低' : '最高'}的是${s.places.join('、')}（${s.value}，据${s.year + 1}年政府工作报告）；共比较 ${s.count} 个地方。`;
    case 'met': {
      const figures = zhMetFigures(s.target, s.result, s.forecast);
      const words = s.words ? `（${s.year + 1}年政府工作报告原话：“${s.words}”，见引文）` : '';
      return `${s.place}${s.year}年${s.subject}${figures ? `${figures}，` : ''}${s.met ? '已达成' : '未达成'}${words}。`;
    }
    case 'passage':
      return s.text;
    case 'no-report':
      return `语料中没有${s.place}${s.year ?? ''}年的政府工作报告。${s.place}现有：${zhCoverage(s.coverage)}。`;
    case 'no-report-for': {
      const where =
        s.stance === 'result'
          ? `${s.year}年的实际数据应在${s.year + 1}年的报告中`
          : `${s.year}年的目标应在${s.year}年的报告中`;
      return `${where}，语料中没有该报告。${s.place}现有：${zhCoverage(s.coverage)}。`;
    }
    case 'no-reports':
      return `语料中没有${s.place}的报告。`;
    case 'not-given':
      return `${zhReport(s.report)}${ZH_PART[s.part]}没有给出${zhYears(s.years)}${s.subject || '这项内容'}的数据。`;
    case 'not-given-related':
      return `${zhReport(s.report)}没有给出${zhYears(s.years)}${s.subject}的数据。${NOT_ANSWER}${zhRelated(s.related)}。`;
    case 'other-kind': {
      const asked = s.asked ? MEASURE_NAMES[s.asked] : '这项数据';
      const r = s.related;
      return `${zhReport(s.report)}${ZH_PART[s.part]}没有给出${zhYears(s.years)}${r.label}的${asked}，只给出了${MEASURE_NAMES[r.measure]}：${r.value}（〔${r.paragraphId}〕“${r.sentence}”）。`;
    }
    case 'no-total':
      return `${zhReport(s.report)}${ZH_PART[s.part]}没有给出${zhYears(s.years)}${s.subject || '所问'}的总数。${NOT_ANSWER}${zhRelated(s.related)}。`;
    case 'ambiguous':
      return `${zhReport(s.report)}${ZH_PART[s.part]}中不止一个数字可能是${zhYears(s.years)}${s.subject || '所问的数据'}，无法确定是哪一个。${NOT_ANSWER}${s.related.map(zhRelated).join('；')}。`;
    case 'no-target-list':
      return `${zhReport(s.report)}中没有“主要预期目标”段落。`;
    case 'not-in-target-list':
      return `${zhReport(s.report)}的主要预期目标中没有${s.indicator}。`;
    case 'no-plan-goal':
      return `${s.place}的报告中没有${s.subject}的五年规划目标。`;
    case 'no-target':
      return `${s.year}年的报告中没有${s.subject}目标`;
    case 'no-result':
      return `${s.year}年的报告中没有${s.subject}的实际数`;
    case 'met-unknown': {
      const why =
        s.missing.length > 0
          ? s.missing.map(clause).join('；')
          : '目标和实际数口径不同（或没有可比的数值），报告也没有说明是否完成';
      const figures = zhMetFigures(s.target, s.result, s.forecast);
      return `无法判断${s.place}${s.year}年${s.subject}目标是否完成：${why}。${figures ? `报告给出的是：${figures}。` : ''}`;
    }
    case 'details-unstated': {
      const names = s.asked.map((k) => ZH_DETAIL_NAMES[k]);
      const asked = names.length > 1 ? `${names.slice(0, -1).join('、')}和${names.at(-1)}` : (names[0] ?? '');
      const shown = s.shown.length > 0 ? `；写明的是：${s.shown.map(zhDetail).join('；')}` : '';
      return `${s.title}的原文没有写明${asked}${shown}。`;
    }
    case 'no-ranked-targets': {
      const scope = `${s.year ? `${s.year}年` : ''}${s.province ?? ''}`;
      return `报告中没有可比较的${s.indicator}数值目标${scope ? `（${scope}）` : ''}。`;
    }
    case 'no-ranked-results':
      return `${s.province ?? '语料中'}没有报告给出${s.year}年${s.indicator}的${s.level ? '总量' : '增速'}（${s.year}年的实际数据在${s.year + 1}年的报告中）。`;
    case 'user-error':
      return s.message;
    case 'empty-question':
      return `请用中文提一个关于政府工作报告的问题，${EXAMPLE}。`;
    case 'english-unread':
      return `没有读懂这个英文问题：不认识的词有 ${s.words.join('、')}。请换个说法，或用中文提问，${EXAMPLE}。`;
    case 'nothing-asked':
      return s.example ? `没有看出要查询的内容，请换个说法，${EXAMPLE}。` : '没有看出要查询的内容，请换个说法。';
    case 'no-passage':
      return '报告中没有直接回答这个问题的段落。';
    case 'needs-place':
      return `请说明是哪个城市，例如“嘉兴${s.yearWords ?? '今年'}${s.indicator}目标是多少？”；比较各城市请问“哪些城市${s.indicator}目标最高？”。`;
    case 'unknown-place':
      return `${zhNoPlace(s.typed, s.near)}现有城市：${s.places.join('、')}。`;
    case 'typo':
      return `（按“${s.meant}”回答：语料中没有“${s.typed}”。）${s.said === null ? '' : chinese(s.said)}`;
    case 'also-unknown-place':
      return [s.said === null ? '' : chinese(s.said), zhNoPlace(s.typed, s.near)].filter(Boolean).join(' ');
    case 'parts': {
      const said = s.parts.map(chinese).join(' ');
      return s.all ? said : `这个问题问了${s.parts.length}项，报告没有全部给出：${said}`;
    }
    case 'first-part-only':
      return `这个问题问了${s.count}项，只读懂了第一项：${s.first === null ? '' : chinese(s.first)}`;
    case 'each-place':
      return s.parts.map(chinese).join(' ');
    case 'result-missing-plan':
      return `${clause(s.missing)}；只有当年报告的计划（不是实际完成数）：${chinese(s.plan)}`;
    case 'list-gives-other-kind':
      return `${clause(s.missing)}；主要预期目标中给出的是另一类数字（不是所问的）：${s.value}。`;
    case 'not-in-work-plan-either':
      return `${clause(s.missing)}；该报告的工作安排中也没有给出这项目标。`;
  }
}

function zhNoPlace(typed: string, near: readonly string[]): string {
  return `语料中没有${typed}的政府工作报告。${near.length > 0 ? `你是不是要找：${near.join('、')}？` : ''}`;
}

// ---- English: the frame in English, the reports' words (names, values, quotes) verbatim ----

const EN_EXAMPLE = 'e.g. "What is Wenzhou\'s GDP growth target this year?"';

const enClause = (s: Said | null): string => (s === null ? '' : english(s, {}).replace(/\.$/u, ''));

const enYears = (y: Years): string =>
  y.end ? `by the end of ${y.to}` : y.from === y.to ? `${y.from}` : `${y.from}–${y.to}`;

const enReport = (r: ReportRef): string => `${r.city}'s ${r.year} government work report`;

const EN_PART: Record<ReportPart, string> = {
  plan: 'the five-year plan goals',
  'five-year-review': 'the review of the five years',
  review: 'the review of the year',
  work: 'the targets and work plan',
};

/** "The review of the year in 汕尾市's 2023 government work report". */
const enRead = (part: ReportPart, r: ReportRef): string => `${EN_PART[part]} in ${enReport(r)}`;
/** The verb after `enRead`: goals and targets give, a review gives. */
const enGive = (part: ReportPart): string => (part === 'plan' || part === 'work' ? 'give' : 'gives');

const EN_MEASURE: Record<Measure, string> = {
  level: 'amount',
  growth: 'growth rate',
  change: 'change',
  share: 'share',
  rate: 'rate',
  count: 'count',
  rank: 'rank',
  streak: 'years running',
  duration: 'number of years',
  edition: 'edition',
};

const enRelated = (f: RelatedFigure): string => `${f.label} ${f.value} ([${f.paragraphId}] “${f.sentence}”)`;

function enCoverage(years: readonly number[]): string {
  return years.map((y) => `${y} (reviewing ${y - 1}, planning ${y})`).join('; ');
}

const EN_DETAIL_NAMES: Record<AskedDetail, string> = {
  speaker: 'who delivered it',
  meeting: 'the meeting',
  date: 'the date',
  'session-day': 'the day the session opened or closed',
};

function enDetail(d: ReportDetail): string {
  if (d.kind === 'speaker')
    return `delivered by ${d.role ?? ''}${d.name}${d.asWritten ? ` (written “${d.asWritten}”)` : ''}`;
  if (d.kind === 'date') return `dated ${d.written}`;
  return `at ${d.meeting}${d.paragraphId ? ` (from the report's opening, [${d.paragraphId}])` : ''}`;
}

function enMetFigures(target: string | null, result: string | null, forecast: boolean): string {
  return [
    target !== null ? `target ${target}` : '',
    result !== null ? `${forecast ? 'estimated' : 'actual'} ${result}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function english(s: Said, context: SaidContext): string {
  switch (s.say) {
    case 'figure': {
      const name = s.relatedTo ? `${s.relatedTo} is not stated on its own; related figures` : s.name;
      const where = [
        `${s.report.year} government work report`,
        s.from ? EN_FROM[s.from] : '',
        s.forecast ? 'estimate' : '',
        context.paragraphId ? `paragraph ${context.paragraphId}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return s.target
        ? `${s.report.city} target for ${enYears(s.years)}, ${name}: ${s.value} (${where}).`
        : `${s.report.city}, ${enYears(s.years)}, ${name}: ${s.value} (${where}).`;
    }
    case 'headline-target':
      return s.direct
        ? `${s.report.city} target for ${s.report.year}, ${s.indicator}: ${s.value} (${s.report.year} government work report, main expected targets${context.paragraphId ? `, paragraph ${context.paragraphId}` : ''}).${s.alsoPlanned ? ` The work plan also sets: ${s.alsoPlanned.label} ${s.alsoPlanned.value}.` : ''}`
        : `${s.report.city} sets no target for ${s.indicator} of its own in ${s.report.year}; related targets: ${s.value}.`;
    case 'all-targets':
      return `${s.report.city}, main expected targets for ${s.report.year}: ${s.text}`;
    case 'definition':
      return `${s.term}: ${s.definition} (${s.report.city}, ${s.report.year} government work report, ${s.inline ? 'explained in the text' : 'glossary'})`;
    case 'report-details':
      return `${s.title}: ${s.details.map(enDetail).join('; ')}.`;
    case 'target-ranking': {
      const scope = [s.year ? `${s.year}` : '', s.province ?? ''].filter(Boolean).join(', ');
      const names = s.top.map((e) => `${e.city} (${e.year}, ${e.value})`).join(', ');
      return `${s.lowest ? 'Lowest' : 'Highest'} ${s.indicator} target${scope ? ` (${scope})` : ''}: ${names}; ${s.count} numeric targets compared.`;
    }
    case 'result-ranking':
      return `${s.lowest ? 'Lowest' : 'Highest'} ${s.indicator} ${s.level ? 'amount' : 'growth'} in ${s.year}${s.province ? ` (${s.province})` : ''}: ${s.places.join(', ')} (${s.value}, ${s.year + 1} government work report); ${s.count} places compared.`;
    case 'met': {
      const figures = enMetFigures(s.target, s.result, s.forecast);
      const words = s.words ? ` (the ${s.year + 1} report says: “${s.words}”, quoted below)` : '';
      return `${s.place}, ${s.year}, ${s.subject}: ${figures ? `${figures} — ` : ''}${s.met ? 'met' : 'not met'}${words}.`;
    }
    case 'passage':
      return s.text;
    case 'no-report':
      return `There is no ${s.year ?? ''} government work report of ${s.place} here. Reports of ${s.place}: ${enCoverage(s.coverage)}.`;
    case 'no-report-for': {
      const where =
        s.stance === 'result'
          ? `${s.year}'s results are in the ${s.year + 1} report`
          : `${s.year}'s targets are in the ${s.year} report`;
      return `${where}, which is not here. Reports of ${s.place}: ${enCoverage(s.coverage)}.`;
    }
    case 'no-reports':
      return `There are no reports of ${s.place} here.`;
    case 'not-given':
      return `${capital(enRead(s.part, s.report))} ${enGive(s.part)} no figure for ${s.subject || 'this'} in ${enYears(s.years)}.`;
    case 'not-given-related':
      return `${enReport(s.report)} gives no figure for ${s.subject} in ${enYears(s.years)}. Related (not the answer): ${enRelated(s.related)}.`;
    case 'other-kind':
      return `${capital(enRead(s.part, s.report))} ${enGive(s.part)} no ${s.asked ? EN_MEASURE[s.asked] : 'figure'} of ${s.related.label} in ${enYears(s.years)}, only its ${EN_MEASURE[s.related.measure]}: ${s.related.value} ([${s.related.paragraphId}] “${s.related.sentence}”).`;
    case 'no-total':
      return `${capital(enRead(s.part, s.report))} ${enGive(s.part)} no total of ${s.subject || 'what was asked'} in ${enYears(s.years)}. Related (not the answer): ${enRelated(s.related)}.`;
    case 'ambiguous':
      return `More than one figure in ${enRead(s.part, s.report)} could be ${s.subject || 'the figure asked'} in ${enYears(s.years)}; which one cannot be told. Related (not the answer): ${s.related.map(enRelated).join('; ')}.`;
    case 'no-target-list':
      return `${enReport(s.report)} has no list of main expected targets.`;
    case 'not-in-target-list':
      return `The main expected targets of ${enReport(s.report)} do not include ${s.indicator}.`;
    case 'no-plan-goal':
      return `The reports of ${s.place} give no five-year plan goal for ${s.subject}.`;
    case 'no-target':
      return `the ${s.year} report sets no target for ${s.subject}`;
    case 'no-result':
      return `the ${s.year} report gives no actual figure for ${s.subject}`;
    case 'met-unknown': {
      const why =
        s.missing.length > 0
          ? s.missing.map(enClause).join('; ')
          : 'the target and the result are not measured alike (or not in figures), and the report does not say';
      const figures = enMetFigures(s.target, s.result, s.forecast);
      return `Whether ${s.place} met its ${s.year} target for ${s.subject} cannot be told: ${why}.${figures ? ` The reports give: ${figures}.` : ''}`;
    }
    case 'details-unstated': {
      const shown = s.shown.length > 0 ? `; it states: ${s.shown.map(enDetail).join('; ')}` : '';
      return `${s.title} does not state ${s.asked.map((k) => EN_DETAIL_NAMES[k]).join(', ')}${shown}.`;
    }
    case 'no-ranked-targets': {
      const scope = [s.year ? `${s.year}` : '', s.province ?? ''].filter(Boolean).join(', ');
      return `No report sets a numeric ${s.indicator} target to compare${scope ? ` (${scope})` : ''}.`;
    }
    case 'no-ranked-results':
      return `No report${s.province ? ` of ${s.province}` : ''} gives the ${s.level ? 'amount' : 'growth'} of ${s.indicator} in ${s.year} (a year's results are in the next year's report).`;
    case 'user-error':
      return s.message;
    case 'empty-question':
      return `Please ask a question about the government work reports, ${EN_EXAMPLE}.`;
    case 'english-unread':
      return `This English question could not be read: ${s.words.map((w) => `“${w}”`).join(', ')} ${s.words.length > 1 ? 'are' : 'is'} not known here. Please ask it otherwise, or in Chinese, ${EN_EXAMPLE}.`;
    case 'nothing-asked':
      return s.example
        ? `What to look for is not clear; please ask otherwise, ${EN_EXAMPLE}.`
        : 'What to look for is not clear; please ask otherwise.';
    case 'no-passage':
      return 'No paragraph of the reports answers this directly.';
    case 'needs-place':
      return `Please name a place, e.g. "Jiaxing ${s.indicator} target ${s.yearWords ?? 'this year'}"; to compare places, ask "Which city has the highest ${s.indicator} target?".`;
    case 'unknown-place':
      return `${enNoPlace(s.typed, s.near)} Places here: ${s.places.join(', ')}.`;
    case 'typo':
      return `(Answered for “${s.meant}”: there is no “${s.typed}” here.) ${s.said === null ? '' : english(s.said, context)}`;
    case 'also-unknown-place':
      return [s.said === null ? '' : english(s.said, context), enNoPlace(s.typed, s.near)].filter(Boolean).join(' ');
    case 'parts': {
      const said = s.parts.map((p) => english(p, {})).join(' ');
      return s.all
        ? said
        : `This question asks ${s.parts.length} things, and the reports do not give them all: ${said}`;
    }
    case 'first-part-only':
      return `This question asks ${s.count} things; only the first was understood: ${s.first === null ? '' : english(s.first, context)}`;
    case 'each-place':
      return s.parts.map((p) => english(p, {})).join(' ');
    case 'result-missing-plan':
      return `${enClause(s.missing)}; there is only that year's plan (not a result): ${english(s.plan, {})}`;
    case 'list-gives-other-kind':
      return `${enClause(s.missing)}; the main expected targets give another kind of figure (not the one asked): ${s.value}.`;
    case 'not-in-work-plan-either':
      return `${enClause(s.missing)}; the report's work plan gives no such target either.`;
  }
}

function enNoPlace(typed: string, near: readonly string[]): string {
  return `There is no government work report of ${typed} here.${near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : ''}`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
