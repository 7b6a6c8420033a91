// npm run bench: speed and memory, measured on whole processes as a user runs
// them. Prints a table and writes bench/results.json. Not a test: these
// machines are shared and noisy; read medians, and ratios taken in one run.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceData, variantText } from './variants.js';

const ROOT = join(import.meta.dirname, '..');
const MEASURE = join(ROOT, 'bench', 'measure.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Run {
  ms: number;
  maxRssMb: number;
  code: number | null;
}

/** One CLI process: wall time from spawn to exit, and its peak memory. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [MEASURE, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let stats = '';
    let stderr = '';
    child.stdio[3]!.on('data', (d: Buffer) => (stats += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0 && code !== 2) return reject(new Error(`briefing ${args.join(' ')} exited ${code}: ${stderr}`));
      resolve({ ms, maxRssMb: (JSON.parse(stats || '{"maxRssKb":0}').maxRssKb as number) / 1024, code });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function repeat(label: string, n: number, once: () => Promise<Run>) {
  const runs: Run[] = [];
  for (let i = 0; i < n; i++) runs.push(await once());
  const ms = runs.map((r) => r.ms);
  return { label, runs: n, medianMs: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms), peakMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

/** Watch mode: time from saving a one-figure edit to the rebuild's report line. */
async function watchRebuilds(n: number): Promise<{ label: string; runs: number; medianMs: number; minMs: number; maxMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-watch-'));
  const file = join(dir, 'deck.yaml');
  const reference = referenceData(ROOT);
  writeFileSync(file, reference);
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'briefing.mjs'), 'build', file, '--watch', '--out', join(dir, 'out')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // Wait on events, not by polling: a polling parent would take CPU from the watcher.
  let waiting: ((line: string) => void) | undefined;
  let pending = '';
  child.stdout.on('data', (d: Buffer) => {
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) waiting?.(line);
  });
  const nextLine = () => new Promise<string>((resolve) => (waiting = resolve));
  await nextLine(); // the first build
  while (!err.includes('watching')) await new Promise((r) => setTimeout(r, 20));
  const times: number[] = [];
  const inside: number[] = [];
  for (let i = 0; i < n; i++) {
    const line = nextLine();
    const saved = performance.now();
    writeFileSync(file, reference.replace('    value: 399\n', `    value: ${400 + i}\n`));
    const text = await line;
    times.push(performance.now() - saved);
    inside.push(Number(/: (\d+) ms,/.exec(text)?.[1] ?? NaN));
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGINT');
  return {
    label: `watch: one-figure edit, save to report (rebuild itself: median ${median(inside).toFixed(0)} ms)`,
    runs: n,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
  };
}

async function main() {
  const data = join(ROOT, 'data', 'zhejiang-2023.yaml');
  const out = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  const results = [];

  results.push(await repeat('cold build of the reference deck (--no-cache), whole process', RUNS, () => cli(['build', data, '--out', join(out, 'cold'), '--no-cache'])));
  await cli(['build', data, '--out', join(out, 'warm')]);
  results.push(await repeat('build with a warm chart cache, whole process', RUNS, () => cli(['build', data, '--out', join(out, 'warm')])));
  results.push(await repeat('briefing validate, whole process', RUNS, () => cli(['validate', data])));
  results.push(await watchRebuilds(Math.max(RUNS, 7)));

  const batch = join(out, 'batch-data');
  mkdirSync(batch);
  for (let i = 0; i < 50; i++) writeFileSync(join(batch, `variant-${String(i + 1).padStart(2, '0')}.yaml`), variantText(referenceData(ROOT), i));
  // Each run into a new folder: the chart cache starts empty, and fills as the batch goes
  // (the variants share most charts, as decks of one series do).
  let run = 0;
  results.push(await repeat('batch of 50 generated decks, fresh output folder, whole process', Math.min(RUNS, 3), () => cli(['build', batch, '--out', join(out, `batch-${run++}`)])));
  results.push(await repeat('batch of 50 generated decks, --no-cache (every chart drawn)', Math.min(RUNS, 3), () => cli(['build', batch, '--out', join(out, 'batch-nocache'), '--no-cache'])));

  const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
  console.log(`briefing bench: ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}`);
  console.log(['what', 'runs', 'median ms', 'min', 'max', 'peak MB'].join(' | '));
  for (const r of results) {
    console.log([r.label, r.runs, r.medianMs.toFixed(0), r.minMs.toFixed(0), r.maxMs.toFixed(0), 'peakMb' in r ? (r.peakMb as number).toFixed(0) : '-'].join(' | '));
  }
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
}

await main();
