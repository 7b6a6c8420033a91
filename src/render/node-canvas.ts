// The optional renderer: Chart.js through chartjs-node-canvas, on node-canvas
// (Cairo). Neither package is a dependency (node-canvas needs Cairo's
// development libraries where no prebuilt binary downloads); they are loaded
// by name at run time, and typed here by what is used of them.
import type { ChartSpec } from '../model/deck.js';
import { PIXELS_PER_POINT, chartConfig, type ChartStyle } from './chart-png.js';
import { drawRings, type RingContext } from './rings.js';

interface NodeCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): RingContext & { scale(x: number, y: number): void };
  toBuffer(mime: 'image/png'): Buffer;
}
interface CanvasModule {
  createCanvas(width: number, height: number): NodeCanvas;
  registerFont(path: string, face: { family: string }): void;
}
interface ChartJSNodeCanvasModule {
  ChartJSNodeCanvas: new (o: { width: number; height: number }) => { renderToBuffer(config: unknown, mime?: 'image/png'): Promise<Buffer> };
}

// Names in variables: bundlers and the type checker leave the imports to run time.
const CANVAS = 'canvas';
const CHARTJS_NODE_CANVAS = 'chartjs-node-canvas';
let modules: Promise<{ canvas: CanvasModule; cjnc: ChartJSNodeCanvasModule }> | undefined;

/** Rejects when either package is missing or node-canvas's binary does not load. */
export function nodeCanvasReady(packages: readonly [string, string] = [CANVAS, CHARTJS_NODE_CANVAS]): Promise<unknown> {
  if (packages[0] !== CANVAS || packages[1] !== CHARTJS_NODE_CANVAS) return Promise.all(packages.map((p) => import(p)));
  return nodeCanvas();
}

function nodeCanvas() {
  modules ??= Promise.all([import(CANVAS), import(CHARTJS_NODE_CANVAS)]).then(([canvas, cjnc]) => ({
    canvas: (canvas.default ?? canvas) as CanvasModule,
    cjnc: (cjnc.default ?? cjnc) as ChartJSNodeCanvasModule,
  }));
  return modules;
}

// node-canvas reads fonts through fontconfig, before the first canvas that uses them.
const registered = new Set<string>();

export async function renderChartPngNodeCanvas(spec: ChartSpec, widthPt: number, heightPt: number, style: ChartStyle): Promise<Uint8Array> {
  const { canvas, cjnc } = await nodeCanvas();
  if (!registered.has(style.fontPath)) {
    canvas.registerFont(style.fontPath, { family: style.family });
    registered.add(style.fontPath);
  }
  if (spec.kind === 'rings') {
    const surface = canvas.createCanvas(Math.round(widthPt * PIXELS_PER_POINT), Math.round(heightPt * PIXELS_PER_POINT));
    const ctx = surface.getContext('2d');
    ctx.scale(PIXELS_PER_POINT, PIXELS_PER_POINT);
    // One doughnut per ring, drawn by Chart.js on node-canvas canvases.
    drawRings(ctx, spec, Math.round(widthPt), Math.round(heightPt), style, PIXELS_PER_POINT, (w, h) => canvas.createCanvas(w, h));
    return new Uint8Array(surface.toBuffer('image/png'));
  }
  // The chart's size in points; the configuration's devicePixelRatio makes the pixels.
  const renderer = new cjnc.ChartJSNodeCanvas({ width: Math.round(widthPt), height: Math.round(heightPt) });
  return new Uint8Array(await renderer.renderToBuffer(chartConfig(spec, style), 'image/png'));
}
