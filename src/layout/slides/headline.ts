// The headline slide: then-and-now comparisons (0-4), each with its chart,
// and key figures (0-12) as cards.
// - Comparisons: a row of tall cards (figures above, chart below) when each
//   is wide enough; else a grid of wide cards (figures left, chart right); a
//   single comparison is one wide card.
// - Key figures alone: a grid of up to four rows, cards at most 4.2 in wide.
// - Both: the comparisons above, the figures in one or two rows below; else
//   (one or two comparisons without charts) the comparisons in a column at
//   the left and the figures in a grid beside them; else the figures continue
//   on a page of their own.
import type { ComparisonFigure, Figure } from '../../model/deck.js';
import type { Composer } from '../composer.js';
import { box, TEXT_FLOOR } from '../fit.js';
import { contentArea, grid, gridHeight } from '../grid.js';
import { firstFitting, pageSlide, planList, type Draw, type Fits, type Page, type Planner } from '../pages.js';
import { measureText } from '../fit.js';
import { inches } from '../../util/units.js';
import type { Box } from '../placed.js';
import { FIGURE_CARD_MIN, figureCard, type FigureCardStyle } from './cards.js';

const GAP = 0.3;
const HEADLINE_FIGURE: FigureCardStyle = { valueMax: 36, labelMax: 16, group: 'key-figure' };
/** Height of a comparison card's texts (label, value, context, multiple). */
const TEXTS_H = 2.45;

export const planHeadline: Planner = (s, env, fits) => {
  const comparisons = s.blocks.flatMap((b) => (b.type === 'comparisons' ? b.items : []));
  const figures = s.blocks.flatMap((b) => (b.type === 'figures' ? b.items : []));
  const slide = (cs: ComparisonFigure[], fs: Figure[], index: number) =>
    pageSlide(s, [...(cs.length ? [{ type: 'comparisons', items: cs } as const] : []), ...(fs.length ? [{ type: 'figures', items: fs } as const] : [])], index, env.words);
  // The comparisons over the whole area: all on one page when an arrangement holds them, else shared out over pages.
  const alone = (): Page[] =>
    planList<ComparisonFigure>({ items: comparisons, slide: (cs, i) => slide(cs, [], i), arrangements: (_s, cs) => comparisonDraws(cs, contentArea(env.f)) }, fits);
  if (!figures.length) return comparisons.length ? alone() : [{ slide: s, draw: () => undefined }];
  if (!comparisons.length) return figurePages(figures, 0, (fs, i) => slide([], fs, i), fits);

  const area = contentArea(env.f);
  const perRow = Math.max(1, Math.floor((area.w + GAP) / (FIGURE_CARD_MIN.w + GAP)));
  // Comparisons and every figure (two rows at most), then comparisons and one row, then comparisons alone;
  // the figures' cards low where their labels are short, taller (three or four lines of label) where not.
  const tries = [...new Set([Math.min(figures.length, 2 * perRow), Math.min(figures.length, perRow)])].flatMap((n) => [1.15, 1.45, 1.75].map((cardH) => ({ n, cardH })));
  for (const { n, cardH } of tries) {
    const rowCount = Math.ceil(n / Math.min(n, perRow));
    const bandH = rowCount * cardH + (rowCount - 1) * GAP;
    const top = box(area.x, area.y, area.w, area.h - bandH - GAP);
    const band = box(area.x, area.y + top.h + GAP, area.w, bandH);
    const page = firstFitting(
      slide(comparisons, figures.slice(0, n), 0),
      comparisonDraws(comparisons, top).map((draw): Draw => (c, page) => {
        draw(c, page);
        figureGrid(c, figures.slice(0, n), band, 2);
      }),
      fits,
    );
    if (page) return n === figures.length ? [page] : [page, ...figurePages(figures.slice(n), 1, (fs, i) => slide([], fs, i), fits)];
  }
  // One or two comparisons without charts in a column at the left, the figures in a grid beside them
  // (a content area too low for both stacked: 4:3, or an organisation's layout).
  if (comparisons.length <= 2 && comparisons.every((item) => !item.chart)) {
    // The column as wide as the cards like, else narrower: the figures then get another column of cards.
    const widths = [...new Set([Math.min(4.2, area.w * 0.36), Math.max(2.6, area.w * 0.28), 2.4])];
    const draws = widths.flatMap((colW) => {
      const left = box(area.x, area.y, colW, area.h);
      const right = box(area.x + colW + GAP, area.y, area.w - colW - GAP, area.h);
      return comparisonDraws(comparisons, left).map((draw): Draw => (c, page) => {
        draw(c, page);
        figureGrid(c, figures, right, 4);
      });
    });
    const page = firstFitting(slide(comparisons, figures, 0), draws, fits);
    if (page) return [page];
  }
  const first = alone();
  return [...first, ...figurePages(figures, first.length, (fs, i) => slide([], fs, i), fits)];
};

function figurePages(figures: Figure[], from: number, slide: (fs: Figure[], index: number) => Page['slide'], fits: Fits): Page[] {
  return planList<Figure>({ items: figures, slide: (fs, i) => slide(fs, i + from), arrangements: (_s, fs) => [(c) => figureGrid(c, fs, contentArea(c.f), 4)] }, fits);
}

/** Key figures in a grid of up to `maxRows` rows; cards no wider than 4.2 in, no taller than 2 in. */
function figureGrid(c: Composer, figures: Figure[], area: Box, maxRows: number): void {
  const cells = grid(area, figures.length, { minW: FIGURE_CARD_MIN.w, minH: FIGURE_CARD_MIN.h, maxW: 4.2, maxH: 2.0, maxRows, gap: GAP });
  if (!cells) return void c.problems.push(`${figures.length} key figures do not fit ${maxRows} rows`);
  // A grid lower than the area sits in its middle.
  const dy = (area.h - gridHeight(cells)) / 2;
  figures.forEach((f, i) => figureCard(c, `key-${i}`, { ...cells[i]!, y: (cells[i]!.y + dy) as Box['y'] }, f, HEADLINE_FIGURE));
}

/** Arrangements of the comparisons in `area`, preferred first. */
function comparisonDraws(items: ComparisonFigure[], area: Box): Draw[] {
  const k = items.length;
  if (k === 0) return [];
  const draws: Draw[] = [];
  const tallW = (area.w - (k - 1) * GAP) / k;
  const charts = items.some((item) => item.chart);
  const row: Draw = (c) => {
    const labelH = labelHeight(c, items, Math.min(tallW, 4.6) - 0.5);
    // Without charts, the cards are as high as their texts and no wider than 4.6 in, in the middle of the area.
    const w = charts ? tallW : Math.min(tallW, 4.6);
    const h = charts ? area.h : Math.min(area.h, TEXTS_H + labelH - 0.45 + 0.2);
    const x0 = area.x + (area.w - (k * w + (k - 1) * GAP)) / 2;
    items.forEach((item, i) => comparisonCard(c, i, box(x0 + i * (w + GAP), area.y + (area.h - h) / 2, w, h), item, 'tall', labelH));
  };
  const wideCols = Math.max(1, Math.min(k, Math.floor((area.w + GAP) / (4.2 + GAP))));
  const wide: Draw = (c) => {
    const cells = grid(area, k, { minW: Math.min(4.2, area.w), minH: 1.6, gap: GAP, maxRows: Math.ceil(k / wideCols) });
    if (!cells) return void c.problems.push('comparisons: no room for wide cards');
    const labelH = labelHeight(c, items, (items.some((item) => item.chart) ? Math.min(cells[0]!.w * 0.42, 4.2) : cells[0]!.w) - 0.5);
    items.forEach((item, i) => comparisonCard(c, i, cells[i]!, item, 'wide', labelH));
  };
  if (k === 1 && charts) draws.push(wide, row);
  else if (tallW >= 2.3) draws.push(row, wide);
  else draws.push(wide);
  return draws;
}

/**
 * A comparison: its label, the current value large, the base value, the
 * multiple, and its chart: below the texts (tall) or beside them (wide).
 */
function comparisonCard(c: Composer, i: number, b: Box, item: ComparisonFigure, form: 'tall' | 'wide', labelH: number): void {
  const { colors } = c.f;
  const t = c.words;
  const pad = 0.25;
  const textW = form === 'wide' && item.chart ? Math.min(b.w * 0.42, 4.2) : b.w;
  const w = textW - 2 * pad;
  const { x, y } = b;
  // The texts from the top: label, value, context, multiple; lower cards set them closer.
  const tight = b.h < TEXTS_H + labelH - 0.45 + 0.1;
  const at = tight ? { label: 0.15, value: 0.6, valueH: 0.62, context: 1.24, multiple: 1.68 } : { label: 0.22, value: 0.7, valueH: 0.75, context: 1.48, multiple: 1.94 };
  const shift = labelH - 0.45;
  const stackH = (tight ? 2.13 : TEXTS_H) + shift;
  c.rect(`card-${i}`, b, colors.surface);
  c.rect(`card-bar-${i}`, box(x, y, b.w, 0.07), colors.primary);
  c.text(`label-${i}`, box(x + pad, y + at.label, w, labelH), item.label, { group: 'label', balance: true, max: 18, min: TEXT_FLOOR, bold: true, color: colors.text });
  const mark = (f: Figure) => (f.interpreted ? t.mark : '');
  c.text(`value-${i}`, box(x + pad, y + at.value + shift, w, at.valueH), item.to.value + mark(item.to), { group: 'value', max: 36, min: 22, bold: true, color: colors.primary, valign: 'middle' });
  const context = [item.to.context, `${item.from.context ?? t.baseYear}${t.colon}${item.from.value}${mark(item.from)}`].filter(Boolean).join(t.contextJoin);
  c.text(`context-${i}`, box(x + pad, y + at.context + shift, w, 0.44), context, { group: 'context', max: 14, min: TEXT_FLOOR, color: colors.muted });
  if (item.multiple) {
    c.text(`multiple-${i}`, box(x + pad, y + at.multiple + shift, w, 0.45), t.multipleOf(item.from.context ?? t.baseYear, item.multiple), { group: 'multiple', max: 18, min: 13, bold: true, color: colors.accent });
  } else if (item.to.interpreted || item.from.interpreted) {
    // Inferred from the context (今年 read as 2016), or read from a damaged string: said as such.
    const inferred = [item.to, item.from].every((f) => !f.interpreted || f.inferred);
    c.text(`multiple-${i}`, box(x + pad, y + at.multiple + shift, w, 0.45), inferred ? t.inferredShort : t.interpretedShort, { max: 13, min: TEXT_FLOOR, color: colors.muted, valign: 'middle' });
  }
  if (b.h < stackH + 0.1) c.problems.push(`card-${i}: ${b.h.toFixed(2)} in is too low for a comparison`);
  if (!item.chart) return;
  const chart = form === 'tall' ? box(x + pad * 0.6, y + stackH, b.w - 1.2 * pad, b.h - stackH - 0.15) : box(x + textW, y + 0.22, b.w - textW - pad * 0.6, b.h - 0.37);
  c.chart(`chart-${i}`, chart, item.chart);
}

/** The height of the comparisons' labels: one line where they fit one at 14 pt, up to three. */
function labelHeight(c: Composer, items: ComparisonFigure[], w: number): number {
  const lines = Math.max(1, ...items.map((item) => measureText(c.m, [item.label], inches(w), 14, { bold: true }).lines));
  return Math.max(0.45, (Math.min(3, lines) * 14 * 1.3) / 72 + 0.05);
}
