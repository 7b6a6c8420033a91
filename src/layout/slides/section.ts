// A section slide: a reform measure (points and key figures) or an
// achievement area (key figures, points, charts and cases). Two arrangements:
// - side: points, and the key figures stacked in a column at the right
//   (no charts or cases, one to four figures);
// - band: the key figures in one or two rows across the top, and below them
//   columns for the points, the charts (a grid) and the cases (a grid), as
//   many columns as there are kinds of content; a kind that is absent leaves
//   its width to the others.
import type { Block, CaseCard, ChartSpec, Figure, Slide } from '../../model/deck.js';
import type { Composer, Frame } from '../composer.js';
import { box, TEXT_FLOOR } from '../fit.js';
import { chartMinimum } from '../chart-size.js';
import { columns, contentArea, grid, gridHeight } from '../grid.js';
import type { Box } from '../placed.js';
import { caseCard, caseNeed, chartCell, FIGURE_CARD_MIN, figureCard } from './cards.js';

export interface SectionContent {
  figures: Figure[];
  points: string[];
  charts: ChartSpec[];
  cases: CaseCard[];
}

export function sectionContent(s: Slide): SectionContent {
  const c: SectionContent = { figures: [], points: [], charts: [], cases: [] };
  for (const b of s.blocks) {
    if (b.type === 'figures') c.figures.push(...b.items);
    else if (b.type === 'bullets') c.points.push(...b.items);
    else if (b.type === 'chart') c.charts.push(b.chart);
    else if (b.type === 'cases') c.cases.push(...b.items);
  }
  return c;
}

export function sectionBlocks(c: SectionContent): Block[] {
  return [
    ...(c.points.length ? [{ type: 'bullets', items: c.points } as const] : []),
    ...(c.figures.length ? [{ type: 'figures', items: c.figures } as const] : []),
    ...c.charts.map((chart) => ({ type: 'chart', chart }) as const),
    ...(c.cases.length ? [{ type: 'cases', items: c.cases } as const] : []),
  ];
}

/**
 * The bullets: how they are set. Their floor is the body size, 14 pt, where
 * they are the slide's text; 12 pt in a column beside charts and cases.
 */
export const POINTS_STYLE = { max: 24, min: 14, bullet: true, paraSpace: 0.8 } as const;
const POINTS_BESIDE_MIN = 12;

export interface SectionGeometry {
  figures: Box[];
  points?: Box;
  /** The points' floor in this arrangement. */
  pointsMin?: number;
  charts: Box[];
  casesHeading?: Box;
  cases: Box[];
}

const FIGURES_W = 3.7;
const GAP = 0.3;

/** Points at the left, one to four key figures stacked at the right. */
export function sideGeometry(f: Frame, c: SectionContent): SectionGeometry | undefined {
  const n = c.figures.length;
  if (n < 1 || n > 4 || c.charts.length || c.cases.length || !c.points.length) return undefined;
  const area = contentArea(f);
  const sideW = Math.min(FIGURES_W, area.w * 0.32);
  const gap = 0.25;
  const cardH = Math.min(1.6, (area.h - gap * (n - 1)) / n);
  if (cardH < FIGURE_CARD_MIN.h) return undefined;
  const x = area.x + area.w - sideW;
  return {
    figures: c.figures.map((_, i) => box(x, area.y + i * (cardH + gap), sideW, cardH)),
    points: box(area.x, area.y, area.w - sideW - 0.45, area.h),
    charts: [],
    cases: [],
  };
}

/**
 * Key figures across the top, the rest in columns below. `force`: cells even
 * where a chart or case cannot have its smallest size (the page of one item
 * that fits nowhere, drawn for the driver to name what does not fit).
 */
export function bandGeometry(f: Frame, c: SectionContent, force = false, wide?: 'cases', tallFigures = false): SectionGeometry | undefined {
  const area = contentArea(f);
  const only = !c.points.length && !c.charts.length && !c.cases.length;
  let figures: Box[] = [];
  let y: number = area.y;
  if (c.figures.length) {
    // Alone on a page, the figures take the whole area (up to four rows); else one row of 1.3 in, or two of 1.15 in,
    // or (`tallFigures`, for labels of three or four lines) 1.7 and 1.4 in.
    const rowsMax = only ? 4 : 2;
    const perRow = Math.max(1, Math.floor((area.w + GAP) / (FIGURE_CARD_MIN.w + GAP)));
    const rowCount = Math.ceil(c.figures.length / Math.min(perRow, c.figures.length));
    if (rowCount > rowsMax) return undefined;
    const rowH = only ? Math.min(1.8, (area.h - GAP * (rowCount - 1)) / rowCount) : rowCount === 1 ? (tallFigures ? 1.7 : 1.3) : tallFigures ? 1.4 : 1.15;
    const cells = grid(box(area.x, y, area.w, rowCount * rowH + (rowCount - 1) * GAP), c.figures.length, { minW: FIGURE_CARD_MIN.w, minH: FIGURE_CARD_MIN.h, gap: GAP, maxW: only ? 4.2 : undefined });
    if (!cells) return undefined;
    figures = cells;
    y += gridHeight(cells) + GAP;
  }
  const body = box(area.x, y, area.w, area.y + area.h - y);
  const kinds = (['points', 'charts', 'cases'] as const).filter((k) => c[k].length);
  if (kinds.length === 0) return { figures, charts: [], cases: [] };
  const weights = (wide === 'cases' ? WIDE_CASES : WEIGHTS)[kinds.join('+')] ?? WEIGHTS[kinds.join('+')];
  const cols = columns(body, kinds.map((k) => weights?.[k] ?? 1), 0.35);
  const col = (k: (typeof kinds)[number]) => cols[kinds.indexOf(k)];
  const g: SectionGeometry = { figures, charts: [], cases: [] };
  const pointsCol = col('points');
  if (pointsCol) {
    g.points = pointsCol;
    g.pointsMin = kinds.length > 1 ? POINTS_BESIDE_MIN : POINTS_STYLE.min;
  }
  const chartsCol = col('charts');
  if (chartsCol) {
    const cells = chartCells(chartsCol, c.charts, force);
    if (!cells) return undefined;
    g.charts = cells;
  }
  const casesCol = col('cases');
  if (casesCol) {
    g.casesHeading = box(casesCol.x, casesCol.y, casesCol.w, 0.4);
    const area = box(casesCol.x, casesCol.y + 0.45, casesCol.w, casesCol.h - 0.45);
    const cells = grid(area, c.cases.length, { minW: force ? 0 : Math.min(2.6, area.w), minH: force ? 0 : 0.9, maxH: 2.6, gap: 0.2 });
    if (!cells) return undefined;
    g.cases = cells;
  }
  return g;
}

/** Column widths by the kinds of content present (points, charts, cases). */
const WEIGHTS: Record<string, Partial<Record<'points' | 'charts' | 'cases', number>>> = {
  'points+charts+cases': { points: 0.3, charts: 0.36, cases: 0.34 },
  'points+charts': { points: 0.4, charts: 0.6 },
  'points+cases': { points: 0.58, cases: 0.42 },
  'charts+cases': { charts: 0.6, cases: 0.4 },
};

/** The same with more room for the cases (a case with many figures), tried when the first does not hold. */
const WIDE_CASES: typeof WEIGHTS = {
  'points+charts+cases': { points: 0.27, charts: 0.33, cases: 0.4 },
  'points+cases': { points: 0.5, cases: 0.5 },
  'charts+cases': { charts: 0.5, cases: 0.5 },
};

const CHART_TITLE = 0.45;

/** Cells for the charts: as many in a row as are as wide as each needs, the rows as high as each needs. */
function chartCells(area: Box, charts: ChartSpec[], force = false): Box[] | undefined {
  const k = charts.length;
  const mins = charts.map(chartMinimum);
  for (let cols = k; cols >= 1; cols--) {
    const rowCount = Math.ceil(k / cols);
    const w = (area.w - GAP * (cols - 1)) / cols;
    const h = (area.h - GAP * (rowCount - 1)) / rowCount;
    if ((force && cols === 1) || mins.every((m) => m.w <= w + 1e-6 && m.h + CHART_TITLE <= h + 1e-6)) {
      // One chart across a whole slide would stretch a few bars over 12 in: it keeps to about two thirds, centred.
      if (k === 1 && w > 9) {
        const narrow = Math.min(w, Math.max(mins[0]!.w, w * 0.68));
        return [box(area.x + (w - narrow) / 2, area.y, narrow, h)];
      }
      return charts.map((_, i) => box(area.x + (i % cols) * (w + GAP), area.y + Math.floor(i / cols) * (h + GAP), w, h));
    }
  }
  return undefined;
}

/** Draws a section page's content in `g`. */
export function drawSection(c: Composer, content: SectionContent, g: SectionGeometry): void {
  const { colors } = c.f;
  content.figures.forEach((f, i) => figureCard(c, `figure-${i}`, g.figures[i]!, f));
  if (g.points && content.points.length) c.text('points', g.points, content.points, { ...POINTS_STYLE, min: g.pointsMin ?? POINTS_STYLE.min, color: colors.text });
  content.charts.forEach((chart, i) => chartCell(c, i === 0 ? 'chart' : `chart-${i}`, g.charts[i]!, chart));
  if (g.casesHeading) c.text('cases-heading', g.casesHeading, c.words.cases, { max: 16, min: TEXT_FLOOR, bold: true, color: colors.text });
  caseColumn(c, content.cases, g.cases).forEach((b, i) => caseCard(c, `case-${i}`, b, content.cases[i]!));
}

/**
 * Cases stacked in one column share its height by what each needs (a case
 * with figures gets more), so that their titles can share one size; cases
 * in a grid keep their cells.
 */
function caseColumn(c: Composer, items: CaseCard[], cells: Box[]): Box[] {
  if (cells.length < 2 || cells.some((b) => b.x !== cells[0]!.x)) return cells;
  const gap = cells[1]!.y - (cells[0]!.y + cells[0]!.h);
  const top: number = cells[0]!.y;
  const room = cells[cells.length - 1]!.y + cells[cells.length - 1]!.h - top - gap * (cells.length - 1);
  const need = items.map((item) => caseNeed(c, cells[0]!.w, item, 16));
  const extra = room - need.reduce((a, b) => a + b, 0);
  if (extra < 0) return cells;
  let y = top;
  return need.map((n, i) => {
    const b = box(cells[i]!.x, y, cells[i]!.w, n + extra / cells.length);
    y += b.h + gap;
    return b;
  });
}
