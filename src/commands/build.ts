// briefing build: every input file to <out>/<stem>.pptx. One bad file does not
// stop the others; several files are built in parallel on worker threads.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { loadTemplate } from '../template/load.js';
import { packageRoot } from '../util/package-root.js';
import { chartCacheIn, readAdvances, readCheckedParts, writeAdvances, writeCheckedParts } from '../write/chart-cache.js';
import { knownAdvances, rememberAdvances } from '../layout/measure.js';
import { rememberWellFormed, wellFormedKeys } from '../render/verify.js';
import { buildOne, type Built } from './build-one.js';
import type { WorkerResult, WorkerTask } from './build-worker.js';
import { resolveInputs } from './inputs.js';
import type { ChartMode } from '../render/pptx.js';
import type { RendererName } from '../render/renderers.js';
import type { Lang } from '../model/words.js';

export interface BuildOptions {
  files: readonly string[];
  template: string;
  templatesDir: string;
  outDir: string;
  dataDir: string;
  /** Keep rendered charts under <out>/.cache/charts (default on). */
  cache?: boolean;
  /** Worker threads for several files; 1 builds in this thread. Default: the machine's cores. */
  jobs?: number;
  sourceDateEpoch?: string;
  /** Charts as pictures (default) or native PowerPoint charts. */
  charts?: ChartMode;
  /** What draws the chart pictures (default @napi-rs/canvas). */
  renderer?: RendererName;
  /** The deck language (default zh): English decks are written as <name>.en.pptx. */
  lang?: Lang;
  /** Texts without the language's version fail the file instead of warning. */
  requireTranslation?: boolean;
  /** A quote that no longer holds its figure is an error, not a warning. */
  strict?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface BuildReport {
  built: Built[];
  failed: { file: string; error: UserError }[];
  ms: number;
}

export const cacheDirOf = (outDir: string) => join(outDir, '.cache', 'charts');
const WORKER = () => join(packageRoot(), 'dist', 'build-worker.mjs');

export async function build(o: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const files = await resolveInputs(o.files, o.dataDir);
  // A bad template fails the whole build, once, before any work.
  const template = await loadTemplate(o.template, o.templatesDir);
  const cacheDir = o.cache === false ? undefined : cacheDirOf(o.outDir);
  const jobs = Math.min(files.length, o.jobs ?? availableParallelism());
  const report: BuildReport = { built: [], failed: [], ms: 0 };
  let done = 0;
  const record = (r: WorkerResult) => {
    if (r.ok) report.built.push(r.built);
    else report.failed.push({ file: r.file, error: new UserError(r.diagnostics) });
    o.onProgress?.(++done, files.length, r.ok ? r.built.file : r.file);
  };

  if (jobs > 1 && existsSync(WORKER())) {
    const { default: Tinypool } = await import('tinypool');
    // A smaller old generation makes each worker collect sooner: a batch stays well under 400 MB.
    const pool = new Tinypool({ filename: WORKER(), minThreads: jobs, maxThreads: jobs, resourceLimits: { maxOldGenerationSizeMb: 160 } });
    try {
      await Promise.all(
        files.map(async (file) => {
          const task: WorkerTask = { file, template: o.template, templatesDir: o.templatesDir, outDir: o.outDir, cacheDir, sourceDateEpoch: o.sourceDateEpoch, charts: o.charts, renderer: o.renderer, lang: o.lang, requireTranslation: o.requireTranslation, strict: o.strict };
          record((await pool.run(task)) as WorkerResult);
        }),
      );
    } finally {
      await pool.destroy();
    }
  } else {
    const cache = chartCacheIn(cacheDir);
    // Charts are drawn in this thread: a chart thread, measured, made a single
    // build slower on two cores (watch mode keeps one warm instead).
    const [checked, widths] = cacheDir ? await Promise.all([readCheckedParts(cacheDir), readAdvances(cacheDir, template.fontHash)]) : [[], {}];
    rememberWellFormed(checked);
    rememberAdvances(template.fontHash, widths);
    for (const file of files) {
      try {
        const { deck: _, placed: _p, pictures: _c, ...built } = await buildOne(file, { template, outDir: o.outDir, cache, sourceDateEpoch: o.sourceDateEpoch, charts: o.charts, renderer: o.renderer, lang: o.lang, requireTranslation: o.requireTranslation, strict: o.strict });
        record({ ok: true, built });
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        record({ ok: false, file, diagnostics: e.diagnostics });
      }
    }
    const nowChecked = wellFormedKeys();
    const nowWidths = knownAdvances(template.fontHash);
    if (cacheDir && nowChecked.length > checked.length) await writeCheckedParts(cacheDir, nowChecked);
    if (cacheDir && Object.keys(nowWidths).length > Object.keys(widths).length) await writeAdvances(cacheDir, template.fontHash, nowWidths);
  }
  // Report in the order the files were named, whatever order they finished in.
  const order = new Map(files.map((f, i) => [f, i]));
  report.built.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  report.failed.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  report.ms = performance.now() - started;
  return report;
}
