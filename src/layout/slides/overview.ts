// The agenda and the headline figures.
import type { Block, Figure, Slide } from '../../model/deck.js';
import type { Composer } from '../composer.js';
import { box } from '../fit.js';
import { figureCard } from './section.js';

export function agendaSlide(c: Composer, s: Slide): void {
  const { W, mx, top, bottom, colors } = c.f;
  const items = s.blocks.flatMap((b) => (b.type === 'agenda' ? b.items : []));
  const rowH = Math.min(1.0, (bottom - top) / Math.max(1, items.length));
  items.forEach((item, i) => {
    const y = top + i * rowH;
    c.rect(`badge-${i}`, box(mx + 0.4, y + 0.1, 0.95, rowH - 0.2), colors.primary);
    c.text(`number-${i}`, box(mx + 0.4, y + 0.1, 0.95, rowH - 0.2), item.number, { group: 'number', max: 24, min: 16, bold: true, color: colors.on_primary, align: 'center', valign: 'middle' });
    const x = mx + 1.65;
    c.text(`heading-${i}`, box(x, y + 0.06, W - x - mx, rowH * 0.5), item.title, { group: 'heading', max: 22, min: 16, bold: true, color: colors.text, valign: 'middle' });
    c.text(`detail-${i}`, box(x, y + 0.06 + rowH * 0.5, W - x - mx, rowH * 0.4), item.detail, { group: 'detail', max: 15, min: 12, color: colors.muted });
  });
}

/** Key figures as cards, up to four a row, from `y0` to `y1`. */
function keyFigures(c: Composer, figures: Figure[], y0: number, y1: number): void {
  const { W, mx } = c.f;
  const gap = 0.3;
  const perRow = Math.min(4, figures.length);
  const rows = Math.ceil(figures.length / Math.max(1, perRow));
  const fw = (W - 2 * mx - (perRow - 1) * gap) / Math.max(1, perRow);
  const fh = Math.min(1.6, (y1 - y0 - (rows - 1) * gap) / Math.max(1, rows));
  figures.forEach((f, i) => figureCard(c, `key-${i}`, mx + (i % perRow) * (fw + gap), y0 + Math.floor(i / perRow) * (fh + gap), fw, fh, f));
}

export function headlineSlide(c: Composer, s: Slide): void {
  const { top: top0, bottom } = c.f;
  const items = s.blocks.flatMap((b: Block) => (b.type === 'comparisons' ? b.items : []));
  const figures = s.blocks.flatMap((b: Block) => (b.type === 'figures' ? b.items : []));
  if (figures.length === 0) return comparisonCards(c, items, top0, bottom);
  if (items.length === 0) return keyFigures(c, figures, top0, bottom);
  // Both: the comparisons above, a row of key figures below.
  const rowH = 1.3 * Math.ceil(figures.length / 4) + 0.3 * (Math.ceil(figures.length / 4) - 1);
  comparisonCards(c, items, top0, bottom - rowH - 0.3);
  keyFigures(c, figures, bottom - rowH, bottom);
}

function comparisonCards(c: Composer, items: Extract<Block, { type: 'comparisons' }>['items'], top: number, bottom: number): void {
  const { W, mx, colors } = c.f;
  const gap = 0.3;
  const cw = (W - 2 * mx - (items.length - 1) * gap) / Math.max(1, items.length);
  const pad = 0.25;
  items.forEach((item, i) => {
    const x = mx + i * (cw + gap);
    const w = cw - 2 * pad;
    c.rect(`card-${i}`, box(x, top, cw, bottom - top), colors.surface);
    c.rect(`card-bar-${i}`, box(x, top, cw, 0.07), colors.primary);
    c.text(`label-${i}`, box(x + pad, top + 0.22, w, 0.45), item.label, { group: 'label', balance: true, max: 18, min: 11, bold: true, color: colors.text });
    const t = c.words;
    const mark = (f: Figure) => (f.interpreted ? t.mark : '');
    c.text(`value-${i}`, box(x + pad, top + 0.7, w, 0.75), item.to.value + mark(item.to), { group: 'value', max: 36, min: 22, bold: true, color: colors.primary, valign: 'middle' });
    const context = [item.to.context, `${item.from.context ?? t.baseYear}${t.colon}${item.from.value}${mark(item.from)}`].filter(Boolean).join(t.contextJoin);
    c.text(`context-${i}`, box(x + pad, top + 1.48, w, 0.38), context, { group: 'context', max: 14, min: 11, color: colors.muted });
    if (item.multiple) {
      c.text(`multiple-${i}`, box(x + pad, top + 1.9, w, 0.45), t.multipleOf(item.from.context ?? t.baseYear, item.multiple), { group: 'multiple', max: 18, min: 13, bold: true, color: colors.accent });
    } else if (item.to.interpreted || item.from.interpreted) {
      // Inferred (今年 read as 2016) only when no figure of the card is read from a damaged text.
      const inferred = [item.to, item.from].every((f) => !f.interpreted || f.inferred);
      c.text(`multiple-${i}`, box(x + pad, top + 1.9, w, 0.45), inferred ? t.inferredShort : t.interpretedShort, { max: 13, min: 11, color: colors.muted, valign: 'middle' });
    }
    // Under key figures the card may be too short for its chart: the figures say it then.
    if (item.chart && bottom - top - 2.6 >= 1.2) c.chart(`chart-${i}`, box(x + pad * 0.6, top + 2.45, cw - 1.2 * pad, bottom - top - 2.6), item.chart);
  });
}
