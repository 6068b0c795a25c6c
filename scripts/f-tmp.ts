import { loadLibrary } from '../src/query/library.js';

const lib = loadLibrary();
let n = 0;
for (const [id, r] of lib.facts)
  for (const f of r.facts)
    if (f.stance === 'target' && !f.indicator && f.measure !== 'rank' && n++ % 23 === 0)
      console.log(id, f.paragraphId, f.label, '|', f.value, '|', f.sentence.slice(0, 70));
