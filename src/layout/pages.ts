// A slide of the model becomes one page or more. Each slide kind has a
// planner: it chooses, by count, among arrangements (one row, two rows, a
// grid, a list, a compact table), tries each with the texts at their floors,
// and continues on follow-up pages (titled with （续）, " (cont.)") when no
// arrangement holds everything.
import type { Block, Slide } from '../model/deck.js';
import type { Words } from '../model/words.js';
import { Composer, type Frame, type Unfitting } from './composer.js';
import type { Measurer } from './measure.js';
import type { Element } from './placed.js';
import { largest } from './fit.js';

export interface Env {
  f: Frame;
  m: Measurer;
  words: Words;
}

/** Draws a page's content (the chrome is drawn by the driver); `s` is the page's slide as numbered in the deck. */
export type Draw = (c: Composer, s: Slide) => void;
/** A page: the slide it shows (its title, its share of the content) and how its content is drawn. */
export interface Page {
  slide: Slide;
  draw: Draw;
}
/** Whether a page holds: every text fits at or above its floor, every box is on the slide. */
export type Fits = (page: Page) => boolean;
export type Planner = (s: Slide, env: Env, fits: Fits) => Page[];

export interface Composed {
  elements: Element[];
  unfitting: Unfitting[];
  problems: string[];
}

/** Lays a page out on a fresh composer: `chrome` (title, footer) first, then the content; `trial`: only whether it holds. */
export function compose(page: Page, env: Env, chrome: Draw | undefined, trial = false): Composed {
  const c = new Composer(env.m, env.f, page.slide.number, env.words, trial);
  chrome?.(c, page.slide);
  page.draw(c, page.slide);
  return c.finish();
}

/** The slide of page `index` (0: the slide itself) showing `blocks`. */
export function pageSlide(s: Slide, blocks: Block[], index: number, words: Words): Slide {
  if (index === 0) return { ...s, blocks };
  const title = `${s.title}${words.continued}`;
  return { ...s, title, blocks, notes: [title, ...blocks.flatMap(blockLines)].join('\n') };
}

/** A block's texts, one line each: the notes of a continued page. */
function blockLines(b: Block): string[] {
  switch (b.type) {
    case 'bullets':
      return b.items;
    case 'paragraph':
      return [b.text];
    case 'figures':
      return b.items.map((f) => `${f.value} ${f.label}`);
    case 'comparisons':
      return b.items.map((c) => `${c.label} ${c.to.value}`);
    case 'chart':
      return [b.chart.title];
    case 'cases':
      return b.items.map((c) => `${c.place} ${c.title}`);
    case 'timeline':
      return b.items.map((t) => `${t.label} ${t.text}`.trim());
    case 'list':
      return b.items.map((i) => [i.badge, i.heading, i.text].filter(Boolean).join(' '));
    case 'agenda':
      return b.items.map((i) => `${i.number} ${i.title}`);
  }
}

/** The first arrangement that holds, as a page; undefined when none does. */
export function firstFitting(slide: Slide, draws: Draw[], fits: Fits): Page | undefined {
  for (const draw of draws) {
    const page = { slide, draw };
    if (fits(page)) return page;
  }
  return undefined;
}

export interface ListPlan<T> {
  items: T[];
  /** The slide of page `index` showing `items`. */
  slide(items: T[], index: number): Slide;
  /** Arrangements for a page of these items, preferred first (chosen by their count). */
  arrangements(slide: Slide, items: T[], index: number): Draw[];
  /**
   * Items of unlike size (the sources' lead and notes before its readings):
   * fill each page rather than share them out evenly; the last page is given
   * such items from the page before as `fill` allows (readings, not notes).
   */
  fill?: (item: T) => boolean;
}

/**
 * One page when an arrangement holds every item; else as many pages as the
 * most items an arrangement holds requires, the items shared out evenly (or,
 * for items of unlike size, each page filled and the last two evened out).
 * A page that holds not even one item is returned as it is: the driver then
 * names the text that cannot fit.
 */
export function planList<T>(p: ListPlan<T>, fits: Fits): Page[] {
  const at = (items: T[], index: number) => {
    const slide = p.slide(items, index);
    return firstFitting(slide, p.arrangements(slide, items, index), fits);
  };
  const all = at(p.items, 0);
  if (all || p.items.length <= 1) return [all ?? failing(p, p.items, 0)];
  const sizes: number[] = [];
  let start = 0;
  while (start < p.items.length) {
    const rest = p.items.slice(start);
    const k = largest(rest.length, (n) => at(rest.slice(0, n), sizes.length) !== undefined);
    if (k === 0) return [...pagesOf(p, sizes, at), failing(p, rest.slice(0, 1), sizes.length)];
    sizes.push(k);
    start += k;
  }
  const holds = (sz: number[]) => pagesOf(p, sz, at).length === sz.length;
  return pagesOf(p, (p.fill ? evenTail(sizes, holds, (i) => p.fill!(p.items[i]!)) : even(sizes, holds)) ?? sizes, at);
}

/** The pages of the items cut into runs of `sizes`; a run no arrangement holds is left out (callers check the count). */
function pagesOf<T>(p: ListPlan<T>, sizes: number[], at: (items: T[], index: number) => Page | undefined): Page[] {
  let start = 0;
  return sizes.flatMap((n, i) => {
    const page = at(p.items.slice(start, start + n), i);
    start += n;
    return page ? [page] : [];
  });
}

/** The same number of pages with the items shared out evenly (13 and 12, not 16 and 9), when that holds. */
function even(sizes: number[], holds: (sizes: number[]) => boolean): number[] | undefined {
  if (sizes.length < 2) return undefined;
  const total = sizes.reduce((a, b) => a + b, 0);
  const shared = sizes.map((_, i) => Math.round(((i + 1) * total) / sizes.length) - Math.round((i * total) / sizes.length));
  return holds(shared) ? shared : undefined;
}

/** Pages filled in turn, the last given items from the one before until the two are about as full (not a page of one). */
function evenTail(sizes: number[], holds: (sizes: number[]) => boolean, movable: (index: number) => boolean): number[] | undefined {
  if (sizes.length < 2) return undefined;
  let best: number[] | undefined;
  const next = [...sizes];
  const n = next.length;
  const startOf = (i: number) => next.slice(0, i).reduce((a, b) => a + b, 0);
  // Movable items on page i (the readings, not the lead or notes before them).
  const count = (i: number) => Array.from({ length: next[i]! }, (_, k) => startOf(i) + k).filter(movable).length;
  while (count(n - 1) < count(n - 2) - 1 && movable(startOf(n - 1) - 1)) {
    next[n - 2]!--;
    next[n - 1]!++;
    if (!holds(next)) break;
    best = [...next];
  }
  return best;
}

function failing<T>(p: ListPlan<T>, items: T[], index: number): Page {
  const slide = p.slide(items, index);
  const draws = p.arrangements(slide, items, index);
  return { slide, draw: draws[draws.length - 1]! };
}
