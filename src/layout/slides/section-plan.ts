// How a section's content is shared out over pages. The first page holds as
// much as an arrangement holds with every text at its floor: all the charts
// and cases when they fit, else fewer of them (charts before cases), and the
// points that fit beside them; what is left continues on pages titled （续）,
// laid out by the same rules.
import { inToPt } from '../../util/units.js';
import { BULLET_INDENT, largest, LINE_FACTOR, measureText } from '../fit.js';
import type { Measurer } from '../measure.js';
import { splitAfterLines } from '../line-break.js';
import { pageSlide, type Env, type Fits, type Page, type Planner } from '../pages.js';
import type { Box } from '../placed.js';
import { contentArea } from '../grid.js';
import type { Frame } from '../composer.js';
import { FIGURE_CARD_MIN } from './cards.js';
import { bandGeometry, drawSection, POINTS_STYLE, sectionBlocks, sectionContent, sideGeometry, type SectionContent, type SectionGeometry } from './section.js';

/**
 * Charts and cases a page keeps, fullest first: as many charts as possible
 * (they are the area's evidence), then as many cases (its examples); a
 * count a section does not reach is skipped. Last, the points alone.
 */
const CAPS: { charts: number; cases: number; figures?: 0 }[] = [
  ...[Infinity, 2, 1, 0].flatMap((charts) => [Infinity, 2, 1, 0].map((cases) => ({ charts, cases }))),
  { charts: 0, cases: 0, figures: 0 },
];

/** The arrangements of a section page, preferred first. */
const GEOMETRIES = [
  sideGeometry,
  bandGeometry,
  // Key figures with long labels: taller cards above the columns.
  (f: Frame, c: SectionContent) => (c.figures.length ? bandGeometry(f, c, false, undefined, true) : undefined),
  (f: Frame, c: SectionContent) => (c.cases.length ? bandGeometry(f, c, false, 'cases') : undefined),
];

const isEmpty = (c: SectionContent) => !c.figures.length && !c.points.length && !c.charts.length && !c.cases.length;

export const planSection: Planner = (s, env, fits) => {
  const pages: Page[] = [];
  let rest = sectionContent(s);
  if (isEmpty(rest)) return [{ slide: s, draw: () => undefined }];
  while (!isEmpty(rest)) {
    const next = pageOf(s, rest, pages.length, env, fits);
    pages.push(next.page);
    if (!next.rest) break;
    rest = next.rest;
  }
  return pages;
};

/** The fullest page that holds, and what is left; no `rest` when nothing holds (the page is then the smallest tried). */
function pageOf(s: Parameters<Planner>[0], rest: SectionContent, index: number, env: Env, fits: Fits): { page: Page; rest?: SectionContent } {
  const area = contentArea(env.f);
  const perRow = Math.max(1, Math.floor((area.w + 0.3) / (FIGURE_CARD_MIN.w + 0.3)));
  let last: Page | undefined;
  const tried = new Set<string>();
  const textOf = (list: string[]) => list.reduce((n, p) => n + p.length, 0);
  // A page that leaves a little of the points behind would make a nearly empty continuation: a page that
  // keeps all the points (its charts or cases continuing instead) is taken over it.
  let leavingPoints: ReturnType<typeof attempt>;
  for (const cap of CAPS) {
    const alone = !rest.points.length && !Math.min(cap.charts, rest.charts.length) && !Math.min(cap.cases, rest.cases.length);
    const take: SectionContent = {
      figures: cap.figures === 0 ? [] : rest.figures.slice(0, perRow * (alone ? 4 : 2)),
      points: rest.points,
      charts: rest.charts.slice(0, cap.charts),
      cases: rest.cases.slice(0, cap.cases),
    };
    const key = [take.figures.length, take.points.length, take.charts.length, take.cases.length].join();
    if (isEmpty(take) || tried.has(key)) continue;
    tried.add(key);
    for (const geometry of GEOMETRIES) {
      const page = attempt(take, geometry);
      if (!page) continue;
      const left = textOf(page.rest.points);
      // The figures stay with the points: a page without them does not replace one that has them.
      if (leavingPoints && page.rest.figures.length > leavingPoints.rest.figures.length) return leavingPoints;
      if (left === 0) return page;
      if (left > textOf(rest.points) / 3) return leavingPoints ?? page;
      leavingPoints ??= page;
      break;
    }
  }
  if (leavingPoints) return leavingPoints;
  // Nothing mixed holds: as many figures, charts or cases as a page of their own holds.
  for (const kind of ['figures', 'charts', 'cases'] as const) {
    const list = rest[kind];
    if (!list.length) continue;
    const only = (n: number): SectionContent => ({ figures: [], points: [], charts: [], cases: [], [kind]: list.slice(0, n) });
    const n = largest(Math.min(list.length, kind === 'figures' ? perRow * 4 : 8), (k) => attempt(only(k), bandGeometry) !== undefined);
    if (n > 0) return attempt(only(n), bandGeometry)!;
    // Not one fits: the page of one, for the driver to name what does not fit.
    return { page: page(only(1), bandGeometry(env.f, only(1), true)!) };
  }
  return { page: last ?? page(rest, bandGeometry(env.f, rest, true) ?? { figures: [], charts: [], cases: [] }) };

  function page(content: SectionContent, g: SectionGeometry): Page {
    return { slide: pageSlide(s, sectionBlocks(content), index, env.words), draw: (c) => drawSection(c, content, g) };
  }

  /** The page of `take` in geometry `geometry`, with the points that fit, when it holds; and what it leaves. */
  function attempt(take: SectionContent, geometry: (f: Frame, c: SectionContent) => SectionGeometry | undefined): { page: Page; rest: SectionContent } | undefined {
    const g = geometry(env.f, take);
    if (!g) return undefined;
    const [shown, left] = take.points.length && g.points ? pointsThatFit(env.m, take.points, g.points, g.pointsMin) : [[], take.points];
    if (take.points.length && !shown.length) return undefined;
    const p = page({ ...take, points: shown }, g);
    last = p;
    if (!fits(p)) return undefined;
    return {
      page: p,
      rest: {
        figures: rest.figures.slice(take.figures.length),
        points: take.points.length ? left : rest.points,
        charts: rest.charts.slice(take.charts.length),
        cases: rest.cases.slice(take.cases.length),
      },
    };
  }
}

/** The points that fit `b` at their floor `min`, and the rest; a point too long for the box is cut after the lines that fit. */
export function pointsThatFit(m: Measurer, items: string[], b: Box, min: number = POINTS_STYLE.min): [string[], string[]] {
  const o = { ...POINTS_STYLE, min, color: '' };
  const fits = (list: string[]) => measureText(m, list, b.w, min, o).height <= b.h + 1e-6;
  let n = 0;
  while (n < items.length && fits(items.slice(0, n + 1))) n++;
  if (n === items.length) return [items, []];
  // Whole points when one or more fit; a point too long for the box alone is cut after the lines that fit.
  if (n > 0) return [items.slice(0, n), items.slice(n)];
  const room = Math.floor(inToPt(b.h) / (min * LINE_FACTOR) + 1e-6);
  const next = items[0]!;
  const lines = m.wrap(next, inToPt(b.w) - min * BULLET_INDENT, min);
  if (room < 1 || lines.length < 2) return [[], items];
  const [head, tail] = splitAfterLines(next, lines, Math.min(room, lines.length - 1));
  return [[head], [tail, ...items.slice(1)]];
}
