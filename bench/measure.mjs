// Runs the built CLI (or, with BENCH_TARGET, another script: the baseline) in
// this process and prints, on exit, its peak resident memory (worker threads
// included: they share the process) as a JSON line on fd 3.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
  } catch {
    /* no fd 3: run by hand */
  }
});
await import(process.env.BENCH_TARGET ? new URL(process.env.BENCH_TARGET, import.meta.url).href : '../bin/briefing.mjs');
