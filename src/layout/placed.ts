// The placed deck: every element has a box in inches. Render only draws this.
import type { ChartSpec, Slide } from '../model/deck.js';
import type { Inches, Points } from '../util/units.js';

export interface Box {
  x: Inches;
  y: Inches;
  w: Inches;
  h: Inches;
}

export interface TextStyle {
  size: Points;
  color: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** Exact line pitch in points. */
  lineHeight: Points;
  /** Space after each paragraph, points. */
  paraSpace?: Points;
  bullet?: boolean;
}

export type Element =
  | { kind: 'text'; name: string; box: Box; paragraphs: string[]; style: TextStyle; measured: { lines: number; height: Inches } }
  | { kind: 'rect'; name: string; box: Box; fill: string; rounded?: boolean }
  | { kind: 'image'; name: string; box: Box; png: Uint8Array; alt: string }
  | { kind: 'chart'; name: string; box: Box; chart: ChartSpec };

export interface PlacedSlide {
  /** The page as laid out: its title (marked when it continues a slide), its share of the content, its number. */
  source: Slide;
  /** The number of the model slide this page shows (several pages when it continues). */
  of: number;
  background: string;
  /** The slide layout: cover (and closing), section (part dividers) or content; our logo lives in the layout, drawn once. */
  layout: 'cover' | 'content' | 'section';
  elements: Element[];
}

export interface Overflow {
  slide: number;
  element: string;
  neededIn: number;
  availableIn: number;
}

export interface PlacedDeck {
  widthIn: Inches;
  heightIn: Inches;
  slides: PlacedSlide[];
  overflows: Overflow[];
  /** Model slides whose text continues on follow-up slides ("（续）"). */
  continued: { slide: number; title: string; extra: number }[];
}
