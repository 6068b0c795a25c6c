import { ask } from '../src/ask/ask.js';
import { defaultCorpus } from '../src/corpus/corpus.js';
for (const q of process.argv.slice(2)) {
  const r = ask(defaultCorpus(), q);
  console.log(`\nQ: ${q}\n  found=${r.found} kind=${r.kind} city=${r.city} year=${r.year} ind=${r.indicator}\n  A: ${r.answer?.slice(0, 150)}\n  src: ${r.source?.id} ${r.source?.text.slice(0, 100)}\n  reason: ${r.reason} sugg=${r.suggestions.map((s) => s.id).join(',')}`);
}
