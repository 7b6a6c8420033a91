// The pieces slides are made of: a key-figure card, a case card, a chart with
// its title. Each draws into the box it is given and measures its texts.
import type { CaseCard, ChartSpec, Figure } from '../../model/deck.js';
import type { Composer } from '../composer.js';
import { box, measureText, TEXT_FLOOR } from '../fit.js';
import type { Box } from '../placed.js';
import { inches, ptToIn, points } from '../../util/units.js';

export interface FigureCardStyle {
  /** Largest size of the value, points. */
  valueMax: number;
  /** Largest size of the label, points. */
  labelMax: number;
  /** Cards of one group share their sizes. */
  group: string;
}
export const SECTION_FIGURE: FigureCardStyle = { valueMax: 28, labelMax: 14, group: 'figure' };

const TAG_SIZE = 12;

/** A key figure: its value large, its label (and when and where it holds) below, a tag (目标) beside the value. */
export function figureCard(c: Composer, name: string, b: Box, f: Figure, st: FigureCardStyle = SECTION_FIGURE): void {
  const { colors } = c.f;
  c.rect(`${name}-card`, b, colors.surface);
  c.rect(`${name}-bar`, box(b.x, b.y, 0.07, b.h), colors.accent);
  const inner = b.w - 0.4;
  const valueH = b.h * 0.45;
  let valueW = inner;
  if (f.tag) {
    const tagW = Math.min(inner / 2, c.m.width(f.tag, TAG_SIZE, true) / 72 + 0.24);
    const tagH = 0.32;
    const tag = box(b.x + 0.25 + inner - tagW, b.y + 0.1 + (valueH - tagH) / 2, tagW, tagH);
    c.rect(`${name}-tag`, tag, colors.muted);
    c.text(`${name}-tag-text`, tag, f.tag, { max: TAG_SIZE, min: TAG_SIZE, bold: true, color: colors.on_primary, align: 'center', valign: 'middle' });
    valueW = inner - tagW - 0.1;
  }
  c.text(`${name}-value`, box(b.x + 0.25, b.y + 0.1, valueW, valueH), f.value + (f.interpreted ? c.words.mark : ''), {
    group: `${st.group}-value`,
    max: st.valueMax,
    min: 16,
    bold: true,
    color: colors.primary,
    valign: 'middle',
  });
  const label = f.context ? c.words.aside(f.label, f.context) : f.label;
  c.text(`${name}-label`, box(b.x + 0.25, b.y + 0.1 + valueH, inner, b.h * 0.55 - 0.18), label, {
    group: `${st.group}-label`,
    balance: true,
    max: st.labelMax,
    min: TEXT_FLOOR,
    color: colors.text,
  });
}

/** Lowest a figure card can be: a value line and two label lines at their floors. */
export const FIGURE_CARD_MIN = { w: 1.9, h: 1.0 };

/** The height a case card needs with its title at `size`. */
export function caseNeed(c: Composer, w: number, item: CaseCard, size: number): number {
  const inner = inches(w - 0.4);
  const figures = item.figures.join(c.words.semicolon);
  const figH = figures ? measureText(c.m, [figures], inner, TEXT_FLOOR, {}).height + 0.1 : 0;
  return 0.46 + measureText(c.m, [item.title], inner, size, {}).height + 0.08 + figH;
}

/** A case: the place, what was done, its figures at the foot. */
export function caseCard(c: Composer, name: string, b: Box, item: CaseCard): void {
  const { colors } = c.f;
  const inner = b.w - 0.4;
  const figures = item.figures.join(c.words.semicolon);
  const style = { max: 13, min: TEXT_FLOOR, color: colors.muted, valign: 'bottom' } as const;
  // As tall as the figures need at the floor.
  const figH = figures ? measureText(c.m, [figures], inches(inner), TEXT_FLOOR, style).height + 0.04 : 0;
  const titleY = b.y + 0.46;
  const titleH = b.y + b.h - 0.08 - figH - (figH ? 0.06 : 0) - titleY;
  if (titleH < 0.3) c.problems.push(`${name}: ${b.h.toFixed(2)} in is too low for a case`);
  c.rect(`${name}-card`, b, colors.surface);
  c.rect(`${name}-bar`, box(b.x, b.y, 0.07, b.h), colors.primary);
  c.text(`${name}-place`, box(b.x + 0.25, b.y + 0.08, inner, 0.36), item.place, { group: 'case-place', max: 16, min: TEXT_FLOOR, bold: true, color: colors.primary, valign: 'middle' });
  if (titleH > 0) c.text(`${name}-title`, box(b.x + 0.25, titleY, inner, titleH), item.title, { group: 'case-title', balance: true, max: 16, min: TEXT_FLOOR, color: colors.text });
  if (figH) c.text(`${name}-figures`, box(b.x + 0.25, b.y + b.h - 0.08 - figH, inner, figH), figures, { ...style, group: 'case-figures' });
}

/** Height of a chart's title: one line, or two when it needs them at the floor. */
export function chartTitleHeight(c: Composer, title: string, w: number): number {
  const lines = measureText(c.m, [title], inches(w), TEXT_FLOOR, { bold: true }).lines;
  return lines <= 1 ? 0.4 : 0.4 + ptToIn(points(16 * 1.3 * (Math.min(lines, 3) - 1)));
}

/** A chart with its title (and unit) above it. */
export function chartCell(c: Composer, name: string, b: Box, chart: ChartSpec): void {
  const title = c.words.aside(chart.title, chart.unit);
  const titleH = chartTitleHeight(c, title, b.w);
  c.text(name === 'chart' ? 'chart-title' : `${name}-title`, box(b.x, b.y, b.w, titleH), title, { max: 16, min: TEXT_FLOOR, bold: true, balance: true, color: c.f.colors.text });
  c.chart(name, box(b.x, b.y + titleH + 0.05, b.w, b.h - titleH - 0.05), chart);
}
