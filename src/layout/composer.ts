// Collects the placed elements of one slide and records what does not hold:
// a text that does not fit at its floor, a box of no size or outside the
// slide, a chart smaller than it can be read. Arrangements are tried on a
// composer and kept only when nothing is recorded.
import type { ChartSpec } from '../model/deck.js';
import { WORDS, type Words } from '../model/words.js';
import { Areas, type Template } from '../schema/template.js';
import { chartMinimum } from './chart-size.js';
import { fitText, fittingLength, type FitOptions, type FittedText } from './fit.js';
import type { Measurer } from './measure.js';
import type { Box, Element } from './placed.js';

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
  /** An organisation's layouts: where their placeholders and content area are (the master draws the rest). */
  areas?: Areas;
}

export function frameOf(t: Template): Frame {
  const W = t.slide.width_in;
  const H = t.slide.height_in;
  const areas = t.master ? Areas.safeParse(t.areas).data : undefined;
  if (areas) {
    const c = areas.content;
    // Content is laid out in the layout's content area; the margins are its edges.
    return { W, H, mx: c.x, top: c.y, bottom: c.y + c.h, colors: t.colors, areas };
  }
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

/** A text that does not fit its box at its smallest size. */
export interface Unfitting {
  element: string;
  /** The text as given (paragraphs joined by newlines). */
  text: string;
  neededIn: number;
  availableIn: number;
  /** How many characters of the text would fit the box at the smallest size. */
  fits: () => number;
}

const EPS = 1e-6;

export class Composer {
  private readonly elements: (Element | FittedText)[] = [];
  private readonly options = new Map<number, { text: string[]; o: FitOptions }>();
  /** Boxes of no size, outside the slide, charts too small to read: the arrangement does not hold. */
  readonly problems: string[] = [];
  constructor(
    readonly m: Measurer,
    readonly f: Frame,
    readonly slide: number,
    /** The words the layout itself writes (headings, joins), in the deck's language. */
    readonly words: Words = WORDS.zh,
    /**
     * A trial of an arrangement: whether each text fits at its floor is all
     * that is asked (one measurement a text, not a search for its size).
     */
    readonly trial = false,
  ) {}

  text(name: string, b: Box, text: string | string[], o: FitOptions): void {
    const paragraphs = (Array.isArray(text) ? text : [text]).filter((p) => p.length > 0);
    if (paragraphs.length === 0) return;
    this.check(name, b);
    this.options.set(this.elements.length, { text: paragraphs, o });
    this.elements.push(fitText(this.m, name, b, paragraphs, this.trial ? { ...o, max: o.min, balance: false } : o));
  }

  rect(name: string, b: Box, fill: string, rounded = false): void {
    this.check(name, b);
    this.elements.push({ kind: 'rect', name, box: b, fill, rounded });
  }

  chart(name: string, b: Box, chart: ChartSpec): void {
    this.check(name, b);
    const min = chartMinimum(chart);
    if (b.w < min.w - EPS || b.h < min.h - EPS) this.problems.push(`chart ${chart.id} (${name}): ${b.w.toFixed(2)} x ${b.h.toFixed(2)} in, smaller than ${min.w.toFixed(2)} x ${min.h.toFixed(2)} in`);
    this.elements.push({ kind: 'chart', name, box: b, chart });
  }

  private check(name: string, b: Box): void {
    const { W, H } = this.f;
    if (!(b.w > EPS && b.h > EPS)) this.problems.push(`${name}: a box of no size (${b.w.toFixed(3)} x ${b.h.toFixed(3)} in)`);
    else if (b.x < -EPS || b.y < -EPS || b.x + b.w > W + EPS || b.y + b.h > H + EPS) this.problems.push(`${name}: outside the slide`);
  }

  /** Give each group its common size, then list what does not fit. */
  finish(): { elements: Element[]; unfitting: Unfitting[]; problems: string[] } {
    const groups = new Map<string, number[]>();
    if (!this.trial) for (const [index, { o }] of this.options) if (o.group) groups.set(o.group, [...(groups.get(o.group) ?? []), index]);
    for (const members of groups.values()) {
      const size = Math.min(...members.map((i) => (this.elements[i] as FittedText).style.size));
      for (const i of members) {
        const e = this.elements[i] as FittedText;
        if (e.style.size === size) continue;
        const { text, o } = this.options.get(i)!;
        this.elements[i] = fitText(this.m, e.name, e.box, text, { ...o, max: size });
      }
    }
    const unfitting: Unfitting[] = [];
    const elements = this.elements.map((e, i) => {
      if (e.kind !== 'text') return e;
      const { overflow, ...element } = e as FittedText;
      if (overflow) {
        const { text, o } = this.options.get(i)!;
        const joined = text.join('\n');
        unfitting.push({ element: e.name, text: joined, neededIn: e.measured.height, availableIn: e.box.h, fits: () => fittingLength(this.m, joined, e.box, o) });
      }
      return element;
    });
    return { elements, unfitting, problems: this.problems };
  }
}
