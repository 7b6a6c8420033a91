// The CLI side of watch mode: Ctrl-C (or SIGTERM) ends it with exit code 0,
// and so does the end of the process that started it.
import { readFileSync } from 'node:fs';
import type { BuildOptions } from '../commands/build.js';

type Io = { out: (s: string) => void; err: (s: string) => void };

export async function runWatch(o: Omit<BuildOptions, 'jobs' | 'onProgress'>, io: Io): Promise<number> {
  const { watch } = await import('../commands/watch.js');
  return untilStopped((signal) =>
    watch({
      ...o,
      signal,
      report: (line, error) => (error ? io.err(line) : io.out(line)),
      onReady: () => io.err('watching for changes; Ctrl-C to stop'),
    }),
  );
}

/** Runs `run` until Ctrl-C, SIGTERM or the end of the parent process aborts its signal; then exit code 0. Shared by watch and serve. */
export async function untilStopped(run: (signal: AbortSignal) => Promise<void>): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const orphaned = whenOrphaned(() => stop.abort());
  try {
    await run(stop.signal);
  } finally {
    orphaned.cancel();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}

/**
 * Calls `gone` once the process that started this one has ended. A watcher
 * never ends by itself: killed by its pid, `npm run briefing -- build --watch`
 * (npm, then the shell running the script, then this) left it running,
 * orphaned. So the parent is checked, and under npm run (Linux's /proc) the
 * shell's parent too, npm itself: an orphan is taken in by another process.
 */
export function whenOrphaned(gone: () => void, everyMs = 500): { cancel: () => void } {
  const started = ancestors();
  const timer = setInterval(() => {
    const now = ancestors();
    if (started.some((pid, i) => now[i] !== pid)) {
      clearInterval(timer);
      gone();
    }
  }, everyMs);
  timer.unref();
  return { cancel: () => clearInterval(timer) };
}

function ancestors(): number[] {
  const parent = process.ppid;
  if (!process.env.npm_lifecycle_event) return [parent];
  try {
    // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces and brackets.
    const stat = readFileSync(`/proc/${parent}/stat`, 'utf8');
    return [parent, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])];
  } catch {
    return [parent, -1];
  }
}
