// The pipeline, top to bottom: load -> validate -> model -> layout -> render.
// Returns bytes and what it found; writing is the command's business.
import { createMeasurer } from './layout/measure.js';
import { layoutDeck } from './layout/layout-deck.js';
import type { Overflow, PlacedDeck } from './layout/placed.js';
import { buildDeck } from './model/build-deck.js';
import type { Deck } from './model/deck.js';
import type { BriefingData } from './schema/data.js';
import type { LoadedTemplate } from './template/load.js';
import type { ChartCache } from './write/chart-cache.js';

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

export interface Rendered {
  bytes: Uint8Array;
  /** Charts drawn in this build, and charts taken from the cache. */
  drawn: number;
  reused: number;
}

export async function renderDeck(laid: Laid, template: LoadedTemplate, date: Date, cache?: ChartCache): Promise<Rendered> {
  // Renderers are loaded only when a deck is rendered: validate stays light.
  const [{ renderChartPng }, { renderPptx }, { chartKey }] = await Promise.all([
    import('./render/chart-png.js'),
    import('./render/pptx.js'),
    import('./render/chart-key.js'),
  ]);
  const style = { family: template.spec.fonts.family, fontPath: template.fontPath, colors: template.spec.colors };
  const pngs = new Map<string, Uint8Array>();
  let drawn = 0;
  const jobs = laid.placed.slides.flatMap((slide) =>
    slide.elements.flatMap((e) => (e.kind === 'chart' ? [{ at: `${slide.source.number}/${e.name}`, e }] : [])),
  );
  // Drawing is synchronous, PNG encoding runs on libuv's threads: start them all.
  await Promise.all(
    jobs.map(async ({ at, e }) => {
      const [w, h] = [e.box.w * 72, e.box.h * 72];
      const key = cache ? chartKey(e.chart, w, h, style, template.fontHash) : '';
      let png = cache ? await cache.get(key) : undefined;
      if (!png) {
        png = await renderChartPng(e.chart, w, h, style);
        drawn++;
        await cache?.put(key, png);
      }
      pngs.set(at, png);
    }),
  );
  const charts = {
    get(slide: number, element: string) {
      const png = pngs.get(`${slide}/${element}`);
      if (!png) throw new Error(`internal: chart ${element} of slide ${slide} was not rendered`);
      return png;
    },
  };
  const { slides: _, ...meta } = laid.deck;
  const bytes = await renderPptx(meta, laid.placed, template, charts, date);
  return { bytes, drawn, reused: jobs.length - drawn };
}
