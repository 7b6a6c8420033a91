// Collects the placed elements of one slide and records any text that does
// not fit at its smallest allowed size.
import type { ChartSpec } from '../model/deck.js';
import { WORDS, type Words } from '../model/words.js';
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
  private readonly elements: (Element | (Element & { kind: 'text'; overflow: boolean }))[] = [];
  readonly overflows: Overflow[] = [];
  private readonly groups = new Map<string, { index: number; text: string[]; o: FitOptions }[]>();
  constructor(
    readonly m: Measurer,
    readonly f: Frame,
    readonly slide: number,
    /** The words the layout itself writes (headings, joins), in the deck's language. */
    readonly words: Words = WORDS.zh,
  ) {}

  text(name: string, b: Box, text: string | string[], o: FitOptions): void {
    const paragraphs = Array.isArray(text) ? text : [text];
    if (o.group) {
      const members = this.groups.get(o.group) ?? [];
      members.push({ index: this.elements.length, text: paragraphs, o });
      this.groups.set(o.group, members);
    }
    this.elements.push(fitText(this.m, name, b, paragraphs, o));
  }

  /** Give each group its common size, then record what does not fit. */
  finish(): { elements: Element[]; overflows: Overflow[] } {
    for (const members of this.groups.values()) {
      const size = Math.min(...members.map((m) => (this.elements[m.index] as Element & { kind: 'text' }).style.size));
      for (const m of members) {
        const e = this.elements[m.index] as Element & { kind: 'text' };
        this.elements[m.index] = fitText(this.m, e.name, e.box, m.text, { ...m.o, max: size });
      }
    }
    const elements = this.elements.map((e) => {
      if (e.kind !== 'text') return e;
      const { overflow, ...element } = e as Element & { kind: 'text'; overflow?: boolean };
      if (overflow) this.overflows.push({ slide: this.slide, element: e.name, neededIn: e.measured.height, availableIn: e.box.h });
      return element;
    });
    return { elements, overflows: this.overflows };
  }

  rect(name: string, b: Box, fill: string, rounded = false): void {
    this.elements.push({ kind: 'rect', name, box: b, fill, rounded });
  }

  chart(name: string, b: Box, chart: ChartSpec): void {
    this.elements.push({ kind: 'chart', name, box: b, chart });
  }
}
