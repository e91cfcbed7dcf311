// Preloaded with `node --import` in memory runs: reports the process's peak resident memory
// (kB) to the file named by BENCH_RSS_FILE when it exits, whatever the command.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
