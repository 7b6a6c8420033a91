// Entry point of the bundled CLI.
import { hideBin, main } from './main.js';

const code = await main(hideBin(process.argv), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
});
process.exitCode = code;
