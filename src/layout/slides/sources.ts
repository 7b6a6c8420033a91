// The sources slide: the source, how its copy was cleaned, and the readings
// of corrupted figures, stacked; rows of even height when they fit, else each
// as high as its texts need; continued on pages of readings when they do not
// fit one page.
import type { ListItem, Slide } from '../../model/deck.js';
import type { Composer } from '../composer.js';
import { box, measureText, TEXT_FLOOR } from '../fit.js';
import { contentArea } from '../grid.js';
import { pageSlide, planList, type Planner } from '../pages.js';
import { inches } from '../../util/units.js';
import { listRows, measuredHeights, type RowStyle } from './lists.js';

type Piece = { kind: 'lead'; text: string } | { kind: 'notes'; text: string } | { kind: 'reading'; item: ListItem };

const NOTES_STYLE = { max: 14, min: TEXT_FLOOR } as const;
const LEAD_STYLE = { max: 18, min: 13, bold: true } as const;

export const planSources: Planner = (s, env, fits) => {
  const pieces: Piece[] = [];
  for (const b of s.blocks) {
    if (b.type === 'paragraph' && b.role === 'lead') pieces.push({ kind: 'lead', text: b.text });
    // Notes are cut at their sentences, so that a long account can continue.
    else if (b.type === 'paragraph') pieces.push(...sentences(b.text).map((text) => ({ kind: 'notes', text }) as const));
    else if (b.type === 'list') pieces.push(...b.items.map((item) => ({ kind: 'reading', item }) as const));
  }
  return planList<Piece>(
    {
      items: pieces,
      slide: (page, index) => pageSlide(s, blocksOf(page, env.words.tag === 'en-US' ? ' ' : ''), index, env.words),
      arrangements: () => [(c, slide) => stack(c, slide, false), (c, slide) => stack(c, slide, true)],
      fill: (piece) => piece.kind === 'reading',
    },
    fits,
  );
};

/** Sentences with their closing marks: 甲；乙。 -> 甲； 乙。; "A. B." -> "A." "B.". */
function sentences(text: string): string[] {
  return text.split(/(?<=[；。])|(?<=[.;])\s+/u).filter((p) => p.length > 0);
}

function blocksOf(pieces: Piece[], join: string): Slide['blocks'] {
  const notes = pieces.flatMap((p) => (p.kind === 'notes' ? [p.text] : []));
  const readings = pieces.flatMap((p) => (p.kind === 'reading' ? [p.item] : []));
  return [
    ...pieces.flatMap((p) => (p.kind === 'lead' ? [{ type: 'paragraph', role: 'lead', text: p.text } as const] : [])),
    ...(notes.length ? [{ type: 'paragraph', role: 'body', text: notes.join(join) } as const] : []),
    ...(readings.length ? [{ type: 'list', items: readings } as const] : []),
  ];
}

/** The page's blocks from the top down; `measured`: each reading row as high as it needs. */
function stack(c: Composer, s: Slide, measured: boolean): void {
  const { colors } = c.f;
  const area = contentArea(c.f);
  const w = inches(area.w);
  let y: number = area.y;
  for (const b of s.blocks) {
    if (b.type === 'paragraph' && b.role === 'lead') {
      // One line (0.5 in) when it fits one at its smallest size, else as many as it needs.
      const lead = measureText(c.m, [b.text], w, LEAD_STYLE.min, LEAD_STYLE);
      const h = lead.lines <= 1 ? 0.5 : lead.height + 0.05;
      c.text('lead', box(area.x, y, area.w, h), b.text, { ...LEAD_STYLE, color: colors.text });
      y += h + 0.05;
    } else if (b.type === 'paragraph') {
      // As tall as the notes need at the smallest size (English runs longer), at least 0.8 in.
      const needed = measureText(c.m, [b.text], w, NOTES_STYLE.min, NOTES_STYLE).height;
      const h = needed > 1.6 ? needed : Math.min(1.6, Math.max(0.8, needed));
      c.text('cleaning', box(area.x, y, area.w, h), b.text, { ...NOTES_STYLE, color: colors.muted });
      y += h + 0.1;
    } else if (b.type === 'list' && b.items.length) {
      c.text('readings-heading', box(area.x, y, area.w, 0.4), b.heading ?? c.words.readingsHeading, { max: 16, min: TEXT_FLOOR, bold: true, color: colors.primary });
      const rows = box(area.x, y + 0.45, area.w, area.y + area.h - y - 0.45);
      // The originals on one line at 16 pt where a quarter of the width allows.
      const widest = Math.max(...b.items.map((item) => c.m.width(item.heading, 16, true) / 72));
      // Badges as wide as their word needs at 16 pt ("Reading"), 0.8 in at least.
      const badgeW = Math.min(Math.max(0.8, ...b.items.map((item) => c.m.width(item.badge, 16, true) / 72 + 0.2)), area.w * 0.12);
      const st: RowStyle = { badgeW, headW: Math.min(Math.max(2.6, widest + 0.05), area.w * 0.26), fill: colors.accent };
      if (measured) st.heights = measuredHeights(c, b.items, rows, st);
      listRows(c, b.items, rows, st);
      if (st.heights && st.heights.reduce((a, h) => a + h, 0) > rows.h + 1e-6) c.problems.push('readings: taller than the page');
    }
  }
  if (y > area.y + area.h + 1e-6) c.problems.push('sources: taller than the page');
}

