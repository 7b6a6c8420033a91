// Chart renderers: Chart.js on @napi-rs/canvas (Skia, the default: installs
// from npm alone), or through chartjs-node-canvas on node-canvas (Cairo) for
// teams standardised on it. Both draw the same spec at the same pixel size.
import { UserError, userError } from '../errors.js';
import type { ChartSpec } from '../model/deck.js';
import type { ChartStyle } from './chart-png.js';

export const RENDERERS = ['napi-canvas', 'node-canvas'] as const;
export type RendererName = (typeof RENDERERS)[number];

export interface ChartRenderer {
  name: RendererName;
  /** The chart as PNG bytes, `widthPt` x `heightPt` on the slide. */
  draw(spec: ChartSpec, widthPt: number, heightPt: number, style: ChartStyle): Promise<Uint8Array>;
}

/** What to run to get node-canvas, whose prebuilt binaries cannot always be downloaded. */
export const NODE_CANVAS_INSTALL =
  'install Cairo\'s development libraries ("apt-get install -y build-essential libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev" on Debian or Ubuntu), then run "npm install --no-save -D canvas@3 chartjs-node-canvas@5" in the briefing folder (-D: npm 11 skips an optional peer installed without it); or leave out --renderer to draw with @napi-rs/canvas, which needs nothing more';

/**
 * Loaded on first use only: a build that draws nothing loads no canvas at all.
 * `packages` names node-canvas's two packages (tests name missing ones).
 */
export async function loadRenderer(name: RendererName = 'napi-canvas', packages?: readonly [string, string]): Promise<ChartRenderer> {
  if (name === 'napi-canvas') {
    const { renderChartPng } = await import('./chart-png.js');
    return { name, draw: renderChartPng };
  }
  let mod: typeof import('./node-canvas.js');
  try {
    mod = await import('./node-canvas.js');
    await mod.nodeCanvasReady(packages);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw userError('--renderer node-canvas', `chartjs-node-canvas or canvas (node-canvas) is not installed or does not load: ${firstLine(e)}`, { hint: NODE_CANVAS_INSTALL });
  }
  return { name, draw: mod.renderChartPngNodeCanvas };
}

const firstLine = (e: unknown) => String(e instanceof Error ? e.message : e).split('\n')[0];
