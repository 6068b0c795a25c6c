// Preloaded by the bench (node --import) into every node process it starts (npm's wrapper too): on
// exit, each writes its own peak RSS (KiB) into the folder named by BENCH_EXIT_REPORT.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.BENCH_EXIT_REPORT;
if (dir) {
  process.on('exit', () => {
    const report = { argv: process.argv.slice(1), maxRssKb: process.resourceUsage().maxRSS };
    writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify(report));
  });
}
