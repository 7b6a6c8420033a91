// Command results -> lines for the terminal, and the exit code.
import { formatDiagnostic } from '../errors.js';
import type { BuildReport } from '../commands/build.js';
import type { ValidateReport } from '../commands/validate.js';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export function printBuildReport(r: BuildReport, io: Io): number {
  for (const b of r.built) {
    for (const w of b.warnings) io.err(formatDiagnostic(w));
    for (const o of b.overflows) {
      io.err(`${b.file}: warning: slide ${o.slide}: text "${o.element}" needs ${o.neededIn.toFixed(2)} in but has ${o.availableIn.toFixed(2)} in at the smallest size`);
    }
    io.out(`${b.file} -> ${b.out}  (${b.slides} slides, ${b.charts} charts, ${(b.bytes / 1024).toFixed(0)} KB, ${Math.round(b.ms)} ms)`);
  }
  for (const f of r.failed) for (const d of f.error.diagnostics) io.err(formatDiagnostic(d));
  if (r.failed.length) io.err(`${r.failed.length} of ${r.built.length + r.failed.length} files failed; their decks were not written.`);
  return r.failed.length ? 2 : 0;
}

export function printValidateReport(r: ValidateReport, io: Io): number {
  for (const ok of r.ok) {
    for (const w of ok.warnings) io.err(formatDiagnostic(w));
    io.out(`${ok.file}: ok`);
  }
  for (const f of r.failed) for (const d of f.error.diagnostics) io.err(formatDiagnostic(d));
  return r.failed.length ? 2 : 0;
}
