// The pipeline, top to bottom: load -> validate -> model -> layout -> render.
// Returns bytes and what it found; writing is the command's business.
import { measurerFor } from './layout/measure.js';
import { layoutDeck } from './layout/layout-deck.js';
import type { Overflow, PlacedDeck } from './layout/placed.js';
import { buildDeck } from './model/build-deck.js';
import type { Deck } from './model/deck.js';
import { fullDate, type BriefingData } from './schema/data.js';
import type { ChartCache } from './write/chart-cache.js';
import type { ChartMode } from './render/pptx.js';
import type { ChartRenderer, RendererName } from './render/renderers.js';
import type { ChartStyle } from './render/chart-png.js';
import { inToPt } from './util/units.js';
import { wordsForTag, type Lang } from './model/words.js';
import type { LoadedTemplate } from './template/load.js';

export interface Laid {
  deck: Deck;
  placed: PlacedDeck;
  overflows: Overflow[];
  continued: PlacedDeck['continued'];
}

/** `data` is in `lang` already (checkFile); a template footer without `lang` shows its Chinese. */
export function modelAndLayout(data: BriefingData, template: LoadedTemplate, lang: Lang = 'zh'): Laid {
  const deck = buildDeck(data, template.spec, lang);
  const placed = layoutDeck(deck, template.spec, measurerFor(template.fontPath, template.spec.fonts.family, template.fontHash));
  return { deck, placed, overflows: placed.overflows, continued: placed.continued };
}

/** SOURCE_DATE_EPOCH (seconds) when given, else the data's own date at 00:00 UTC. */
export function packageDate(data: BriefingData, sourceDateEpoch?: string): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  return new Date(`${fullDate(data.meta.date)}T00:00:00Z`);
}

export interface Rendered {
  bytes: Uint8Array;
  /** Charts drawn in this build, and charts taken from the cache. */
  drawn: number;
  reused: number;
  /** The chart pictures as written, by `${slide number}/${element name}` (empty for native charts). */
  charts: Map<string, Uint8Array>;
}

/** What the chart renderers need of a template. */
export const chartStyle = (template: LoadedTemplate): ChartStyle => ({ family: template.spec.fonts.family, fontPath: template.fontPath, colors: template.spec.colors });

export interface RenderOptions {
  cache?: ChartCache;
  charts?: ChartMode;
  renderer?: RendererName;
  /** Draws the charts instead of the named renderer loaded here (the chart thread). */
  drawer?: ChartRenderer;
  /**
   * Called with every chart picture, before the deck is written (serve shows
   * the page first). Waiting for the charts first makes the .pptx later by the
   * time drawing and writing would have overlapped.
   */
  onCharts?: (charts: Map<string, Uint8Array>) => void;
}

export async function renderDeck(laid: Laid, template: LoadedTemplate, date: Date, o: RenderOptions = {}): Promise<Rendered> {
  const { cache, charts: chartMode = 'picture', renderer: rendererName = 'napi-canvas' } = o;
  // Renderers are loaded only when a deck is rendered: validate stays light.
  const [{ loadRenderer }, { renderPptx }, { chartKey }] = await Promise.all([
    import('./render/renderers.js'),
    import('./render/pptx.js'),
    import('./render/chart-key.js'),
  ]);
  const style = { ...chartStyle(template), tag: laid.deck.lang };
  let drawn = 0;
  const stored: Promise<void>[] = [];
  // Native charts are written by PowerPoint's own chart parts: nothing to draw.
  const jobs =
    chartMode === 'native'
      ? []
      : laid.placed.slides.flatMap((slide) => slide.elements.flatMap((e) => (e.kind === 'chart' ? [{ at: `${slide.source.number}/${e.name}`, e }] : [])));
  // Look every chart up first, then start drawing the missing ones before
  // pptxgenjs runs: drawing is quick, PNG encoding runs on libuv's threads
  // while pptxgenjs writes.
  const sizes = jobs.map(({ e }) => [inToPt(e.box.w), inToPt(e.box.h)] as const);
  const keys = jobs.map(({ e }, i) => (cache ? chartKey(e.chart, sizes[i]![0], sizes[i]![1], style, template.fontHash, rendererName) : ''));
  const hits = await Promise.all(keys.map((key) => (cache ? cache.get(key) : undefined)));
  // The renderer is loaded only when a chart must be drawn.
  const renderer = hits.some((h) => !h) ? (o.drawer ?? (await loadRenderer(rendererName))) : undefined;
  const charts = new Map(
    jobs.map(({ at, e }, i) => {
      const hit = hits[i];
      if (hit) return [at, Promise.resolve(hit)] as const;
      drawn++;
      const picture = renderer!.draw(e.chart, sizes[i]![0], sizes[i]![1], style).then((png) => {
        // Storing is off the critical path: awaited once the deck is written.
        if (cache) stored.push(cache.put(keys[i]!, png));
        return png;
      });
      // Awaited by the renderer; until then, a failure must not count as unhandled.
      picture.catch(() => undefined);
      return [at, picture] as const;
    }),
  );
  if (o.onCharts) o.onCharts(new Map(await Promise.all([...charts].map(async ([at, png]) => [at, await png] as const))));
  const { slides: _, ...meta } = laid.deck;
  const bytes = await renderPptx(meta, laid.placed, template, charts, date, chartMode);
  await Promise.all(stored);
  const pictures = new Map(await Promise.all([...charts].map(async ([at, png]) => [at, await png] as const)));
  return { bytes, drawn, reused: jobs.length - drawn, charts: pictures };
}
