// The CLI side of watch mode: Ctrl-C (or SIGTERM) ends it with exit code 0.
import type { BuildOptions } from '../commands/build.js';

type Io = { out: (s: string) => void; err: (s: string) => void };

export async function runWatch(o: Omit<BuildOptions, 'jobs' | 'onProgress'>, io: Io): Promise<number> {
  const { watch } = await import('../commands/watch.js');
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await watch({
      ...o,
      signal: stop.signal,
      report: (line, error) => (error ? io.err(line) : io.out(line)),
      onReady: () => io.err('watching for changes; Ctrl-C to stop'),
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}
