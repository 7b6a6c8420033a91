// The milestone timeline, the recognitions and the sources slide.
import type { Block, ListItem, Slide } from '../../model/deck.js';
import type { Composer } from '../composer.js';
import { box, measureText } from '../fit.js';
import { inches } from '../../util/units.js';

export function timelineSlide(c: Composer, s: Slide): void {
  const { W, mx, top, bottom, colors } = c.f;
  const items = s.blocks.flatMap((b: Block) => (b.type === 'timeline' ? b.items : []));
  const axisY = (top + bottom) / 2;
  c.rect('axis', box(mx, axisY - 0.025, W - 2 * mx, 0.05), colors.primary);
  // Years are placed in proportion, so a year without a milestone leaves its gap;
  // milestones without years (any one) are placed evenly, in the order given.
  const dated = items.every((it) => it.year !== undefined);
  const slot = (i: number) => (dated ? items[i]!.year! : i);
  const first = Math.min(...items.map((_, i) => slot(i)));
  const slots = Math.max(...items.map((_, i) => slot(i))) - first + 1;
  const step = (W - 2 * mx) / Math.max(1, slots);
  const tw = Math.min(2 * step - 0.3, 3.2);
  items.forEach((item, i) => {
    const cx = mx + step * (slot(i) - first + 0.5);
    const above = i % 2 === 0;
    c.rect(`dot-${i}`, box(cx - 0.12, axisY - 0.12, 0.24, 0.24), colors.accent, true);
    const yearY = above ? axisY - 0.62 : axisY + 0.2;
    c.text(`year-${i}`, box(cx - step / 2, yearY, step, 0.42), item.label, { group: 'year', max: 18, min: 13, bold: true, color: colors.primary, align: 'center', valign: 'middle' });
    // Clip (not shift) the first and last texts to the slide, so that they do not reach their neighbours.
    const x0 = Math.max(cx - tw / 2, mx);
    const x1 = Math.min(cx + tw / 2, W - mx);
    const textBox = above ? box(x0, top, x1 - x0, axisY - 0.7 - top) : box(x0, axisY + 0.7, x1 - x0, bottom - axisY - 0.7);
    c.text(`text-${i}`, textBox, item.text, { group: 'text', balance: true, max: 18, min: 12, color: colors.text, align: 'center', valign: above ? 'bottom' : 'top' });
  });
}

function listRows(c: Composer, items: ListItem[], y0: number, badgeW: number, headW: number, badgeFill: string): void {
  const { W, mx, bottom, colors } = c.f;
  const rowH = Math.min(0.95, (bottom - y0) / Math.max(1, items.length));
  items.forEach((item, i) => {
    const y = y0 + i * rowH;
    if (i > 0) c.rect(`rule-${i}`, box(mx, y - 0.01, W - 2 * mx, 0.015), colors.surface);
    // No year, no badge (an empty coloured block would look like a missing figure).
    if (item.badge) c.rect(`badge-${i}`, box(mx, y + 0.1, badgeW, rowH - 0.2), badgeFill);
    if (item.badge) c.text(`badge-text-${i}`, box(mx, y + 0.1, badgeW, rowH - 0.2), item.badge, { group: 'badge', max: 18, min: 11, bold: true, color: colors.on_primary, align: 'center', valign: 'middle' });
    const hx = mx + badgeW + 0.25;
    c.text(`heading-${i}`, box(hx, y + 0.05, headW, rowH - 0.1), item.heading, { group: 'heading', max: 16, min: 11, bold: true, color: colors.primary, valign: 'middle' });
    const tx = hx + headW + 0.2;
    c.text(`text-${i}`, box(tx, y + 0.05, W - mx - tx, rowH - 0.1), item.text, { group: 'text', max: 18, min: 11, color: colors.text, valign: 'middle' });
  });
}

export function recognitionsSlide(c: Composer, s: Slide): void {
  const items = s.blocks.flatMap((b: Block) => (b.type === 'list' ? b.items : []));
  listRows(c, items, c.f.top, 1.2, 2.9, c.f.colors.primary);
}

export function sourcesSlide(c: Composer, s: Slide): void {
  const { W, mx, top, colors } = c.f;
  let y = top;
  for (const b of s.blocks) {
    if (b.type === 'paragraph' && b.role === 'lead') {
      c.text('lead', box(mx, y, W - 2 * mx, 0.5), b.text, { max: 18, min: 13, bold: true, color: colors.text });
      y += 0.55;
    } else if (b.type === 'paragraph') {
      // As tall as the notes need at the smallest size (English runs longer), at least 0.8 in.
      const style = { max: 14, min: 12, color: colors.muted };
      const h = Math.min(1.6, Math.max(0.8, measureText(c.m, [b.text], inches(W - 2 * mx), style.min, style).height));
      c.text('cleaning', box(mx, y, W - 2 * mx, h), b.text, style);
      y += h + 0.1;
    } else if (b.type === 'list' && b.items.length) {
      c.text('readings-heading', box(mx, y, W - 2 * mx, 0.4), b.heading ?? c.words.readingsHeading, { max: 16, min: 12, bold: true, color: colors.primary });
      listRows(c, b.items, y + 0.45, 0.8, 2.6, colors.accent);
    }
  }
}
