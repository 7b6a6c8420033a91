// Choose the largest font size at which a text fits its box, measured.
import { inToPt, inches, points, ptToIn, type Inches } from '../util/units.js';
import type { Measurer } from './measure.js';
import type { Box, Element, TextStyle } from './placed.js';

export const LINE_FACTOR = 1.3;

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
}

/** Indent of a bullet paragraph, points per point of font size. */
export const BULLET_INDENT = 1.2;

export function measureText(m: Measurer, paragraphs: string[], widthIn: Inches, size: number, o: FitOptions): { lines: number; height: Inches } {
  const width = inToPt(widthIn) - (o.bullet ? size * BULLET_INDENT : 0);
  const lines = paragraphs.reduce((n, p) => n + m.wrap(p, width, size, o.bold).length, 0);
  const paraSpace = (o.paraSpace ?? 0) * size * Math.max(0, paragraphs.length - 1);
  return { lines, height: ptToIn(points(lines * size * LINE_FACTOR + paraSpace)) };
}

/** A text element at the largest size from max down to min (half points) that fits. */
export function fitText(m: Measurer, name: string, box: Box, text: string | string[], o: FitOptions): Element & { kind: 'text'; overflow: boolean } {
  const paragraphs = Array.isArray(text) ? text : [text];
  let size = o.max;
  let measured = measureText(m, paragraphs, box.w, size, o);
  while (measured.height > box.h && size > o.min) {
    size = Math.max(o.min, size - 0.5);
    measured = measureText(m, paragraphs, box.w, size, o);
  }
  const lines = o.balance && paragraphs.length === 1 && measured.lines > 1 ? balancedLines(m, paragraphs[0]!, box.w, size, measured.lines, o) : undefined;
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
  return { kind: 'text', name, box, paragraphs: lines ? [lines.join(LINE_BREAK)] : paragraphs, style, measured, overflow: measured.height > box.h + 1e-6 };
}

/** The narrowest wrap that still needs only `count` lines: lines of even length. */
function balancedLines(m: Measurer, text: string, widthIn: Inches, size: number, count: number, o: FitOptions): string[] {
  const full: number = inToPt(widthIn);
  let lo = full / count;
  let hi = full;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (m.wrap(text, mid, size, o.bold).length <= count) hi = mid;
    else lo = mid;
  }
  return m.wrap(text, hi, size, o.bold);
}

export const box = (x: number, y: number, w: number, h: number): Box => ({ x: inches(x), y: inches(y), w: inches(w), h: inches(h) });
