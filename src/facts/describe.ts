import type { Target } from './types.js';

export interface DescribeOptions {
  /** Between the verb and the value: ' ' in tables ("增长 6%左右"), '' in sentences. */
  gap?: string;
  /** For a target without a comparable number, the whole clause instead of the value. */
  wholeClause?: boolean;
}

/** "增长6%左右", "涨幅3%左右", "7%（左右）" when the qualifier was written once for several values. */
export function describeTarget(
  t: Pick<Target, 'value' | 'qualifier' | 'relation' | 'text'>,
  { gap = '', wholeClause = false }: DescribeOptions = {},
): string {
  if (t.relation === 'text' || t.relation === 'relative') return wholeClause ? t.text : t.value;
  const q = t.qualifier && t.qualifier !== 'range' && !t.value.includes(t.qualifier) ? `（${t.qualifier}）` : '';
  const verb =
    t.relation === 'growth' ? (/涨幅/u.test(t.text) ? '涨幅' : /下降|降低/u.test(t.text) ? '下降' : '增长') : '';
  return `${verb}${verb ? gap : ''}${t.value}${q}`;
}
