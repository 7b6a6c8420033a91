// Entry point of the bundled CLI.
import { hideBin, main } from './main.js';

// A reader that stops reading (`briefing schema | head -1`) closes the pipe:
// what is left to print goes nowhere, quietly, and the command ends as it
// would have (no EPIPE stack trace). Node ignores SIGPIPE, so the error comes
// as an 'error' event on the stream.
const open = { out: true, err: true };
const quietOnClosedPipe = (stream: NodeJS.WriteStream, key: keyof typeof open) =>
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    open[key] = false;
  });
quietOnClosedPipe(process.stdout, 'out');
quietOnClosedPipe(process.stderr, 'err');

const code = await main(hideBin(process.argv), {
  out: (s) => open.out && process.stdout.write(`${s}\n`),
  err: (s) => open.err && process.stderr.write(`${s}\n`),
});
process.exitCode = code;
