// One data file to one deck: the pipeline, then the write. Used by build,
// its worker threads and watch.
import { basename, extname, join } from 'node:path';
import { checkFile } from '../check.js';
import type { Diagnostic } from '../errors.js';
import type { Overflow } from '../layout/placed.js';
import type { Deck } from '../model/deck.js';
import { modelAndLayout, packageDate, renderDeck } from '../pipeline.js';
import type { LoadedTemplate } from '../template/load.js';
import type { ChartCache } from '../write/chart-cache.js';
import { writeIfChanged } from '../write/atomic.js';
import type { ChartMode } from '../render/pptx.js';
import type { ChartRenderer, RendererName } from '../render/renderers.js';

export interface BuildSettings {
  template: LoadedTemplate;
  outDir: string;
  cache?: ChartCache;
  sourceDateEpoch?: string;
  charts?: ChartMode;
  renderer?: RendererName;
  /** Draws the charts (the chart thread); else the renderer is loaded in this thread. */
  drawer?: ChartRenderer;
}

export interface Built {
  file: string;
  out: string;
  /** "unchanged": the deck came out byte for byte as the file already there. */
  status: 'written' | 'unchanged';
  slides: number;
  charts: number;
  drawn: number;
  bytes: number;
  ms: number;
  warnings: Diagnostic[];
  overflows: Overflow[];
  /** Slides whose text continues on follow-up slides. */
  continued: { slide: number; title: string; extra: number }[];
}

export const outputPath = (file: string, outDir: string) => join(outDir, `${basename(file, extname(file))}.pptx`);

/** Throws UserError for bad input; the previous deck is then untouched. */
export async function buildOne(file: string, s: BuildSettings): Promise<Built & { deck: Deck }> {
  const started = performance.now();
  const { data, warnings } = await checkFile(file);
  const laid = modelAndLayout(data, s.template);
  const rendered = await renderDeck(laid, s.template, packageDate(data, s.sourceDateEpoch), { cache: s.cache, charts: s.charts, renderer: s.renderer, drawer: s.drawer });
  const out = outputPath(file, s.outDir);
  const status = await writeIfChanged(out, rendered.bytes);
  return {
    file,
    out,
    status,
    slides: laid.placed.slides.length,
    charts: laid.placed.slides.reduce((n, p) => n + p.elements.filter((e) => e.kind === 'chart').length, 0),
    drawn: rendered.drawn,
    bytes: rendered.bytes.length,
    ms: performance.now() - started,
    warnings,
    overflows: laid.overflows,
    continued: laid.continued,
    deck: laid.deck,
  };
}
