// The milestone timeline and the recognitions.
//
// Timeline: one axis, the milestones alternately above and below it; two axes
// (tiers) when one would make their texts too narrow; continued beyond. The
// milestones sit in proportion to their years when every one has a year of
// its own and the years are not too spread out; else evenly, in their order.
//
// Recognitions: one is a feature card, two or three are cards in a row, up
// to eight are rows (badge, who, what), up to fifteen a compact table, up to
// thirty a compact table in two columns; beyond, continued.
import type { Block, ListItem } from '../../model/deck.js';
import type { Composer } from '../composer.js';
import { box, measureText, TEXT_FLOOR } from '../fit.js';
import { inches } from '../../util/units.js';
import { columns, contentArea, grid } from '../grid.js';
import { pageSlide, planList, type Draw, type Planner } from '../pages.js';
import type { Box } from '../placed.js';

type Milestone = Extract<Block, { type: 'timeline' }>['items'][number];

export const planTimeline: Planner = (s, env, fits) => {
  const items = s.blocks.flatMap((b) => (b.type === 'timeline' ? b.items : []));
  return planList<Milestone>(
    {
      items,
      slide: (page, index) => pageSlide(s, [{ type: 'timeline', items: page }], index, env.words),
      arrangements: (_s, page) => [(c) => tiers(c, page, 1), ...(page.length >= 4 ? [(c: Composer) => tiers(c, page, 2)] : []), (c) => milestoneList(c, page)],
    },
    fits,
  );
};

/** Narrowest a milestone's text may be, inches. */
const TEXT_MIN_W = 1.3;

function tiers(c: Composer, items: Milestone[], count: number): void {
  const area = contentArea(c.f);
  const per = Math.ceil(items.length / count);
  const gap = 0.2;
  const h = (area.h - gap * (count - 1)) / count;
  for (let t = 0; t < count; t++) {
    const tier = box(area.x, area.y + t * (h + gap), area.w, h);
    axis(c, items.slice(t * per, (t + 1) * per), tier, t * per, t === 0 ? 'axis' : `axis-${t}`);
  }
}

/** Centres of the milestones along `w`: by year when the years allow, else evenly. */
function centres(items: Milestone[], x: number, w: number): { cx: number[]; slot: number } {
  // A milestone may have no year (its label is then empty): the order given is kept.
  const given = items.map((it) => it.year as number | undefined);
  const years = given.filter((y): y is number => typeof y === 'number' && Number.isFinite(y));
  const known = years.length === items.length && new Set(years).size === years.length && years.every((y, i) => i === 0 || y > years[i - 1]!);
  const first = Math.min(...years);
  const slots = known ? Math.max(...years) - first + 1 : items.length;
  if (known && slots <= items.length / 0.75) {
    const slot = w / slots;
    return { cx: years.map((y) => x + slot * (y - first + 0.5)), slot };
  }
  const slot = w / items.length;
  return { cx: items.map((_, i) => x + slot * (i + 0.5)), slot };
}

function axis(c: Composer, items: Milestone[], area: Box, offset: number, name: string): void {
  const { colors } = c.f;
  const axisY = area.y + area.h / 2;
  c.rect(name, box(area.x, axisY - 0.025, area.w, 0.05), colors.primary);
  const { cx, slot } = centres(items, area.x, area.w);
  // Neighbours on the same side are two slots apart; a few milestones may be wider.
  const tw = Math.min(2 * slot - 0.3, Math.max(3.2, area.w / (items.length + 1)));
  if (tw < TEXT_MIN_W) c.problems.push(`${name}: milestones ${tw.toFixed(2)} in wide`);
  // A tier of two is lower: its year labels sit closer to the axis.
  const yearH = area.h < 3.5 ? 0.34 : 0.42;
  const near = area.h < 3.5 ? 0.14 : 0.2;
  items.forEach((item, j) => {
    const i = offset + j;
    const x = cx[j]!;
    const above = j % 2 === 0;
    c.rect(`dot-${i}`, box(x - 0.12, axisY - 0.12, 0.24, 0.24), colors.accent, true);
    const yearY = above ? axisY - near - yearH : axisY + near;
    c.text(`year-${i}`, box(x - slot / 2, yearY, slot, yearH), item.label, { group: 'year', max: 18, min: 13, bold: true, color: colors.primary, align: 'center', valign: 'middle' });
    // Clip (not shift) the first and last texts to the content area, so that they do not reach their neighbours.
    const x0 = Math.max(x - tw / 2, area.x);
    const x1 = Math.min(x + tw / 2, area.x + area.w);
    const gap = item.label ? near + yearH + 0.08 : 0.3;
    const textBox = above ? box(x0, area.y, x1 - x0, axisY - gap - area.y) : box(x0, axisY + gap, x1 - x0, area.y + area.h - axisY - gap);
    c.text(`text-${i}`, textBox, item.text, { group: 'text', balance: true, max: 18, min: TEXT_FLOOR, color: colors.text, align: 'center', valign: above ? 'bottom' : 'top' });
  });
}

/** Milestones whose texts are too long for an axis: rows of year and text, each as high as it needs. */
function milestoneList(c: Composer, items: Milestone[]): void {
  const area = contentArea(c.f);
  const list = items.map((m) => ({ badge: m.label, heading: '', text: m.text }));
  const st: RowStyle = { badgeW: Math.min(1.5, area.w * 0.13), headW: 0, fill: c.f.colors.primary };
  st.heights = measuredHeights(c, list, area, st);
  if (st.heights.reduce((a, h) => a + h, 0) > area.h + 1e-6) c.problems.push('milestones: taller than the page');
  listRows(c, list, area, st);
}

/** Each row as high as its heading or text needs at the floor, 0.5 in at least, and the rows together as high as the area allows. */
export function measuredHeights(c: Composer, items: ListItem[], area: Box, st: RowStyle): number[] {
  const badges = items.some((item) => item.badge);
  const tx = (badges ? st.badgeW + 0.25 : 0) + (st.headW ? st.headW + 0.2 : 0);
  const need = items.map((item) => {
    const head = st.headW ? measureText(c.m, [item.heading], inches(st.headW), TEXT_FLOOR, { bold: true }).height : 0;
    const text = measureText(c.m, [item.text], inches(area.w - tx), TEXT_FLOOR, {}).height;
    return Math.max(0.5, Math.max(head, text) + 0.16);
  });
  // Room left over is shared out, up to rows of 0.95 in.
  const spare = area.h - need.reduce((a, h) => a + h, 0);
  return spare > 0 ? need.map((h) => Math.max(h, Math.min(0.95, h + spare / items.length))) : need;
}

export const planRecognitions: Planner = (s, env, fits) => {
  const items = s.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
  return planList<ListItem>(
    {
      items,
      slide: (page, index) => pageSlide(s, [{ type: 'list', items: page }], index, env.words),
      arrangements: (_s, page) => recognitionArrangements(page),
    },
    fits,
  );
};

function recognitionArrangements(items: ListItem[]): Draw[] {
  const n = items.length;
  const draws: Draw[] = [];
  if (n === 1) draws.push((c) => featureCard(c, items[0]!, contentArea(c.f)));
  if (n >= 2 && n <= 3) draws.push((c) => recognitionCards(c, items));
  if (n <= 15) draws.push((c) => listRows(c, items, contentArea(c.f), { badgeW: 1.2, headW: 2.9, fill: c.f.colors.primary }));
  if (n >= 6) draws.push((c) => twoColumns(c, items));
  return draws;
}

/** One recognition: large, in a card across the middle of the slide. */
function featureCard(c: Composer, item: ListItem, area: Box): void {
  const { colors } = c.f;
  const w = Math.min(area.w, 9.5);
  const h = Math.min(area.h, 3.6);
  const b = box(area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h);
  c.rect('card-0', b, colors.surface);
  c.rect('card-bar-0', box(b.x, b.y, b.w, 0.07), colors.primary);
  const hasBadge = item.badge.length > 0;
  const badge = box(b.x + 0.45, b.y + 0.45, 1.5, 0.62);
  if (hasBadge) {
    c.rect('badge-0', badge, colors.primary);
    c.text('badge-text-0', badge, item.badge, { max: 24, min: 14, bold: true, color: colors.on_primary, align: 'center', valign: 'middle' });
  }
  const hx = hasBadge ? badge.x + badge.w + 0.35 : b.x + 0.45;
  c.text('heading-0', box(hx, b.y + 0.4, b.x + b.w - 0.45 - hx, 0.72), item.heading, { max: 26, min: 14, bold: true, color: colors.primary, valign: 'middle' });
  c.text('text-0', box(b.x + 0.45, b.y + 1.35, b.w - 0.9, b.h - 1.75), item.text, { max: 28, min: TEXT_FLOOR, color: colors.text });
}

/** Two or three recognitions as cards in a row: badge, who, what. */
function recognitionCards(c: Composer, items: ListItem[]): void {
  const { colors } = c.f;
  const area = contentArea(c.f);
  const h = Math.min(area.h, 3.8);
  const cells = grid(box(area.x, area.y + (area.h - h) / 2, area.w, h), items.length, { minW: 2.4, minH: 2.0, maxW: 4.6, gap: 0.35 });
  if (!cells) return void c.problems.push('recognitions: no room for cards');
  items.forEach((item, i) => {
    const b = cells[i]!;
    c.rect(`card-${i}`, b, colors.surface);
    c.rect(`card-bar-${i}`, box(b.x, b.y, b.w, 0.07), colors.primary);
    const badge = box(b.x + 0.3, b.y + 0.35, Math.min(1.4, b.w - 0.6), 0.55);
    if (item.badge) {
      c.rect(`badge-${i}`, badge, colors.primary);
      c.text(`badge-text-${i}`, badge, item.badge, { group: 'badge', max: 20, min: 14, bold: true, color: colors.on_primary, align: 'center', valign: 'middle' });
    }
    const y = item.badge ? badge.y + badge.h + 0.2 : b.y + 0.35;
    c.text(`heading-${i}`, box(b.x + 0.3, y, b.w - 0.6, 0.7), item.heading, { group: 'heading', balance: true, max: 20, min: 14, bold: true, color: colors.primary, valign: 'middle' });
    c.text(`text-${i}`, box(b.x + 0.3, y + 0.8, b.w - 0.6, b.y + b.h - 0.3 - (y + 0.8)), item.text, { group: 'text', max: 20, min: TEXT_FLOOR, color: colors.text });
  });
}

function twoColumns(c: Composer, items: ListItem[]): void {
  const cols = columns(contentArea(c.f), [1, 1], 0.5);
  const half = Math.ceil(items.length / 2);
  const badgeW = Math.min(0.9, cols[0]!.w * 0.16);
  const headW = Math.min(2.0, cols[0]!.w * 0.3);
  listRows(c, items.slice(0, half), cols[0]!, { badgeW, headW, fill: c.f.colors.primary });
  listRows(c, items.slice(half), cols[1]!, { badgeW, headW, fill: c.f.colors.primary, from: half });
}

export interface RowStyle {
  badgeW: number;
  headW: number;
  fill: string;
  /** The number of the first row (element names). */
  from?: number;
  /** Row heights, when not all the same (measured rows). */
  heights?: number[];
}

/** Rows of badge, heading and text in `area`: 0.95 in high at most, 0.36 in at least. */
export function listRows(c: Composer, items: ListItem[], area: Box, st: RowStyle): void {
  const { colors } = c.f;
  const rowH = Math.min(0.95, area.h / Math.max(1, items.length));
  if (!st.heights && rowH < 0.36) c.problems.push(`rows of ${rowH.toFixed(2)} in`);
  const badges = items.some((item) => item.badge);
  const thin = (h: number) => Math.min(0.1, h * 0.12);
  let y: number = area.y;
  items.forEach((item, j) => {
    const i = (st.from ?? 0) + j;
    const h = st.heights?.[j] ?? rowH;
    const pad = thin(h);
    if (j > 0) c.rect(`rule-${i}`, box(area.x, y - 0.01, area.w, 0.015), colors.surface);
    if (item.badge) {
      const badge = box(area.x, y + pad, st.badgeW, Math.min(h - 2 * pad, 0.75));
      c.rect(`badge-${i}`, badge, st.fill);
      c.text(`badge-text-${i}`, badge, item.badge, { group: 'badge', max: 18, min: TEXT_FLOOR, bold: true, color: colors.on_primary, align: 'center', valign: 'middle' });
    }
    const hx = area.x + (badges ? st.badgeW + 0.25 : 0);
    if (st.headW) c.text(`heading-${i}`, box(hx, y + pad / 2, st.headW, h - pad), item.heading, { group: 'heading', max: 16, min: TEXT_FLOOR, bold: true, color: colors.primary, valign: 'middle' });
    const tx = hx + (st.headW ? st.headW + 0.2 : 0);
    c.text(`text-${i}`, box(tx, y + pad / 2, area.x + area.w - tx, h - pad), item.text, { group: 'text', max: 18, min: TEXT_FLOOR, color: colors.text, valign: 'middle' });
    y += h;
  });
}
