// Charts to PNG bytes: Chart.js drawn on @napi-rs/canvas (Skia; no system
// libraries), at the size the chart has on its slide.
import { createCanvas } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type Plugin,
  type ScriptableLineSegmentContext,
} from 'chart.js';
import type { ChartSpec } from '../model/deck.js';
import type { Template } from '../schema/template.js';
import { registerFont } from '../layout/measure.js';
import { categoryLines } from '../layout/category-lines.js';
import { drawRings } from './rings.js';
import { encodePng } from './png.js';
import { englishNumber, shiftPoint } from '../model/format-en.js';
import type { Words } from '../model/words.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, LineController, LineElement, PointElement);

/** Canvas pixels per point of slide: 3 gives 216 px per inch. */
export const PIXELS_PER_POINT = 3;
/** Smallest text in a chart, in points on the slide. */
export const MIN_CHART_FONT_PT = 12;

export interface ChartStyle {
  family: string;
  fontPath: string;
  colors: Template['colors'];
  /** The deck's language (the change badge, axis numbers); Chinese when absent. Plain data: the style goes to the chart thread. */
  tag?: Words['tag'];
}

const hex = (c: string) => `#${c}`;

/** Draws each bar's (or point's) formatted value (with its unit) at its end. */
const valueLabels: Plugin<'bar' | 'line'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    const labels = (chart.options.plugins as { valueLabels?: { labels: string[][]; color: string; font: string; change?: { text: string; color: string; font: string; current?: number } } }).valueLabels;
    if (!labels) return;
    ctx.save();
    ctx.fillStyle = labels.color;
    ctx.font = labels.font;
    chart.data.datasets.forEach((_, d) => {
      chart.getDatasetMeta(d).data.forEach((bar, i) => {
        const text = labels.labels[d]?.[i] ?? '';
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.textAlign = horizontal ? 'left' : 'center';
        ctx.textBaseline = horizontal ? 'middle' : 'bottom';
        ctx.fillText(text, horizontal ? x + 6 : x, horizontal ? y : y - ((chart.config as { type?: string }).type === 'line' ? 10 : 4));
      });
    });
    // The change from the first bar to the current one, as a badge in the top
    // corner away from the taller bar's label (left when the value grew).
    const bars = chart.getDatasetMeta(0).data;
    if (labels.change && !horizontal && bars.length > 1) {
      const first = bars[0]!.getProps(['y'], true) as { y: number };
      const last = bars[labels.change.current ?? bars.length - 1]!.getProps(['y'], true) as { y: number };
      const grew = last.y <= first.y;
      ctx.font = labels.change.font;
      const w = ctx.measureText(labels.change.text).width + 16;
      const h = 24;
      const x = grew ? chart.chartArea.left + 4 : chart.chartArea.right - w - 4;
      const y = 4;
      ctx.fillStyle = labels.change.color;
      ctx.beginPath();
      ctx.roundRect(x, y, w, h, h / 2);
      ctx.fill();
      ctx.fillStyle = '#FFFFFF';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(labels.change.text, x + w / 2, y + h / 2 + 1);
    }
    ctx.restore();
  },
};

/** Axis numbers: the chart's shift applied digit-exactly; thousands separators in English. */
function tickText(v: number | string, spec: ChartSpec, english: boolean): string {
  const digits = shiftPoint(String(Number(Number(v).toPrecision(12))), spec.shift ?? 0);
  return `${english ? englishNumber(digits) : digits}${spec.unit === '%' ? '%' : ''}`;
}

/** A series as Chart.js draws it: bars, or a line with points; targets outlined, never filled as achieved. */
function dataset(spec: ChartSpec, i: number, style: ChartStyle) {
  const { colors } = style;
  const s = spec.series[i]!;
  const palette = colors.chart.map(hex);
  const colour = palette[i % palette.length]!;
  const single = spec.highlight !== undefined && spec.series.length === 1;
  const fill = (j: number) => (single ? (j === spec.highlight ? hex(colors.accent) : palette[0]!) : colour);
  const target = (j: number) => !!s.tags?.[j];
  if (spec.kind === 'line') {
    const line = single ? palette[0]! : colour;
    return {
      label: s.name,
      data: s.values,
      borderColor: line,
      borderWidth: 3,
      pointRadius: 6,
      pointBorderWidth: 2,
      pointBackgroundColor: s.values.map((_, j) => (target(j) ? '#FFFFFF' : fill(j))),
      pointBorderColor: s.values.map((_, j) => (target(j) ? hex(colors.accent) : fill(j))),
      // The way to a target is dashed: it is a plan, not a path taken.
      segment: { borderDash: (c: ScriptableLineSegmentContext) => (target(c.p1DataIndex) ? [8, 6] : undefined) },
    };
  }
  const targeted = s.tags?.some(Boolean);
  return {
    label: s.name,
    data: s.values,
    backgroundColor: single || targeted ? s.values.map((_, j) => (target(j) ? '#FFFFFF' : fill(j))) : colour,
    ...(targeted ? { borderColor: s.values.map((_, j) => (target(j) ? hex(colors.accent) : fill(j))), borderWidth: s.values.map((_, j) => (target(j) ? 3 : 0)) } : {}),
    borderRadius: 3,
    maxBarThickness: spec.kind === 'hbar' ? 44 : 90,
  };
}

export function chartConfig(spec: ChartSpec, style: ChartStyle): ChartConfiguration<'bar' | 'line'> {
  const { colors, family } = style;
  const horizontal = spec.kind === 'hbar';
  const font = (size: number, weight: 'normal' | 'bold' = 'normal') => ({ family, size, weight });
  const datasets = spec.series.map((_, i) => dataset(spec, i, style));
  const valueAxis = {
    beginAtZero: true,
    max: spec.max,
    grid: { color: '#E5E7EB' },
    border: { display: false },
    ticks: { font: font(13), color: hex(colors.muted), maxTicksLimit: 6, callback: (v: number | string) => tickText(v, spec, style.tag === 'en-US') },
  };
  const categoryAxis = {
    grid: { display: false },
    // Every category shown, level: long ones are on two lines (categoryLines).
    ticks: { font: font(14), color: hex(colors.text), maxRotation: 0, autoSkip: false },
  };
  // A line's points are close together, and a target's label is long: their labels are the bare numbers (the chart's title says the unit).
  const bare = spec.series.length > 1 || spec.kind === 'line' || spec.series.some((s) => s.tags);
  const shown = spec.series.map((s) => (bare ? s.numbers : s.labels));
  const longest = Math.max(...shown.flatMap((labels) => labels.map((l) => l.length)));
  // Half the widest label (Chinese characters are about twice as wide as digits): room at the ends of a line.
  const halfLabel = Math.max(...shown.flatMap((labels) => labels.map((l) => [...l].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 14 : 8), 0) / 2)));
  return {
    type: spec.kind === 'line' ? 'line' : 'bar',
    data: { labels: spec.categories.map(categoryLines), datasets } as ChartConfiguration<'bar' | 'line'>['data'],
    plugins: [valueLabels],
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: false,
      responsive: false,
      devicePixelRatio: PIXELS_PER_POINT,
      layout: { padding: horizontal ? { right: longest * 9 + 12, top: 4 } : { top: spec.badge ? 58 : 26, right: spec.kind === 'line' ? halfLabel + 4 : 4, left: spec.kind === 'line' ? Math.max(0, halfLabel - 30) : 0 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: spec.series.length > 1, position: 'top', align: 'end', labels: { font: font(13), color: hex(colors.text), boxWidth: 14 } },
        // Read by the valueLabels plugin above.
        valueLabels: {
          labels: shown,
          color: hex(colors.text),
          font: `bold 14px "${family}"`,
          change: spec.badge ? { text: spec.badge, color: hex(colors.accent), font: `bold 14px "${family}"`, current: spec.highlight } : undefined,
        },
      } as Record<string, unknown>,
    },
  };
}

/** The chart as PNG bytes, `widthPt` x `heightPt` on the slide. */
export async function renderChartPng(spec: ChartSpec, widthPt: number, heightPt: number, style: ChartStyle): Promise<Uint8Array> {
  registerFont(style.fontPath, style.family);
  if (spec.kind === 'rings') {
    const canvas = createCanvas(Math.round(widthPt * PIXELS_PER_POINT), Math.round(heightPt * PIXELS_PER_POINT));
    const ctx = canvas.getContext('2d');
    ctx.scale(PIXELS_PER_POINT, PIXELS_PER_POINT);
    drawRings(ctx, spec, Math.round(widthPt), Math.round(heightPt), style, PIXELS_PER_POINT);
    return encodePng(() => ctx.getImageData(0, 0, canvas.width, canvas.height));
  }
  const canvas = createCanvas(Math.round(widthPt), Math.round(heightPt));
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, chartConfig(spec, style));
  try {
    // Read when an encoding slot is free; destroying the chart clears the canvas, so after that.
    return await encodePng(() => canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height));
  } finally {
    chart.destroy();
  }
}
