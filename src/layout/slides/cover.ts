// Slides on a coloured field: the cover, part dividers and the closing slide.
// Their texts have fixed places; a divider lists its sections in one column,
// in two when there are many, and continues beyond.
import type { Block, Slide } from '../../model/deck.js';
import type { Composer } from '../composer.js';
import { box, TEXT_FLOOR } from '../fit.js';
import { columns } from '../grid.js';
import { pageSlide, planList, type Planner } from '../pages.js';
import { footer } from './chrome.js';

const paragraph = (s: Slide, role: string): string | undefined =>
  s.blocks.find((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph' && b.role === role)?.text;

export function coverSlide(c: Composer, s: Slide): void {
  const { W, H, colors } = c.f;
  if (c.f.areas) return orgTitleSlide(c, s, s.subtitle, paragraph(s, 'caption'));
  const band = H * 0.6;
  c.rect('band', box(0, 0, W, band), colors.primary);
  c.text('title', box(0.9, 1.3, W - 1.8, 1.3), s.title, { max: 44, min: 28, bold: true, balance: true, color: colors.on_primary, valign: 'bottom' });
  c.rect('title-accent', box(0.9, 2.8, 1.4, 0.07), colors.accent);
  if (s.subtitle) c.text('subtitle', box(0.9, 3.05, W - 1.8, 0.9), s.subtitle, { max: 28, min: 18, color: colors.on_primary });
  const caption = paragraph(s, 'caption');
  if (caption) c.text('caption', box(0.9, band + 0.45, W - 4.5, 0.55), caption, { max: 20, min: 14, color: colors.text, valign: 'middle' });
  footer(c, s, colors.muted);
}

export function closingSlide(c: Composer, s: Slide): void {
  const { W, H, colors } = c.f;
  if (c.f.areas) return orgTitleSlide(c, s, paragraph(s, 'lead'), paragraph(s, 'caption'));
  const band = H * 0.6;
  c.rect('band', box(0, 0, W, band), colors.primary);
  c.text('title', box(0.9, 1.1, W - 1.8, 1.2), s.title, { max: 54, min: 32, bold: true, color: colors.on_primary, align: 'center', valign: 'bottom' });
  c.rect('title-accent', box(W / 2 - 0.7, 2.5, 1.4, 0.07), colors.accent);
  const lead = paragraph(s, 'lead');
  if (lead) c.text('lead', box(1.4, 2.8, W - 2.8, band - 2.95), lead, { max: 24, min: 16, color: colors.on_primary, align: 'center' });
  const caption = paragraph(s, 'caption');
  if (caption) c.text('caption', box(0.9, band + 0.45, W - 1.8, 0.55), caption, { max: 20, min: 14, color: colors.text, align: 'center', valign: 'middle' });
  footer(c, s, colors.muted);
}

/** A part's divider: its sections in one column (at 16 pt or more), else two; continued beyond. */
export const planDivider: Planner = (s, env, fits) => {
  const items = s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : []));
  return planList<string>(
    {
      items,
      slide: (page, index) => pageSlide(s, [{ type: 'bullets', items: page }], index, env.words),
      arrangements: (_slide, page) => [(c, slide) => dividerSlide(c, slide, 1), ...(page.length >= 4 ? [(c: Composer, slide: Slide) => dividerSlide(c, slide, 2)] : [])],
    },
    fits,
  );
};

/**
 * The cover and closing slide on an organisation's title layout: the title in
 * its title placeholder, the subtitle (or lead) and caption in its subtitle
 * placeholder's box, or below the title when it has none.
 */
function orgTitleSlide(c: Composer, s: Slide, sub: string | undefined, caption: string | undefined): void {
  const a = c.f.areas!;
  const { colors } = c.f;
  const t = a.cover_title;
  c.text('title', box(t.x, t.y, t.w, t.h), s.title, { max: 40, min: 22, bold: true, balance: true, color: colors.cover_title ?? colors.text, align: 'center', valign: 'middle' });
  const below = a.cover_subtitle ?? { x: t.x, y: t.y + t.h + 0.2, w: t.w, h: Math.max(0.6, a.footer.y - 0.2 - (t.y + t.h + 0.2)) };
  const [first, second] = sub && caption ? [below.h * 0.6, below.h * 0.4] : [below.h, below.h];
  // In the colours the title layout's master gives its body text and footer (a dark cover's light text).
  const ink = colors.cover_text ?? colors.text;
  if (sub) c.text('subtitle', box(below.x, below.y, below.w, first - 0.05), sub, { max: 24, min: 14, color: ink, align: 'center', valign: 'middle' });
  if (caption) c.text('caption', box(below.x, sub ? below.y + first : below.y, below.w, second), caption, { max: 18, min: 12, color: ink, align: 'center', valign: 'middle' });
  footer(c, s, colors.cover_footer ?? colors.muted);
}

/** A divider on an organisation's section layout (else its content layout): title in its title placeholder, the sections in the room left. */
function orgDivider(c: Composer, s: Slide, count: number): void {
  const a = c.f.areas!;
  const { colors } = c.f;
  const t = a.section_title;
  c.text('title', box(t.x, t.y, t.w, t.h), s.title, { max: 34, min: 20, bold: true, balance: true, color: colors.title ?? colors.primary, valign: 'middle' });
  // The sections: in the layout's body placeholder when it has room, else the larger band above or below the title.
  const top = a.content.y;
  const bottom = a.content.y + a.content.h;
  const partH = s.subtitle ? 0.6 : 0;
  const bands = [
    ...(a.section_body && a.section_body.h >= 1.2 ? [a.section_body] : []),
    { x: a.content.x, y: top, w: a.content.w, h: t.y - 0.15 - partH - top },
    { x: a.content.x, y: t.y + t.h + 0.15, w: a.content.w, h: bottom - (t.y + t.h + 0.15) },
  ].filter((b) => b.h > 0.5);
  const chosen = bands[0] && bands[0] === a.section_body ? bands[0] : bands.sort((x, y) => y.h - x.h)[0];
  // The part's label sits just above the title: a band reaching into it stops short.
  const band = chosen && partH && chosen.y < t.y && chosen.y + chosen.h > t.y - partH - 0.1 ? { ...chosen, h: t.y - partH - 0.1 - chosen.y } : chosen;
  if (s.subtitle && t.y - 0.6 >= 0.05) c.text('part', box(t.x, t.y - 0.55, t.w, 0.5), s.subtitle, { max: 20, min: 14, color: colors.muted, valign: 'bottom' });
  if (!band || band.h < 0.5) return footer(c, s, colors.footer ?? colors.muted);
  const items = s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : []));
  const area = box(band.x, band.y, band.w, band.h);
  if (count === 1) c.text('sections', area, items, { max: 22, min: 14, color: colors.text, paraSpace: 0.5, valign: 'middle' });
  else {
    const half = Math.ceil(items.length / 2);
    columns(area, [1, 1], 0.4).forEach((col, i) =>
      c.text(i === 0 ? 'sections' : 'sections-2', col, i === 0 ? items.slice(0, half) : items.slice(half), { group: 'sections', max: 20, min: TEXT_FLOOR, color: colors.text, paraSpace: 0.4, valign: 'middle' }),
    );
  }
  footer(c, s, colors.footer ?? colors.muted);
}

function dividerSlide(c: Composer, s: Slide, count: number): void {
  if (c.f.areas) return orgDivider(c, s, count);
  const { W, H, colors, bottom } = c.f;
  const panel = W * 0.4;
  c.rect('panel', box(0, 0, panel, H), colors.primary);
  if (s.subtitle) c.text('part', box(0.8, 2.1, panel - 1.3, 0.6), s.subtitle, { max: 22, min: 16, color: colors.on_primary });
  c.rect('title-accent', box(0.8, 2.8, 1.0, 0.07), colors.accent);
  c.text('title', box(0.8, 3.0, panel - 1.3, Math.max(2.0, bottom - 3.0)), s.title, { max: 34, min: 22, bold: true, balance: true, color: colors.on_primary });
  const x = panel + 0.7;
  const items = s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : []));
  const area = box(x, 1.3, W - x - 0.8, bottom - 1.3);
  if (count === 1) c.text('sections', area, items, { max: 24, min: 16, color: colors.text, paraSpace: 0.7, valign: 'middle' });
  else {
    const half = Math.ceil(items.length / 2);
    columns(area, [1, 1], 0.4).forEach((col, i) =>
      c.text(i === 0 ? 'sections' : 'sections-2', col, i === 0 ? items.slice(0, half) : items.slice(half), { group: 'sections', max: 20, min: TEXT_FLOOR, color: colors.text, paraSpace: 0.6, valign: 'middle' }),
    );
  }
  footer(c, s, colors.muted, x);
}
