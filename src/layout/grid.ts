// Geometry shared by the slide layouts: columns, grids of cards, the content
// area. Every position comes from the frame (slide size, margins, content
// top and bottom), so a layout holds on 16:9, 16:10 and 4:3 alike.
import type { Frame } from './composer.js';
import { box } from './fit.js';
import type { Box } from './placed.js';

/** The content area between the title rule and the footer. */
export const contentArea = (f: Frame): Box => (f.areas ? box(f.areas.content.x, f.areas.content.y, f.areas.content.w, f.areas.content.h) : box(f.mx, f.top, f.W - 2 * f.mx, f.bottom - f.top));

/** `area` cut into columns of the given weights, `gap` apart. */
export function columns(area: Box, weights: number[], gap: number): Box[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const room = area.w - gap * (weights.length - 1);
  let x: number = area.x;
  return weights.map((wt) => {
    const w = (room * wt) / total;
    const b = box(x, area.y, w, area.h);
    x += w + gap;
    return b;
  });
}

/** `area` cut into rows of the given heights (the last takes the rest when its height is undefined). */
export function rows(area: Box, heights: (number | undefined)[], gap: number): Box[] {
  let y: number = area.y;
  const fixed = heights.reduce<number>((a, h) => a + (h ?? 0), 0) + gap * (heights.length - 1);
  return heights.map((h) => {
    const height = h ?? area.h - fixed;
    const b = box(area.x, y, area.w, height);
    y += height + gap;
    return b;
  });
}

export interface GridOptions {
  /** Narrowest and lowest a cell may be, inches. */
  minW: number;
  minH: number;
  /** Cells are no taller than this; the grid is then shorter than the area. */
  maxH?: number;
  /** Cells are no wider than this; the grid is then centred. */
  maxW?: number;
  maxRows?: number;
  gap: number;
}

/**
 * `n` cells in as few rows as the width allows, the rows as even as they can
 * be (7 is 4 + 3), filled left to right; undefined when they cannot be as
 * large as `minW` x `minH`.
 */
export function grid(area: Box, n: number, o: GridOptions): Box[] | undefined {
  if (n === 0) return [];
  const maxCols = Math.max(1, Math.floor((area.w + o.gap) / (o.minW + o.gap)));
  const rowCount = Math.ceil(n / Math.min(n, maxCols));
  if (o.maxRows !== undefined && rowCount > o.maxRows) return undefined;
  const cols = Math.ceil(n / rowCount);
  const w = Math.min(o.maxW ?? Infinity, (area.w - o.gap * (cols - 1)) / cols);
  const h = Math.min(o.maxH ?? Infinity, (area.h - o.gap * (rowCount - 1)) / rowCount);
  if (w < o.minW - 1e-6 || h < o.minH - 1e-6) return undefined;
  const x0 = area.x + (area.w - (cols * w + (cols - 1) * o.gap)) / 2;
  return Array.from({ length: n }, (_, i) => box(x0 + (i % cols) * (w + o.gap), area.y + Math.floor(i / cols) * (h + o.gap), w, h));
}

/** The height a grid of `cells` takes. */
export const gridHeight = (cells: Box[]): number => (cells.length ? Math.max(...cells.map((b) => b.y + b.h)) - Math.min(...cells.map((b) => b.y)) : 0);
