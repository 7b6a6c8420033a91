// Choose the largest font size at which a text fits its box, measured, and
// write the lines as measured: every line break is the layout's, so a viewer
// shows the lines that were measured (and breaks Chinese between words).
import { inToPt, inches, points, ptToIn, type Inches } from '../util/units.js';
import type { Measurer } from './measure.js';
import type { Box, Element, TextStyle } from './placed.js';

export const LINE_FACTOR = 1.3;

/** No text is set smaller than this, but the footer's. */
export const TEXT_FLOOR = 12;
/** The footer (source, page number) may go down to this. */
export const FOOTER_FLOOR = 8;

/** A line break inside a paragraph (U+2028), written as <a:br/>. */
export const LINE_BREAK = '\u2028';

export interface FitOptions {
  max: number;
  min: number;
  color: string;
  bold?: boolean;
  align?: TextStyle['align'];
  valign?: TextStyle['valign'];
  bullet?: boolean;
  /** Space after paragraphs as a fraction of the font size. */
  paraSpace?: number;
  /**
   * Break a short text into lines of even length (a title, a caption) rather
   * than filling the first lines and leaving a stub on the last.
   */
  balance?: boolean;
  /** Texts of one group (the rows of a list, say) share one size: the smallest that fits all. */
  group?: string;
  /** The footer's texts: allowed below the text floor. */
  footer?: boolean;
  /**
   * A summary the layout composed (an agenda item's list of sections): cut
   * with … where it does not fit at the floor, rather than fail. Never for
   * a text of the data shown as it is.
   */
  elide?: boolean;
}

/** Indent of a bullet paragraph, points per point of font size. */
export const BULLET_INDENT = 1.2;

export type FittedText = Element & { kind: 'text'; overflow: boolean };

const lineWidth = (widthIn: Inches, size: number, o: Partial<FitOptions>) => inToPt(widthIn) - (o.bullet ? size * BULLET_INDENT : 0);

export function measureText(m: Measurer, paragraphs: string[], widthIn: Inches, size: number, o: Partial<FitOptions>): { lines: number; height: Inches } {
  const width = lineWidth(widthIn, size, o);
  const lines = paragraphs.reduce((n, p) => n + m.wrap(p, width, size, o.bold).length, 0);
  return { lines, height: heightOf(lines, paragraphs.length, size, o) };
}

const heightOf = (lines: number, paragraphs: number, size: number, o: Partial<FitOptions>): Inches =>
  ptToIn(points(lines * size * LINE_FACTOR + (o.paraSpace ?? 0) * size * Math.max(0, paragraphs - 1)));

/** The smallest size a text may take: its own floor, never under the text floor but for the footer. */
const floorOf = (o: FitOptions) => (o.footer ? o.min : Math.max(o.min, TEXT_FLOOR));

/** A text element at the largest size from max down to min (half points) that fits. */
export function fitText(m: Measurer, name: string, box: Box, text: string | string[], o: FitOptions): FittedText {
  let paragraphs = (Array.isArray(text) ? text : [text]).filter((p) => p.length > 0);
  if (o.elide && measureText(m, paragraphs, box.w, floorOf(o), o).height > box.h) {
    const whole = [...paragraphs.join(' ')];
    const cut = (k: number) => `${whole.slice(0, k).join('').trimEnd()}…`;
    paragraphs = [cut(largest(whole.length, (k) => measureText(m, [cut(k)], box.w, floorOf(o), o).height <= box.h + 1e-6))];
  }
  const min = floorOf(o);
  const max = Math.max(o.max, min);
  // The largest size, in half points, at which the text fits (a text set larger needs no fewer lines).
  const steps = Math.round((max - min) * 2);
  const at = (k: number) => max - k / 2;
  const fitsAt = (k: number) => measureText(m, paragraphs, box.w, at(k), o).height <= box.h;
  const k = fitsAt(0) ? 0 : steps - largest(steps, (j) => fitsAt(steps - j));
  const size = at(Math.min(steps, k));
  const measured = measureText(m, paragraphs, box.w, size, o);
  const width = lineWidth(box.w, size, o);
  const lines =
    o.balance && paragraphs.length === 1 && measured.lines > 1
      ? [balancedLines(m, paragraphs[0]!, width, size, measured.lines, o)]
      : paragraphs.map((p) => m.wrap(p, width, size, o.bold));
  const style: TextStyle = {
    size: points(size),
    color: o.color,
    bold: o.bold,
    align: o.align,
    valign: o.valign,
    lineHeight: points(size * LINE_FACTOR),
    paraSpace: o.paraSpace ? points(o.paraSpace * size) : undefined,
    bullet: o.bullet,
  };
  const written = paragraphs.map((p, i) => joinLines(p, lines[i]!));
  return { kind: 'text', name, box, paragraphs: written, style, measured, overflow: measured.height > box.h + 1e-6 };
}

/**
 * The lines of a paragraph as one string with soft breaks. A line that ended
 * at a space (English) keeps it, so that words do not run together when the
 * text is edited and flows again.
 */
function joinLines(text: string, lines: string[]): string {
  let at = 0;
  return lines
    .map((line, i) => {
      const found = text.indexOf(line, at);
      if (found < 0) return line;
      at = found + line.length;
      return i < lines.length - 1 && /\s/.test(text[at] ?? '') ? `${line} ` : line;
    })
    .join(LINE_BREAK);
}

/** The narrowest wrap that still needs only `count` lines: lines of even length. */
function balancedLines(m: Measurer, text: string, full: number, size: number, count: number, o: FitOptions): string[] {
  let lo = full / count;
  let hi = full;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (m.wrap(text, mid, size, o.bold).length <= count) hi = mid;
    else lo = mid;
  }
  return m.wrap(text, hi, size, o.bold);
}

/**
 * How many characters of `text` fit `box` at the floor size: the length to
 * name when a text cannot fit anywhere.
 */
export function fittingLength(m: Measurer, text: string, box: Box, o: FitOptions): number {
  const chars = [...text];
  return largest(chars.length, (n) => measureText(m, [chars.slice(0, n).join('')], box.w, floorOf(o), o).height <= box.h + 1e-6);
}

/** The largest n in 0..max for which `fits` holds (it holds up to some n and not after). */
export function largest(max: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text of a written paragraph without the layout's line breaks (for reading it back). */
export const unbroken = (p: string): string => p.replaceAll(` ${LINE_BREAK}`, ' ').replaceAll(LINE_BREAK, '');

export const box = (x: number, y: number, w: number, h: number): Box => ({ x: inches(x), y: inches(y), w: inches(w), h: inches(h) });
