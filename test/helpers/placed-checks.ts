// What every laid-out deck must hold, checked on the placed model: no two
// text boxes overlap, every box is on the slide and has a size, no text is
// under its floor, every text fits its box as measured, no chart lies over a
// text, every chart of the model is placed, and nothing of the model is lost
// on the way to its pages.
import { FOOTER_FLOOR, TEXT_FLOOR } from '../../src/layout/fit.js';
import type { Box, Element, PlacedDeck } from '../../src/layout/placed.js';
import type { Block, Deck } from '../../src/model/deck.js';

const EPS = 1e-6;

export const overlap = (a: Box, b: Box): number => {
  const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return x > EPS && y > EPS ? x * y : 0;
};

type Text = Extract<Element, { kind: 'text' }>;
const FOOTER = new Set(['footer', 'page']);

/** Every violation found, one line each; an empty list is a deck that holds. */
export function placedProblems(deck: Deck, placed: PlacedDeck): string[] {
  const problems: string[] = [];
  const { widthIn: W, heightIn: H } = placed;
  for (const s of placed.slides) {
    const at = `slide ${s.source.number} (${s.source.kind})`;
    const texts = s.elements.filter((e): e is Text => e.kind === 'text');
    for (const e of s.elements) {
      const b = e.box;
      if (!(b.w > EPS && b.h > EPS)) problems.push(`${at} ${e.name}: a box of no size`);
      if (b.x < -EPS || b.y < -EPS || b.x + b.w > W + EPS || b.y + b.h > H + EPS) problems.push(`${at} ${e.name}: outside the slide`);
    }
    for (const t of texts) {
      const floor = FOOTER.has(t.name) ? FOOTER_FLOOR : TEXT_FLOOR;
      if (t.style.size < floor) problems.push(`${at} ${t.name}: ${t.style.size} pt, under ${floor}`);
      if (t.measured.height > t.box.h + EPS) problems.push(`${at} ${t.name}: needs ${t.measured.height.toFixed(2)} in, has ${t.box.h.toFixed(2)}`);
    }
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        if (overlap(a.box, b.box) > 0) problems.push(`${at}: texts ${a.name} and ${b.name} overlap`);
      }),
    );
    for (const c of s.elements.filter((e) => e.kind === 'chart')) {
      for (const t of texts) if (overlap(c.box, t.box) > 0) problems.push(`${at}: chart ${c.name} lies over ${t.name}`);
    }
    const names = s.elements.map((e) => e.name);
    if (new Set(names).size !== names.length) problems.push(`${at}: element names repeat`);
  }
  const modelCharts = deck.slides.flatMap((s) => s.blocks.flatMap(chartIds)).sort();
  const placedCharts = placed.slides.flatMap((s) => s.elements.flatMap((e) => (e.kind === 'chart' ? [e.chart.id] : []))).sort();
  if (modelCharts.join() !== placedCharts.join()) problems.push(`charts of the model ${modelCharts.join(' ')}; placed ${placedCharts.join(' ')}`);
  // Each model slide's content, over its pages, in order; points may be cut between two pages.
  for (const s of deck.slides) {
    const pages = placed.slides.filter((p) => p.of === s.number);
    if (!pages.length) problems.push(`slide ${s.number} (${s.kind}): not placed`);
    const shown = pages.flatMap((p) => contentOf(p.source.blocks));
    if (shown.join('\n') !== contentOf(s.blocks).join('\n') && shown.slice().sort().join('\n') !== contentOf(s.blocks).slice().sort().join('\n')) {
      problems.push(`slide ${s.number} (${s.kind}): its content is not what its pages show`);
    }
    const points = (slides: { blocks: Block[] }[]) => slides.flatMap((x) => x.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : []))).join('');
    if (points(pages.map((p) => p.source)) !== points([s])) problems.push(`slide ${s.number} (${s.kind}): points lost or changed on its pages`);
  }
  return problems;
}

const chartIds = (b: Block): string[] => (b.type === 'chart' ? [b.chart.id] : b.type === 'comparisons' ? b.items.flatMap((c) => (c.chart ? [c.chart.id] : [])) : []);

/** A slide's items as strings (points apart: they may be cut between pages). */
function contentOf(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'bullets':
        return [];
      case 'figures':
        return b.items.map((f) => `figure ${f.value} ${f.label}`);
      case 'comparisons':
        return b.items.map((c) => `comparison ${c.label}`);
      case 'chart':
        return [`chart ${b.chart.id}`];
      case 'cases':
        return b.items.map((c) => `case ${c.place} ${c.title}`);
      case 'timeline':
        return b.items.map((t) => `milestone ${t.label} ${t.text}`);
      case 'list':
        return b.items.map((i) => `item ${i.badge} ${i.heading} ${i.text}`);
      case 'agenda':
        return b.items.map((i) => `agenda ${i.number}`);
      case 'paragraph':
        return [];
    }
  });
}
