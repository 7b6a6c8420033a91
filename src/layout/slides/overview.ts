// The agenda: numbered rows, in one column up to seven items, in two columns
// up to fourteen, and continued on a second page beyond.
import type { Composer } from '../composer.js';
import { box, TEXT_FLOOR } from '../fit.js';
import { columns, contentArea } from '../grid.js';
import { pageSlide, planList, type Draw, type Planner } from '../pages.js';
import type { Box } from '../placed.js';

type AgendaItem = { number: string; title: string; detail: string };

const ROW_MIN = 0.72;

export const planAgenda: Planner = (s, env, fits) => {
  const items = s.blocks.flatMap((b) => (b.type === 'agenda' ? b.items : []));
  return planList<AgendaItem>(
    {
      items,
      slide: (page, index) => pageSlide(s, [{ type: 'agenda', items: page }], index, env.words),
      arrangements: (_slide, page) => {
        const draws: Draw[] = [];
        if (page.length <= 7) draws.push((c) => agendaColumns(c, page, 1));
        if (page.length >= 4) draws.push((c) => agendaColumns(c, page, 2));
        return draws;
      },
    },
    fits,
  );
};

function agendaColumns(c: Composer, items: AgendaItem[], count: number): void {
  const area = contentArea(c.f);
  const perColumn = Math.ceil(items.length / count);
  const cols = columns(area, Array(count).fill(1), 0.5);
  items.forEach((item, i) => agendaRow(c, item, i, cols[Math.floor(i / perColumn)]!, i % perColumn, perColumn, count > 1));
}

function agendaRow(c: Composer, item: AgendaItem, i: number, col: Box, row: number, rowsInColumn: number, narrow: boolean): void {
  const { colors } = c.f;
  const rowH = Math.min(1.0, col.h / Math.max(1, rowsInColumn));
  if (rowH < ROW_MIN) c.problems.push(`agenda: rows of ${rowH.toFixed(2)} in`);
  const y = col.y + row * rowH;
  const indent = narrow ? 0 : 0.4;
  const badgeW = Math.min(0.95, col.w * 0.14);
  const badge = box(col.x + indent, y + 0.1, badgeW, rowH - 0.2);
  c.rect(`badge-${i}`, badge, colors.primary);
  c.text(`number-${i}`, badge, item.number, { group: 'number', max: 24, min: 16, bold: true, color: colors.on_primary, align: 'center', valign: 'middle' });
  const x = col.x + indent + badgeW + 0.3;
  const w = col.x + col.w - x;
  c.text(`heading-${i}`, box(x, y + 0.06, w, rowH * 0.45), item.title, { group: 'heading', max: 22, min: 16, bold: true, color: colors.text, valign: 'middle' });
  c.text(`detail-${i}`, box(x, y + 0.06 + rowH * 0.45, w, rowH * 0.5 - 0.06), item.detail, { group: 'detail', max: 15, min: TEXT_FLOOR, elide: true, color: colors.muted });
}
