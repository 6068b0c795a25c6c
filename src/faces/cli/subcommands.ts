import type { Corpus } from '../../corpus/corpus.js';
import { glossary, listReports, outline, quote } from '../../query/corpusQueries.js';
import { glossaryReply, outlineReply, quoteReply, reportsReply } from '../../reply/corpusReplies.js';
import type { Attachment, Reply } from '../../reply/model.js';
import { searchReply } from '../../reply/searchReplies.js';
import { DEFAULT_LIMIT, searchIndexFor } from '../../search/index.js';
import { parseYear } from '../../corpus/resolve.js';
import { compare, targets } from '../../query/targetsQueries.js';
import { askReply, compareReply, targetsReply } from '../../reply/targetsReplies.js';
import { ask } from '../../query/ask/ask.js';
import { writeFile } from 'node:fs/promises';
import { compareChart, trendChart } from '../../reply/charts/charts.js';
import { trend } from '../../query/trendQueries.js';
import { trendReply } from '../../reply/trendReplies.js';

/** What a subcommand produces: the query layer's data (for --json) and the reply (for text). */
export interface CliOutput {
  json: unknown;
  reply: Reply;
}

export interface CliArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface Subcommand {
  usage: string;
  /** Flags taking a value, besides --json. */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  run: (corpus: Corpus, args: CliArgs) => CliOutput | Promise<CliOutput>;
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** `--png FILE`: draws the chart and writes it; without the flag no chart is drawn. */
async function chartTo(file: string | undefined, draw: () => Attachment | null): Promise<Attachment | null> {
  if (!file) return null;
  const chart = draw();
  if (chart) await writeFile(file, chart.data);
  return chart;
}

export const SUBCOMMANDS: Record<string, Subcommand> = {
  reports: {
    usage: 'govreport reports [--json]',
    run: (corpus) => {
      const reports = listReports(corpus);
      return { json: reports, reply: reportsReply(reports) };
    },
  },
  outline: {
    usage: 'govreport outline <城市> [年份] [--json]',
    run: (corpus, { positionals: [city, year] }) => {
      const o = outline(corpus, city, year);
      return { json: o, reply: outlineReply(o) };
    },
  },
  quote: {
    usage: 'govreport quote <段落编号> [--context N] [--json]',
    options: { context: { type: 'string' } },
    run: (corpus, { positionals: [id], values }) => {
      const q = quote(corpus, id, Number(str(values.context) ?? 0));
      return { json: q, reply: quoteReply(q) };
    },
  },
  search: {
    usage: 'govreport search "<查询>" [--city 城市] [--year 年份] [--province 省份] [--level 级别] [--limit N] [--offset N] [--json]',
    options: { city: { type: 'string' }, year: { type: 'string' }, province: { type: 'string' }, level: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' } },
    run: (corpus, { positionals, values }) => {
      const limit = Number(str(values.limit) ?? DEFAULT_LIMIT) || DEFAULT_LIMIT;
      const r = searchIndexFor(corpus).search(positionals.join(' '), {
        city: str(values.city), year: parseYear(str(values.year)), province: str(values.province), level: str(values.level),
        limit, offset: Number(str(values.offset) ?? 0) || 0,
      });
      return { json: r, reply: searchReply(r, limit) };
    },
  },
  targets: {
    usage: 'govreport targets <城市> [年份] [--json]',
    run: (corpus, { positionals: [city, year] }) => {
      const r = targets(corpus, city, year);
      return { json: r, reply: targetsReply(r) };
    },
  },
  compare: {
    usage: 'govreport compare <指标> [--year 年份] [--province 省份] [--png 文件] [--json]',
    options: { year: { type: 'string' }, province: { type: 'string' }, png: { type: 'string' } },
    run: async (corpus, { positionals, values }) => {
      const r = compare(corpus, positionals.join(''), str(values.year), str(values.province));
      return { json: r, reply: compareReply(r, await chartTo(str(values.png), () => compareChart(r))) };
    },
  },
  trend: {
    usage: 'govreport trend <城市> <指标> [--png 文件] [--json]',
    options: { png: { type: 'string' } },
    run: async (corpus, { positionals: [city, ...indicator], values }) => {
      const t = trend(corpus, city, indicator.join(''));
      return { json: t, reply: trendReply(t, await chartTo(str(values.png), () => trendChart(t))) };
    },
  },
  ask: {
    usage: 'govreport ask "<问题>" [--json]',
    run: (corpus, { positionals }) => {
      const r = ask(corpus, positionals.join(' '));
      return { json: r, reply: askReply(r) };
    },
  },
  glossary: {
    usage: 'govreport glossary <名词> [--json]',
    run: (corpus, { positionals }) => {
      const term = positionals.join(' ');
      const results = glossary(corpus, term);
      // The JSON is one entry; a term defined by several reports lists the others under `also`.
      const [first, ...also] = results;
      return { json: { ...first, also }, reply: glossaryReply(term, results) };
    },
  },
};
