// Collects the placed elements of one slide and records any text that does
// not fit at its smallest allowed size.
import type { ChartSpec } from '../model/deck.js';
import type { Template } from '../schema/template.js';
import { fitText, type FitOptions } from './fit.js';
import type { Measurer } from './measure.js';
import type { Box, Element, Overflow } from './placed.js';

export interface Frame {
  W: number;
  H: number;
  /** Left and right margin, inches. */
  mx: number;
  /** Top of the content area below the title. */
  top: number;
  /** Bottom of the content area above the footer. */
  bottom: number;
  colors: Template['colors'];
  logo?: { w: number; h: number };
}

export function frameOf(t: Template): Frame {
  const W = t.slide.width_in;
  const H = t.slide.height_in;
  return {
    W,
    H,
    mx: 0.6,
    top: 1.55,
    bottom: H - 0.65,
    colors: t.colors,
    logo: t.logo ? { w: t.logo.width_in, h: t.logo.height_in } : undefined,
  };
}

export class Composer {
  readonly elements: Element[] = [];
  readonly overflows: Overflow[] = [];
  constructor(
    readonly m: Measurer,
    readonly f: Frame,
    readonly slide: number,
  ) {}

  text(name: string, b: Box, text: string | string[], o: FitOptions): Element & { kind: 'text' } {
    const e = fitText(this.m, name, b, text, o);
    if (e.overflow) this.overflows.push({ slide: this.slide, element: name, neededIn: e.measured.height, availableIn: b.h });
    const { overflow: _, ...element } = e;
    this.elements.push(element);
    return element;
  }

  rect(name: string, b: Box, fill: string, rounded = false): void {
    this.elements.push({ kind: 'rect', name, box: b, fill, rounded });
  }

  chart(name: string, b: Box, chart: ChartSpec): void {
    this.elements.push({ kind: 'chart', name, box: b, chart });
  }
}
