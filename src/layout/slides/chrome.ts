// What every content slide has: title, subtitle, rule, footer with source and page.
import type { Slide } from '../../model/deck.js';
import type { Composer } from '../composer.js';
import { box, FOOTER_FLOOR } from '../fit.js';

export function contentChrome(c: Composer, s: Slide): void {
  const { W, mx, colors, logo, areas } = c.f;
  if (areas) return orgChrome(c, s);
  const titleW = W - 2 * mx - 0.25 - (logo ? logo.w + 0.3 : 0);
  c.rect('title-mark', box(mx, 0.42, 0.09, 0.58), colors.accent);
  // Room for two lines (English titles run long), centred where one line sits.
  c.text('title', box(mx + 0.25, 0.17, titleW, 0.92), s.title + (s.subtitle ? `${c.words.titleJoin}${s.subtitle}` : ''), {
    max: 28,
    min: 20,
    bold: true,
    balance: true,
    color: colors.primary,
    valign: 'middle',
  });
  c.rect('title-rule', box(mx, 1.18, W - 2 * mx, 0.02), colors.primary);
  footer(c, s, colors.muted);
}

/** On an organisation's layout: the title in its title placeholder, the footer on its footer line; the master draws the rest. */
function orgChrome(c: Composer, s: Slide): void {
  const a = c.f.areas!;
  const title = s.title + (s.subtitle ? `${c.words.titleJoin}${s.subtitle}` : '');
  c.text('title', box(a.title.x, a.title.y, a.title.w, a.title.h), title, { max: 28, min: 18, bold: true, balance: true, color: c.f.colors.title ?? c.f.colors.primary, valign: 'middle' });
  // In the master's footer colour: the footer line may lie on a band of the master's (Midnightblue's navy).
  footer(c, s, c.f.colors.footer ?? c.f.colors.muted);
}

/** Footer from `x0` (the edge of a coloured panel, on dividers) to the right margin. */
export function footer(c: Composer, s: Slide, color: string, x0 = c.f.mx): void {
  const { W, H, mx, areas } = c.f;
  const text = [s.footer.text, s.footer.source, s.footer.note].filter(Boolean).join(c.words.footerJoin);
  if (areas) {
    const { footer: f, page: p } = areas;
    c.text('footer', box(f.x, f.y, f.w, f.h), text, { max: 10, min: FOOTER_FLOOR, footer: true, color, valign: 'middle' });
    if (p) c.text('page', box(p.x, p.y, p.w, p.h), s.footer.page, { max: 10, min: FOOTER_FLOOR, footer: true, color, align: 'right', valign: 'middle' });
    return;
  }
  c.text('footer', box(x0, H - 0.45, W - x0 - mx - 1.4, 0.3), text, { max: 10, min: FOOTER_FLOOR, footer: true, color, valign: 'middle' });
  c.text('page', box(W - mx - 1.3, H - 0.45, 1.3, 0.3), s.footer.page, { max: 10, min: FOOTER_FLOOR, footer: true, color, align: 'right', valign: 'middle' });
}
