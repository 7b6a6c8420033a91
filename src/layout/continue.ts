// Text that cannot fit at the floor size continues on follow-up slides with
// the same title and "（续）" (" (cont.)" in English). Measured, like everything in layout.
import type { Block, Deck, Slide } from '../model/deck.js';
import type { Frame } from './composer.js';
import { BULLET_INDENT, LINE_FACTOR, measureText } from './fit.js';
import { inToPt } from '../util/units.js';
import type { Measurer } from './measure.js';
import { POINTS_STYLE, pointsBox } from './slides/section.js';
import { splitAfterLines } from './line-break.js';
import { WORDS, wordsForTag } from '../model/words.js';

/** The mark of a continued Chinese slide; words.ts has each language's. */
export const CONTINUED = WORDS.zh.continued;
/** More pages than this for one slide is a runaway text: the rest is reported as overflowing. */
const MAX_PAGES = 30;

export interface Paginated {
  slides: Slide[];
  /** Slides (numbered as in the model) that continue, and on how many more slides. */
  continued: { slide: number; title: string; extra: number }[];
}

export function paginate(deck: Deck, f: Frame, m: Measurer): Paginated {
  const pages: Slide[] = [];
  const continued: Paginated['continued'] = [];
  for (const s of deck.slides) {
    const split = s.kind === 'measure' ? splitPoints(s, f, m, wordsForTag(deck.lang).continued) : [s];
    if (split.length > 1) continued.push({ slide: s.number, title: s.title, extra: split.length - 1 });
    pages.push(...split);
  }
  // Numbers and page footers follow the pages as laid out.
  const slides = pages.map((p, i) => ({ ...p, number: i + 1, footer: { ...p.footer, page: `${i + 1} / ${pages.length}` } }));
  return { slides, continued };
}

/** The bullets of a measure slide, cut into as many slides as they need at 14 pt. */
function splitPoints(s: Slide, f: Frame, m: Measurer, continued: string): Slide[] {
  const bullets = s.blocks.find((b): b is Extract<Block, { type: 'bullets' }> => b.type === 'bullets');
  if (!bullets) return [s];
  const others = s.blocks.filter((b) => b !== bullets);
  const fits = (items: string[], first: boolean) => {
    const b = pointsBox(f, first && others.some((o) => o.type === 'figures'));
    return measureText(m, items, b.w, POINTS_STYLE.min, { ...POINTS_STYLE, color: '' }).height <= b.h;
  };
  if (fits(bullets.items, true)) return [s];

  const chunks: string[][] = [];
  let rest = [...bullets.items];
  while (rest.length && chunks.length < MAX_PAGES) {
    const first = chunks.length === 0;
    let n = 0;
    while (n < rest.length && fits(rest.slice(0, n + 1), first)) n++;
    if (n > 0) {
      chunks.push(rest.slice(0, n));
      rest = rest.slice(n);
      continue;
    }
    // One point alone is too long: cut it after the lines that fit.
    const b = pointsBox(f, first && others.some((o) => o.type === 'figures'));
    const lines = m.wrap(rest[0]!, inToPt(b.w) - POINTS_STYLE.min * BULLET_INDENT, POINTS_STYLE.min);
    const room = Math.max(1, Math.floor(inToPt(b.h) / (POINTS_STYLE.min * LINE_FACTOR)));
    // Cut the text itself, not rejoined lines: English keeps the space between the two halves' words.
    const [head, tail] = splitAfterLines(rest[0]!, lines, room);
    chunks.push([head]);
    rest = [tail, ...rest.slice(1)];
  }
  if (rest.length) chunks[chunks.length - 1]!.push(...rest);
  return chunks.map((items, i) => ({
    ...s,
    title: i === 0 ? s.title : `${s.title}${continued}`,
    blocks: i === 0 ? s.blocks.map((b) => (b === bullets ? { ...bullets, items } : b)) : [{ type: 'bullets', items }],
    notes: i === 0 ? s.notes : `${s.title}${continued}\n${items.join('\n')}`,
  }));
}
