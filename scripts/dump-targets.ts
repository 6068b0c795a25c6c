/** Prints every report's parsed targets and the review's headline figures: for reviewing the parser against the text. */
import { loadCorpus } from '../src/corpus/corpus.js';
import { reviewHeadlines } from '../src/facts/headlines.js';
import { extractFacts } from '../src/facts/store.js';

const only = process.argv[2];
for (const t of extractFacts(loadCorpus()).values()) {
  if (only && !t.report.id.startsWith(only)) continue;
  console.log(
    `\n## ${t.report.id} ${t.passage ? `(${t.passage.paragraph.id}, via ${t.passage.via})` : 'NO TARGETS PASSAGE'}`,
  );
  for (const x of t.targets)
    console.log(
      `  ${x.indicator ?? '—'} | ${x.label} | ${x.value} | ${x.number ?? ''}${x.range ? `~${x.range[1]}` : ''} ${x.unit ?? ''} ${x.qualifier ?? ''} | ${x.relation}`,
    );
  if (t.plan.length) console.log(`  plan: ${t.plan.map((x) => `${x.indicator}=${x.value}`).join('; ')}`);
  console.log(
    `  achieved ${t.report.year - 1}: ${reviewHeadlines(t.report, t.facts)
      .map((a) => `${a.indicator}=${a.amount?.value ?? ''}${a.growth ? `(${a.growth.number})` : ''}`)
      .join('; ')}`,
  );
}
