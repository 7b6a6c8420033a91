// A worker thread of a batch build: builds the files it is handed, keeping its
// template and chart cache between them.
import { UserError, type Diagnostic } from '../errors.js';
import { loadTemplate, type LoadedTemplate } from '../template/load.js';
import { chartCacheIn, type ChartCache } from '../write/chart-cache.js';
import { buildOne, type Built } from './build-one.js';
import type { ChartMode } from '../render/pptx.js';
import type { RendererName } from '../render/renderers.js';
import type { Lang } from '../model/words.js';

export interface WorkerTask {
  file: string;
  template: string;
  templatesDir: string;
  outDir: string;
  cacheDir?: string;
  sourceDateEpoch?: string;
  charts?: ChartMode;
  renderer?: RendererName;
  lang?: Lang;
  requireTranslation?: boolean;
  /** A quote that no longer holds its figure is an error, not a warning. */
  strict?: boolean;
}

export type WorkerResult = { ok: true; built: Built } | { ok: false; file: string; diagnostics: Diagnostic[] };

const templates = new Map<string, Promise<LoadedTemplate>>();
const caches = new Map<string, ChartCache>();

export default async function buildInWorker(task: WorkerTask): Promise<WorkerResult> {
  const key = `${task.templatesDir}\0${task.template}`;
  if (!templates.has(key)) templates.set(key, loadTemplate(task.template, task.templatesDir));
  let cache: ChartCache | undefined;
  if (task.cacheDir) {
    if (!caches.has(task.cacheDir)) caches.set(task.cacheDir, chartCacheIn(task.cacheDir)!);
    cache = caches.get(task.cacheDir);
  }
  try {
    const { deck: _, placed: _p, pictures: _c, ...built } = await buildOne(task.file, { template: await templates.get(key)!, outDir: task.outDir, cache, sourceDateEpoch: task.sourceDateEpoch, charts: task.charts, renderer: task.renderer, lang: task.lang, requireTranslation: task.requireTranslation, strict: task.strict });
    return { ok: true, built };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, file: task.file, diagnostics: e.diagnostics };
    throw e;
  }
}
