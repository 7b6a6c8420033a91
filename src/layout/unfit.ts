// A text that cannot fit its slide even with continuation (a case title of
// 2,000 characters): the build stops, naming the field of the data it came
// from and the length that would fit.
import type { PathSegment } from '../load/yaml-file.js';

export class Unfit extends Error {
  constructor(
    /** The model slide, numbered as in the model, and its title. */
    readonly slide: number,
    readonly title: string,
    /** The element (text) that does not fit, and its text. */
    readonly element: string,
    readonly text: string,
    /** How many characters of `text` fit at the smallest size. */
    readonly fits: number,
    /** A chart that cannot be drawn large enough: its id. */
    readonly chart?: string,
  ) {
    super(`slide ${slide} (${title}): "${element}" does not fit even on a slide of its own`);
    this.name = 'Unfit';
  }
}

/** Fields never shown as they are on a slide (quotes go to the notes; ids and units are not texts). */
const NOT_SHOWN = new Set(['quote', 'id', 'unit', 'kind', 'date']);

export interface Located {
  path: PathSegment[];
  /** The field's own length, and how many of its characters would fit. */
  length: number;
  fits: number;
}

/**
 * The field of `data` a slide text was made of: the longest text of the data
 * that the slide text contains (a slide text is a field, or a field with
 * words of the layout around it: a title and its subtitle, a label and its
 * year). Quotes are not shown on slides and are not searched.
 */
export function locateText(data: unknown, u: Unfit): Located | undefined {
  if (u.chart !== undefined) {
    const charts = (data as { charts?: { id: string }[] }).charts ?? [];
    const at = charts.findIndex((c) => c.id === u.chart);
    return at < 0 ? undefined : { path: ['charts', at, 'categories'], length: 0, fits: 0 };
  }
  let best: { path: PathSegment[]; text: string } | undefined;
  const walk = (v: unknown, path: PathSegment[]) => {
    if (typeof v === 'string') {
      if (v.length >= 2 && v.length > (best?.text.length ?? 0) && u.text.includes(v)) best = { path, text: v };
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!NOT_SHOWN.has(k)) walk(x, [...path, k]);
  };
  walk(data, []);
  if (!best) return undefined;
  const length = [...best.text].length;
  // What the layout added around the field takes its share of the room.
  const around = [...u.text].length - length;
  return { path: best.path, length, fits: Math.max(0, u.fits - around) };
}
