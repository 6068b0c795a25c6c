import data from './lexicon.json' with { type: 'json' };

/**
 * The reports' language as data (lexicon.json), loaded and checked once: a name, key or alias given twice,
 * a related indicator that is not one, a measure that is no measure or an English pattern that does not
 * compile stops the program at start with the line to fix, instead of answering with the wrong one.
 */
export interface IndicatorRecord {
  name: string;
  key: string;
  /** Section of the targets table: 经济, 投资消费, 财政, 民生, 开放, 创新, 绿色. */
  group: string;
  aliases: string[];
  /** The kinds of figure it can be, when not every kind (R&D spending in 亿元 is not R&D intensity). */
  measures?: string[];
  /** What may answer instead where a report sets no target for it. */
  related?: string[];
  note?: string;
}

export interface EnglishTerm {
  /** A regular expression (case-insensitive) over the English question. */
  pattern: string;
  /** The Chinese words it stands for. */
  chinese: string;
}

export interface Lexicon {
  indicators: IndicatorRecord[];
  english: EnglishTerm[];
}

const MEASURES = new Set(['level', 'growth', 'change', 'share', 'rate', 'count', 'rank']);

/** Every problem of a lexicon, one line each; empty when it can be used. */
export function lexiconProblems(lexicon: Lexicon): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const claim = (what: string, value: string, owner: string) => {
    const key = `${what}:${value.normalize('NFKC').toLowerCase()}`;
    const before = seen.get(key);
    if (before && before !== owner) problems.push(`${what} “${value}” is given to both ${before} and ${owner}`);
    else if (before === owner && what === 'alias') problems.push(`alias “${value}” is listed twice under ${owner}`);
    seen.set(key, owner);
  };
  const names = new Set(lexicon.indicators.map((i) => i.name));
  for (const i of lexicon.indicators) {
    claim('name', i.name, i.name);
    claim('key', i.key, i.name);
    for (const alias of i.aliases) claim('alias', alias, i.name);
    if (!i.aliases.includes(i.name) && !i.aliases.some((a) => a.includes(i.name)))
      problems.push(`${i.name}: its own name is not among its aliases`);
    for (const m of i.measures ?? []) if (!MEASURES.has(m)) problems.push(`${i.name}: “${m}” is not a measure`);
    for (const r of i.related ?? []) if (!names.has(r)) problems.push(`${i.name}: related “${r}” is not an indicator`);
  }
  for (const term of lexicon.english) {
    try {
      new RegExp(term.pattern, 'iu');
    } catch {
      problems.push(`english pattern “${term.pattern}” does not compile`);
    }
  }
  return problems;
}

function load(): Lexicon {
  const lexicon = data as Lexicon;
  const problems = lexiconProblems(lexicon);
  if (problems.length > 0) throw new Error(`src/lexicon/lexicon.json: ${problems.join('; ')}`);
  return lexicon;
}

export const LEXICON: Lexicon = load();
