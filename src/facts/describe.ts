import { LEXICON, lexiconPattern } from '../lexicon/lexicon.js';
import type { Target } from './types.js';

/** The verb a target is set with, right before its value, as written (力争增长, 同比增长, 控制在): the lexicon's. */
const WRITTEN_VERB = new RegExp(
  `(?:${lexiconPattern('fact.growthQualifier').source})?(?:${lexiconPattern('fact.targetVerb').source})$`,
  'u',
);

/** A target the plan is arranged at (按增长5%安排): the frame around its verb and value, shown as written. */
const ARRANGED_OPEN = lexiconPattern('targets.arrangedOpen');
const ARRANGED_CLOSE = lexiconPattern('targets.arrangedClose');

/** How a growth target with no verb kept is shown: as a price's pace (涨幅), a fall, or a growth (the lexicon's). */
const SHOWN_PACE = LEXICON.patterns['fact.shownPaceVerb'];
const FALL_VERB = lexiconPattern('targets.fallWords');
/** The verbs a growth is shown with as the report writes them (上涨, 提高, 控制在): the lexicon's fact.growthVerbAsWritten. */
const GROWTH_VERB_AS_WRITTEN = lexiconPattern('fact.growthVerbAsWritten');

export interface DescribeOptions {
  /** Between the verb and the value: ' ' in tables ("增长 6%左右"), '' in sentences. */
  gap?: string;
  /** For a target without a comparable number, the whole clause instead of the value. */
  wholeClause?: boolean;
  /** In a sentence: the value with the verb the report sets it with, as written (力争增长6%, 达到3.55%). */
  asWritten?: boolean;
}

/** "增长6%左右", "涨幅3%左右", "7%（左右）" when the qualifier was written once for several values. */
export function describeTarget(
  t: Pick<Target, 'value' | 'qualifier' | 'relation' | 'text'>,
  { gap = '', wholeClause = false, asWritten = false }: DescribeOptions = {},
): string {
  if (t.relation === 'text' || t.relation === 'relative') return wholeClause ? t.text : t.value;
  const at = asWritten ? t.text.indexOf(t.value) : -1;
  const written = at > 0 ? (WRITTEN_VERB.exec(t.text.slice(0, at))?.[0] ?? '') : '';
  if (written) {
    const before = t.text.slice(0, at - written.length);
    const after = t.text.slice(at + t.value.length);
    const close = ARRANGED_OPEN.test(before) ? ARRANGED_CLOSE.exec(after)?.[0] : undefined;
    const shown = close ? `${ARRANGED_OPEN.exec(before)![0]}${written}${t.value}${close}` : `${written}${t.value}`;
    return t.qualifier && t.qualifier !== 'range' && !shown.includes(t.qualifier)
      ? `${shown}（${t.qualifier}）`
      : shown;
  }
  const q = t.qualifier && t.qualifier !== 'range' && !t.value.includes(t.qualifier) ? `（${t.qualifier}）` : '';
  // (a growth the list writes with a verb of its own, 居民消费价格总水平上涨4％, keeps it)
  const valueAt = t.text.indexOf(t.value);
  const ownVerb =
    t.relation === 'growth' && valueAt > 0 ? GROWTH_VERB_AS_WRITTEN.exec(t.text.slice(0, valueAt))?.[0] : '';
  const verb =
    t.relation !== 'growth'
      ? ''
      : ownVerb ||
        (t.text.includes(SHOWN_PACE)
          ? SHOWN_PACE
          : FALL_VERB.test(t.text)
            ? LEXICON.patterns['fact.shownFallVerb']
            : LEXICON.patterns['fact.shownGrowthVerb']);
  return `${verb}${verb ? gap : ''}${t.value}${q}`;
}
