// Shares as rings: one Chart.js doughnut per category, the share filled in,
// the value in the middle and the category under it.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ArcElement, Chart, DoughnutController, type Plugin } from 'chart.js';
import type { ChartSpec } from '../model/deck.js';
import type { ChartStyle } from './chart-png.js';
import { wrapText } from '../layout/line-break.js';

Chart.register(DoughnutController, ArcElement);

const LABEL_PT = 14;
const VALUE_PT = 24;

const centreText: Plugin<'doughnut'> = {
  id: 'centreText',
  afterDraw(chart) {
    const o = (chart.options.plugins as { centreText?: { text: string; font: string; color: string } }).centreText;
    if (!o) return;
    const { ctx, chartArea: a } = chart;
    ctx.save();
    ctx.font = o.font;
    ctx.fillStyle = o.color;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(o.text, (a.left + a.right) / 2, (a.top + a.bottom) / 2);
    ctx.restore();
  },
};

/** The 2D context drawRings needs: @napi-rs/canvas's, or node-canvas's. */
export type RingContext = Pick<SKRSContext2D, 'font' | 'fillStyle' | 'textAlign' | 'textBaseline' | 'fillText' | 'measureText'> & {
  drawImage(image: unknown, x: number, y: number, w: number, h: number): void;
};

/** A canvas of either library, for one ring's Chart.js doughnut. */
export type NewCanvas = (width: number, height: number) => unknown;

const napiCanvas: NewCanvas = (w, h) => createCanvas(w, h);

/** Draws the rings onto `ctx` (already scaled to points), filling widthPt x heightPt. */
export function drawRings(ctx: RingContext, spec: ChartSpec, widthPt: number, heightPt: number, style: ChartStyle, pxPerPt: number, newCanvas: NewCanvas = napiCanvas): void {
  const series = spec.series[0]!;
  const n = spec.categories.length;
  const cellW = widthPt / n;
  const labelLines = 2;
  const labelH = labelLines * LABEL_PT * 1.3 + 8;
  const size = Math.max(40, Math.min(cellW - 16, heightPt - labelH));
  ctx.font = `${LABEL_PT}px "${style.family}"`;
  spec.categories.forEach((category, i) => {
    const ring = newCanvas(Math.round(size), Math.round(size));
    const fill = i === spec.highlight ? style.colors.accent : style.colors.chart[0]!;
    const chart = new Chart(ring as unknown as HTMLCanvasElement, {
      type: 'doughnut',
      data: { datasets: [{ data: [series.values[i]!, Math.max(0, 100 - series.values[i]!)], backgroundColor: [`#${fill}`, '#E5E7EB'], borderWidth: 0 }] },
      plugins: [centreText],
      options: {
        animation: false,
        responsive: false,
        devicePixelRatio: pxPerPt,
        cutout: '70%',
        plugins: {
          legend: { display: false },
          tooltip: { enabled: false },
          centreText: { text: series.labels[i]!, font: `bold ${VALUE_PT}px "${style.family}"`, color: `#${style.colors.text}` },
        } as Record<string, unknown>,
      },
    });
    const x = cellW * i + (cellW - size) / 2;
    const top = (heightPt - size - labelH) / 2;
    ctx.drawImage(ring, x, top, size, size);
    chart.destroy();
    ctx.fillStyle = `#${style.colors.text}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    const lines = wrapText(category, cellW - 12, (s) => ctx.measureText(s).width).slice(0, labelLines);
    lines.forEach((line, k) => ctx.fillText(line, cellW * i + cellW / 2, top + size + 8 + k * LABEL_PT * 1.3));
  });
}
