// briefing build: every input file to out/<stem>.pptx. One bad file does not
// stop the others.
import { basename, extname, join } from 'node:path';
import { UserError, type Diagnostic } from '../errors.js';
import type { Overflow } from '../layout/placed.js';
import { checkFile } from '../check.js';
import { modelAndLayout, packageDate, renderDeck } from '../pipeline.js';
import { loadTemplate } from '../template/load.js';
import { writeAtomic } from '../write/atomic.js';
import { resolveInputs } from './inputs.js';

export interface BuildOptions {
  files: readonly string[];
  template: string;
  templatesDir: string;
  outDir: string;
  dataDir: string;
  sourceDateEpoch?: string;
}

export interface Built {
  file: string;
  out: string;
  slides: number;
  charts: number;
  bytes: number;
  ms: number;
  warnings: Diagnostic[];
  overflows: Overflow[];
}

export interface BuildReport {
  built: Built[];
  failed: { file: string; error: UserError }[];
}

export async function build(o: BuildOptions): Promise<BuildReport> {
  const files = await resolveInputs(o.files, o.dataDir);
  const template = await loadTemplate(o.template, o.templatesDir);
  const report: BuildReport = { built: [], failed: [] };
  for (const file of files) {
    const started = performance.now();
    try {
      const { data, warnings } = await checkFile(file);
      const laid = modelAndLayout(data, template);
      const bytes = await renderDeck(laid, template, packageDate(data, o.sourceDateEpoch));
      const out = join(o.outDir, `${basename(file, extname(file))}.pptx`);
      await writeAtomic(out, bytes);
      report.built.push({
        file,
        out,
        slides: laid.deck.slides.length,
        charts: laid.placed.slides.reduce((n, s) => n + s.elements.filter((e) => e.kind === 'chart').length, 0),
        bytes: bytes.length,
        ms: performance.now() - started,
        warnings,
        overflows: laid.overflows,
      });
    } catch (e) {
      if (e instanceof UserError) report.failed.push({ file, error: e });
      else throw e;
    }
  }
  return report;
}
