// The smallest box a chart can be drawn in and still be read: its labels are
// 12 pt or more (render/chart-png.ts), so a chart needs room per category.
import type { ChartSpec } from '../model/deck.js';
import { widestLineEms } from './category-lines.js';

export interface Size {
  w: number;
  h: number;
}

/** Category labels are drawn at 14 pt (chart-png.ts), long ones on two lines (category-lines.ts): the widest line in inches. */
const labelWidth = (s: string): number => (widestLineEms(s) * 14 + 10) / 72;

/** Inches. A layout that cannot give a chart this much does not hold. */
export function chartMinimum(chart: ChartSpec): Size {
  const categories = Math.max(1, chart.categories.length);
  const series = Math.max(1, chart.series.length);
  // Category labels stand level under their columns, long ones on two lines.
  const label = Math.max(0, ...chart.categories.map((c) => labelWidth(c)));
  // The change badge takes a band above the bars.
  const badge = chart.change ? 0.35 : 0;
  switch (chart.kind) {
    case 'rings':
      return { w: Math.max(1.6, 1.45 * categories * series), h: 1.8 };
    case 'hbar':
      // Labels at the left of the bars, values at their ends.
      return { w: Math.max(3.0, label + 2.2), h: Math.max(1.5, 0.45 + 0.32 * categories * series) + badge };
    case 'bar':
      return { w: Math.max(2.3, 0.35 + categories * Math.max(0.85, 0.42 * series, label)), h: 1.7 + badge };
    default:
      // Any other kind (a trend line, say): room for its categories along the axis.
      return { w: Math.max(2.6, 0.35 + categories * Math.max(0.6, label)), h: 1.7 + badge };
  }
}
