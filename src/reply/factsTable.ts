import type { FactRow } from '../query/figuresQueries.js';
import type { Table } from './model.js';

/** Facts as a table for CSV: one row each, with the year the figure is about and its source paragraph. */
export function factsTable(rows: readonly FactRow[]): Table {
  return {
    columns: [
      '年份',
      '性质',
      '指标',
      '报告原文的主语',
      '类别',
      '数值（原文）',
      '数值',
      '单位',
      '限定',
      '报告',
      '段落编号',
      '原句',
    ],
    rows: rows.map((f) => [
      String(f.year),
      f.stance,
      f.indicator ?? '',
      f.label,
      f.measure,
      f.shown,
      f.number === null ? '' : String(f.number),
      f.unit ?? '',
      f.qualifier ?? '',
      f.report,
      f.source,
      f.sentence,
    ]),
  };
}
