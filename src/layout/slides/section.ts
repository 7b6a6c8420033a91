// A reform measure (bullets and figures) or an achievement area (figures,
// chart and cases).
import type { Block, Figure, Slide } from '../../model/deck.js';
import type { Composer, Frame } from '../composer.js';
import type { Box } from '../placed.js';
import { box } from '../fit.js';

type Of<T extends Block['type']> = Extract<Block, { type: T }>;
const find = <T extends Block['type']>(s: Slide, type: T) => s.blocks.find((b): b is Of<T> => b.type === type);
const all = <T extends Block['type']>(s: Slide, type: T) => s.blocks.filter((b): b is Of<T> => b.type === type);

export function figureCard(c: Composer, name: string, x: number, y: number, w: number, h: number, f: Figure): void {
  const { colors } = c.f;
  c.rect(`${name}-card`, box(x, y, w, h), colors.surface);
  c.rect(`${name}-bar`, box(x, y, 0.07, h), colors.accent);
  const inner = w - 0.4;
  // A tag (目标 on a target) as a badge in the card's top right corner: the value is not shown as achieved.
  if (f.tag) {
    const tagW = 0.2 + 0.14 * [...f.tag].length;
    c.rect(`${name}-tag`, box(x + w - tagW - 0.06, y + 0.05, tagW, 0.24), colors.accent);
    c.text(`${name}-tag-text`, box(x + w - tagW - 0.06, y + 0.05, tagW, 0.24), f.tag, { max: 11, min: 9, bold: true, color: colors.on_primary, align: 'center', valign: 'middle' });
  }
  c.text(`${name}-value`, box(x + 0.25, y + 0.1, inner, h * 0.45), f.value + (f.interpreted ? c.words.mark : ''), { group: 'figure-value', max: 28, min: 16, bold: true, color: colors.primary, valign: 'middle' });
  const label = f.context ? c.words.aside(f.label, f.context) : f.label;
  c.text(`${name}-label`, box(x + 0.25, y + 0.1 + h * 0.45, inner, h * 0.55 - 0.18), label, { group: 'figure-label', balance: true, max: 14, min: 11, color: colors.text });
}

const FIGURES_W = 3.7;
/** The bullets of a measure slide: their box, and how they are set (the floor is the body size, 14 pt). */
export const POINTS_STYLE = { max: 24, min: 14, bullet: true, paraSpace: 0.8 } as const;
export function pointsBox(f: Frame, withFigures: boolean): Box {
  return box(f.mx, f.top, f.W - 2 * f.mx - (withFigures ? FIGURES_W + 0.45 : 0), f.bottom - f.top);
}

export function measureSlide(c: Composer, s: Slide): void {
  const { W, mx, top, bottom, colors } = c.f;
  const figures = find(s, 'figures')?.items ?? [];
  const sideW = figures.length ? FIGURES_W : 0;
  const bullets = find(s, 'bullets');
  if (bullets) c.text('points', pointsBox(c.f, figures.length > 0), bullets.items, { ...POINTS_STYLE, color: colors.text });
  const gap = 0.25;
  const cardH = Math.min(1.6, (bottom - top - gap * (figures.length - 1)) / Math.max(1, figures.length));
  figures.forEach((f, i) => figureCard(c, `figure-${i}`, W - mx - sideW, top + i * (cardH + gap), sideW, cardH, f));
}

export function areaSlide(c: Composer, s: Slide): void {
  const { W, mx, top, bottom, colors } = c.f;
  const figures = find(s, 'figures')?.items ?? [];
  const gap = 0.3;
  const rowH = figures.length ? 1.3 : 0;
  const fw = (W - 2 * mx - (figures.length - 1) * gap) / Math.max(1, figures.length);
  figures.forEach((f, i) => figureCard(c, `figure-${i}`, mx + i * (fw + gap), top, fw, rowH, f));

  const y = top + (rowH ? rowH + 0.3 : 0);
  const chartW = 7.0;
  const cases = find(s, 'cases')?.items ?? [];
  // Every chart the section names, side by side in the chart column (the whole width without cases).
  const charts = all(s, 'chart').map((b) => b.chart);
  const areaW = cases.length || charts.length === 1 ? chartW : W - 2 * mx;
  const each = (areaW - 0.3 * (charts.length - 1)) / Math.max(1, charts.length);
  charts.forEach((chart, k) => {
    const name = k === 0 ? 'chart' : `chart-${k}`;
    const cx = mx + k * (each + 0.3);
    c.text(`${name}-title`, box(cx, y, each, 0.4), c.words.aside(chart.title, chart.unit), { max: 16, min: 12, bold: true, color: colors.text });
    c.chart(name, box(cx, y + 0.45, each, bottom - y - 0.45), chart);
  });
  const x = mx + chartW + 0.4;
  const w = W - mx - x;
  if (cases.length === 0) return;
  c.text('cases-heading', box(x, y, w, 0.4), c.words.cases, { max: 16, min: 12, bold: true, color: colors.text });
  const caseGap = 0.2;
  const ch = (bottom - y - 0.45 - caseGap * (cases.length - 1)) / cases.length;
  cases.forEach((item, i) => {
    const cy = y + 0.45 + i * (ch + caseGap);
    c.rect(`case-${i}-card`, box(x, cy, w, ch), colors.surface);
    c.rect(`case-${i}-bar`, box(x, cy, 0.07, ch), colors.primary);
    const inner = w - 0.4;
    c.text(`case-${i}-place`, box(x + 0.25, cy + 0.1, inner, 0.38), item.place, { group: 'case-place', max: 16, min: 12, bold: true, color: colors.primary });
    const figH = item.figures.length ? 0.62 : 0;
    c.text(`case-${i}-title`, box(x + 0.25, cy + 0.5, inner, ch - 0.6 - figH), item.title, { group: 'case-title', balance: true, max: 18, min: 12, color: colors.text });
    if (figH) c.text(`case-${i}-figures`, box(x + 0.25, cy + ch - 0.1 - figH, inner, figH), item.figures.join(c.words.semicolon), { group: 'case-figures', max: 13, min: 12, color: colors.muted, valign: 'bottom' });
  });
}
