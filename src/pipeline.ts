// The pipeline, top to bottom: load -> validate -> model -> layout -> render.
// Returns bytes and what it found; writing is the command's business.
import { createMeasurer } from './layout/measure.js';
import { layoutDeck } from './layout/layout-deck.js';
import type { Overflow, PlacedDeck } from './layout/placed.js';
import { buildDeck } from './model/build-deck.js';
import type { Deck } from './model/deck.js';
import type { BriefingData } from './schema/data.js';
import type { LoadedTemplate } from './template/load.js';

export interface Laid {
  deck: Deck;
  placed: PlacedDeck;
  overflows: Overflow[];
}

export function modelAndLayout(data: BriefingData, template: LoadedTemplate): Laid {
  const deck = buildDeck(data, template.spec);
  const placed = layoutDeck(deck, template.spec, createMeasurer(template.fontPath, template.spec.fonts.family));
  return { deck, placed, overflows: placed.overflows };
}

/** SOURCE_DATE_EPOCH (seconds) when given, else the data's own date at 00:00 UTC. */
export function packageDate(data: BriefingData, sourceDateEpoch?: string): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  return new Date(`${data.meta.date}T00:00:00Z`);
}

export async function renderDeck(laid: Laid, template: LoadedTemplate, date: Date): Promise<Uint8Array> {
  // Renderers are loaded only when a deck is rendered: validate stays light.
  const [{ renderChartPng }, { renderPptx }] = await Promise.all([import('./render/chart-png.js'), import('./render/pptx.js')]);
  const style = { family: template.spec.fonts.family, fontPath: template.fontPath, colors: template.spec.colors };
  const pngs = new Map<string, Uint8Array>();
  for (const slide of laid.placed.slides) {
    for (const e of slide.elements) {
      if (e.kind !== 'chart') continue;
      pngs.set(`${slide.source.number}/${e.name}`, await renderChartPng(e.chart, e.box.w * 72, e.box.h * 72, style));
    }
  }
  const charts = {
    get(slide: number, element: string) {
      const png = pngs.get(`${slide}/${element}`);
      if (!png) throw new Error(`internal: chart ${element} of slide ${slide} was not rendered`);
      return png;
    },
  };
  const { slides: _, ...meta } = laid.deck;
  return renderPptx(meta, laid.placed, template, charts, date);
}
