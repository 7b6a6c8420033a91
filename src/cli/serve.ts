// The CLI side of serve: prints the page's address, ends with exit code 0 on
// Ctrl-C or SIGTERM (and when the process that started it ends).
import { join } from 'node:path';
import type { ServeOptions } from '../commands/serve.js';
import { untilStopped } from './watch.js';

type Io = { out: (s: string) => void; err: (s: string) => void };

export async function runServe(o: Omit<ServeOptions, 'signal' | 'report' | 'onReady' | 'onListening' | 'pageDir'>, root: string, io: Io): Promise<number> {
  const { serve } = await import('../commands/serve.js');
  return untilStopped((signal) =>
    serve({
      ...o,
      pageDir: join(root, 'src', 'serve', 'page'),
      signal,
      report: (line, error) => (error ? io.err(line) : io.out(line)),
      onListening: (url) => io.out(`serving the deck at ${url}`),
      onReady: () => io.err('watching for changes; Ctrl-C to stop'),
    }),
  );
}
