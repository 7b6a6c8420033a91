// npm run bench: speed and memory, measured on whole processes as a user runs
// them. Prints a table and writes bench/results.json. Not a test: these
// machines are shared and noisy; read medians, and ratios taken in one run.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceData, variantText } from './variants.js';
import { serveSaves } from './serve.js';

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
  return measured(args, env);
}

/** The plain chartjs-node-canvas + pptxgenjs script, run the same way. */
const baseline = (data: string, out: string) => measured([data, out], { BENCH_TARGET: './baseline.mjs' });

function measured(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
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

interface Result {
  label: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  peakMb?: number;
  /** Median wall time over the baseline's, runs interleaved with it. */
  vsBaseline?: number;
  target?: string;
  met?: boolean;
}

function summary(label: string, runs: Run[]): Result {
  const ms = runs.map((r) => r.ms);
  return { label, runs: runs.length, medianMs: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms), peakMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

async function repeat(label: string, n: number, once: (i: number) => Promise<Run>): Promise<Result> {
  const runs: Run[] = [];
  for (let i = 0; i < n; i++) runs.push(await once(i));
  return summary(label, runs);
}

/** Two commands run alternately, so that a busy spell of the machine slows both alike. */
async function interleaved(n: number, a: (i: number) => Promise<Run>, b: (i: number) => Promise<Run>): Promise<[Run[], Run[]]> {
  const ra: Run[] = [];
  const rb: Run[] = [];
  for (let i = 0; i < n; i++) {
    ra.push(await a(i));
    rb.push(await b(i));
  }
  return [ra, rb];
}

const withTarget = (r: Result, target: string, met: boolean): Result => ({ ...r, target, met });

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
  const results: Result[] = [];
  const hasBaseline = ['canvas', 'chartjs-node-canvas'].every((p) => {
    try {
      return Boolean(createRequire(import.meta.url).resolve(p));
    } catch {
      return false;
    }
  });
  if (!hasBaseline) console.error('bench: chartjs-node-canvas is not installed, so the baseline is not run (README: "--renderer node-canvas" says how to install it)');

  // Cold builds and the baseline, alternately.
  let baseMs: number | undefined;
  const cold = (i: number) => cli(['build', data, '--out', join(out, `cold-${i}`), '--no-cache']);
  if (hasBaseline) {
    const [b, c] = await interleaved(RUNS, (i) => baseline(data, join(out, `baseline-${i}.pptx`)), cold);
    const base = summary('baseline: chartjs-node-canvas + pptxgenjs, the plain script (bench/baseline.mjs)', b);
    baseMs = base.medianMs;
    results.push(base);
    const r = summary('cold build of the reference deck (--no-cache), whole process', c);
    results.push(withTarget({ ...r, vsBaseline: r.medianMs / baseMs }, '< 700 ms and <= 0.5x baseline', r.medianMs < 700 && r.medianMs <= 0.5 * baseMs));
  } else {
    const r = await repeat('cold build of the reference deck (--no-cache), whole process', RUNS, cold);
    results.push(withTarget(r, '< 700 ms', r.medianMs < 700));
  }
  const deckBytes = statSync(join(out, 'cold-0', 'zhejiang-2023.pptx')).size;

  // Warm: the chart cache filled, then each run after a one-figure edit (one chart drawn), as
  // staff regenerate after changing a number; and a rebuild with nothing changed.
  const warmData = join(out, 'warm-data');
  mkdirSync(warmData);
  const edited = join(warmData, 'zhejiang-2023.yaml');
  writeFileSync(edited, referenceData(ROOT));
  await cli(['build', edited, '--out', join(out, 'warm')]);
  const warm = await repeat('build after a one-figure edit, warm chart cache (1 chart drawn), whole process', RUNS, (i) => {
    writeFileSync(edited, referenceData(ROOT).replace('    value: 399\n', `    value: ${500 + i}\n`));
    return cli(['build', edited, '--out', join(out, 'warm')]);
  });
  results.push(withTarget(baseMs ? { ...warm, vsBaseline: warm.medianMs / baseMs } : warm, '< 350 ms', warm.medianMs < 350));
  const same = await repeat('rebuild with nothing changed (deck unchanged), whole process', RUNS, () => cli(['build', edited, '--out', join(out, 'warm')]));
  results.push(withTarget(same, '< 350 ms', same.medianMs < 350));
  const validate = await repeat('briefing validate, whole process', RUNS, () => cli(['validate', data]));
  results.push(withTarget(validate, '< 200 ms', validate.medianMs < 200));
  const watched = await watchRebuilds(Math.max(RUNS, 7));
  results.push(withTarget(watched, '< 150 ms (issue 3)', watched.medianMs < 150));
  const served = await serveSaves(ROOT, Math.max(RUNS, 9));
  results.push(withTarget(served, '< 250 ms (issue 14)', served.medianMs < 250));

  const batch = join(out, 'batch-data');
  mkdirSync(batch);
  for (let i = 0; i < 50; i++) writeFileSync(join(batch, `variant-${String(i + 1).padStart(2, '0')}.yaml`), variantText(referenceData(ROOT), i));
  // Each run into a new folder: the chart cache starts empty, and fills as the batch goes
  // (the variants share most charts, as decks of one series do).
  let run = 0;
  const fresh = await repeat('batch of 50 generated decks, fresh output folder, whole process', Math.min(RUNS, 3), () => cli(['build', batch, '--out', join(out, `batch-${run++}`)]));
  results.push(withTarget(fresh, '< 15 s, < 400 MB', fresh.medianMs < 15000 && (fresh.peakMb ?? 0) < 400));
  const none = await repeat('batch of 50 generated decks, --no-cache (every chart drawn)', Math.min(RUNS, 3), () => cli(['build', batch, '--out', join(out, 'batch-nocache'), '--no-cache']));
  results.push(withTarget(none, '< 15 s, < 400 MB', none.medianMs < 15000 && (none.peakMb ?? 0) < 400));

  const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
  console.log(`briefing bench: ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}, ${RUNS} runs (medians)`);
  console.log(['what', 'runs', 'median ms', 'min', 'max', 'peak MB', 'x baseline', 'target', 'met'].join(' | '));
  for (const r of results) {
    const cells = [r.label, r.runs, r.medianMs.toFixed(0), r.minMs.toFixed(0), r.maxMs.toFixed(0), r.peakMb?.toFixed(0) ?? '-', r.vsBaseline?.toFixed(2) ?? '-', r.target ?? '-', r.met === undefined ? '-' : r.met ? 'yes' : 'NO'];
    console.log(cells.join(' | '));
  }
  const size = { label: 'the reference deck', bytes: deckBytes, target: '< 1.5 MB', met: deckBytes < 1.5 * 1024 * 1024 };
  console.log(`the reference deck: ${(deckBytes / 1024).toFixed(0)} KB (target < 1.5 MB: ${size.met ? 'yes' : 'NO'})`);
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, results, deck: size }, null, 2)}\n`);
}

await main();
