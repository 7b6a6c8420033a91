// Command results -> lines for the terminal, and the exit code.
import type { BuildReport } from '../commands/build.js';
import type { ValidateReport } from '../commands/validate.js';
import { formatDiagnostic, type Diagnostic } from '../errors.js';
import type { Overflow } from '../layout/placed.js';
import type { SlideDiff } from '../model/compare.js';

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
    for (const c of b.continued) io.err(`${b.file}: slide ${c.slide} ${c.title}: the text continues on ${c.extra} more slide${c.extra > 1 ? 's' : ''} (titled as this one, marked as continued)`);
    const what = b.status === 'unchanged' ? 'unchanged' : `${(b.bytes / 1024).toFixed(0)} KB`;
    io.out(`${b.file} -> ${b.out}  (${b.slides} slides, ${b.charts} charts, ${b.drawn} drawn, ${what}, ${Math.round(b.ms)} ms)`);
  }
  // One line per problem; a summary only for several files (a single file's line says it all).
  for (const f of r.failed) for (const d of f.error.diagnostics) io.err(formatDiagnostic(d));
  const total = r.built.length + r.failed.length;
  if (total > 1) {
    const unchanged = r.built.filter((b) => b.status === 'unchanged').length;
    io.err(`${total} files: ${r.built.length - unchanged} built, ${unchanged} unchanged, ${r.failed.length} failed, in ${(r.ms / 1000).toFixed(1)} s`);
  }
  return r.failed.length ? 2 : 0;
}

/** What a preview's build found: the same lines a build prints. */
export function printPreviewWarnings(file: string, p: { warnings: Diagnostic[]; overflows: Overflow[] }, io: Io): void {
  for (const w of p.warnings) io.err(formatDiagnostic(w));
  for (const o of p.overflows) io.err(`${file}: warning: slide ${o.slide}: text "${o.element}" needs ${o.neededIn.toFixed(2)} in but has ${o.availableIn.toFixed(2)} in at the smallest size`);
}

export function printValidateReport(r: ValidateReport, io: Io): number {
  for (const ok of r.ok) {
    for (const w of ok.warnings) io.err(formatDiagnostic(w));
    io.out(`${ok.file}: ok`);
  }
  for (const f of r.failed) for (const d of f.error.diagnostics) io.err(formatDiagnostic(d));
  return r.failed.length ? 2 : 0;
}

export function printDiff(diffs: SlideDiff[], io: Io): number {
  if (diffs.length === 0) io.out('no differences on any slide');
  for (const d of diffs) {
    io.out(`slide ${d.number} ${d.title}`);
    for (const t of d.removed) io.out(`  - ${t}`);
    for (const t of d.added) io.out(`  + ${t}`);
  }
  return 0;
}

/** A progress bar on a terminal, a plain line per finished deck otherwise (for logs). */
export async function progressReporter(io: Io): Promise<{ update: (done: number, total: number, file: string) => void; stop: () => void }> {
  if (!process.stderr.isTTY) {
    return { update: (done, total, file) => total > 1 && io.err(`[${done}/${total}] ${file}`), stop: () => undefined };
  }
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar({ format: 'building {bar} {value}/{total} decks  {file}', hideCursor: true, clearOnComplete: true, stream: process.stderr }, Presets.shades_classic);
  let started = false;
  return {
    update(done, total, file) {
      if (total < 2) return;
      if (!started) bar.start(total, 0, { file: '' });
      started = true;
      bar.update(done, { file });
    },
    stop: () => started && bar.stop(),
  };
}
