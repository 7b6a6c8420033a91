// The chart thread's side (bundled as dist/chart-worker.mjs): draws the charts
// it is sent with the default renderer and sends back PNG bytes. It loads
// Chart.js, the canvas and the template's font, and draws one chart to warm
// up, while the main thread is still validating and laying out.
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartSpec } from '../model/deck.js';
import type { ChartStyle } from './chart-png.js';
import { renderChartPng } from './chart-png.js';

export interface DrawRequest {
  id: number;
  spec: ChartSpec;
  widthPt: number;
  heightPt: number;
  style: ChartStyle;
}
export type DrawReply = { id: number; png: Uint8Array } | { id: number; error: string };
export interface ChartThreadData {
  /** The template's chart style: its font is loaded and a sample drawn on start. */
  style?: ChartStyle;
}

// Drawn once on start and thrown away: the first chart of a process costs
// several times the next (code not yet compiled, font not yet read).
const SAMPLE: ChartSpec = {
  id: 'warm_up',
  kind: 'bar',
  title: '预热',
  unit: '亿元',
  categories: ['2015年', '2021年'],
  series: [{ name: '金额', values: [84, 321.7], labels: ['84亿元', '321.70亿元'], numbers: ['84', '321.70'] }],
  highlight: 1,
  change: '×3.83',
  alt: '',
};

const port = parentPort!;
const { style } = workerData as ChartThreadData;
const ready = style
  ? Promise.all([renderChartPng(SAMPLE, 500, 230, style), renderChartPng({ ...SAMPLE, kind: 'rings', unit: '%', max: 100 }, 500, 230, style)]).catch(() => undefined)
  : Promise.resolve();

port.on('message', async (m: DrawRequest) => {
  await ready;
  try {
    const png = await renderChartPng(m.spec, m.widthPt, m.heightPt, m.style);
    port.postMessage({ id: m.id, png } satisfies DrawReply);
  } catch (e) {
    port.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies DrawReply);
  }
});
