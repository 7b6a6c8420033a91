// Render the placed deck to .pptx bytes with pptxgenjs, then finish the
// package (render/finish.ts). Returns bytes; writes nothing.
//
// Chart pictures go in as placeholders and are swapped in while finishing:
// the charts are encoded (on libuv's threads) while pptxgenjs writes, and
// pptxgenjs does not base64-encode and decode them again.
import PptxGenJS from 'pptxgenjs';
import type { Element, PlacedDeck, PlacedSlide } from '../layout/placed.js';
import type { Deck } from '../model/deck.js';
import type { LoadedTemplate } from '../template/load.js';
import { xmlSafe } from '../util/sanitize.js';
import { finishPackage } from './finish.js';
import { logoBox } from './logo-box.js';
import { addNativeChart } from './native-chart.js';
import { BULLET_INDENT, LINE_BREAK } from '../layout/fit.js';

/** PNG bytes of each chart, by `${slide number}/${element name}`, possibly still being drawn. */
export type ChartPictures = Map<string, Promise<Uint8Array>>;

/** A valid 1 x 1 transparent PNG, standing in for a chart until the package is finished. */
export const PLACEHOLDER_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PLACEHOLDER_URI = `image/png;base64,${PLACEHOLDER_PNG.toString('base64')}`;

const LAYOUT = 'BRIEFING';
const MASTER: Record<PlacedSlide['layout'], string> = { cover: 'COVER', content: 'CONTENT', section: 'CONTENT' };

const dataUri = (png: Uint8Array) => `image/png;base64,${Buffer.from(png).toString('base64')}`;

/** Charts as pictures (Chart.js drawings) or as native PowerPoint charts staff can edit. */
export type ChartMode = 'picture' | 'native';

export async function renderPptx(
  meta: Omit<Deck, 'slides'>,
  deck: PlacedDeck,
  template: LoadedTemplate,
  charts: ChartPictures,
  date: Date,
  chartMode: ChartMode = 'picture',
): Promise<Uint8Array> {
  const t = template.spec;
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: LAYOUT, width: deck.widthIn, height: deck.heightIn });
  pptx.layout = LAYOUT;
  pptx.title = xmlSafe(meta.title);
  pptx.subject = xmlSafe(meta.subject);
  pptx.author = xmlSafe(meta.author);
  // app.xml's company is written unescaped by pptxgenjs: keep it a plain word.
  pptx.company = 'briefing';
  pptx.theme = { headFontFace: t.fonts.east_asian, bodyFontFace: t.fonts.east_asian };

  // The logo lives in the slide layouts, so the package holds it once per layout.
  const logo = template.logo;
  const logoIn = (layout: PlacedSlide['layout']) =>
    logo ? [{ image: { ...logoBox(layout, deck.widthIn, deck.heightIn, logo), data: dataUri(logo.bytes), altText: `${t.name} logo` } }] : [];
  pptx.defineSlideMaster({ title: MASTER.content, background: { color: t.colors.background }, objects: logoIn('content') });
  pptx.defineSlideMaster({ title: MASTER.cover, background: { color: t.colors.background }, objects: logoIn('cover') });

  // pptxgenjs names a slide's pictures ppt/media/image-<slide>-<n>.png in the order they are added.
  const media = new Map<string, Promise<Uint8Array>>();
  for (const placed of deck.slides) {
    const slide = pptx.addSlide({ masterName: MASTER[placed.layout] });
    let pictures = 0;
    for (const e of placed.elements) {
      if (e.kind === 'chart' && chartMode === 'native') {
        addNativeChart(pptx, slide, e.chart, e.box, t, e.name, meta.lang);
        continue;
      }
      if (e.kind === 'image' || e.kind === 'chart') pictures++;
      if (e.kind === 'chart') {
        const png = charts.get(`${placed.source.number}/${e.name}`);
        if (!png) throw new Error(`internal: no picture for chart ${e.name} of slide ${placed.source.number}`);
        media.set(`ppt/media/image-${placed.source.number}-${pictures}.png`, png);
      }
      addElement(pptx, slide, e, template, meta.lang);
    }
    slide.addNotes(xmlSafe(placed.source.notes));
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const pictures = new Map<string, Uint8Array>();
  for (const [path, png] of media) pictures.set(path, await png);
  const org = template.org ? { org: template.org, kinds: deck.slides.map((s) => s.layout) } : {};
  return finishPackage(bytes, { date, lang: meta.lang, eastAsian: t.fonts.east_asian, latin: t.fonts.latin, pictures, placeholder: PLACEHOLDER_PNG, ...org });
}

type SlideApi = ReturnType<PptxGenJS['addSlide']>;

/** `lang` tags every run: zh-CN, or en-US (the East Asian face stays set, for any Chinese left in an English deck). */
function addElement(pptx: PptxGenJS, slide: SlideApi, e: Element, template: LoadedTemplate, lang: Deck['lang']): void {
  const { x, y, w, h } = e.box;
  switch (e.kind) {
    case 'rect':
      // An empty text with a shape: addShape alone writes no txBody (pptxgenjs #1441).
      slide.addText('', { shape: e.rounded ? pptx.ShapeType.ellipse : pptx.ShapeType.rect, x, y, w, h, fill: { color: e.fill }, line: { type: 'none' }, lang, objectName: e.name });
      return;
    case 'text': {
      const s = e.style;
      // Paragraphs end with breakLine; line breaks inside one (balanced titles) are soft breaks.
      const runs = e.paragraphs.flatMap((p, i) =>
        p.split(LINE_BREAK).map((line, j, lines) => ({
          text: xmlSafe(line),
          options: {
            softBreakBefore: j > 0,
            breakLine: j === lines.length - 1 && i < e.paragraphs.length - 1,
            // The indent layout measured with.
            bullet: s.bullet ? { indent: s.size * BULLET_INDENT } : false,
            paraSpaceAfter: s.paraSpace ?? 0,
          },
        })),
      );
      slide.addText(runs, {
        x, y, w, h,
        margin: 0,
        fontFace: template.spec.fonts.east_asian,
        fontSize: s.size,
        color: s.color,
        bold: s.bold ?? false,
        align: s.align ?? 'left',
        valign: s.valign ?? 'top',
        lineSpacing: s.lineHeight,
        lang,
        fit: 'none',
        wrap: true,
        objectName: e.name,
      });
      return;
    }
    case 'image':
      slide.addImage({ data: dataUri(e.png), x, y, w, h, altText: xmlSafe(e.alt), objectName: e.name });
      return;
    case 'chart':
      slide.addImage({ data: PLACEHOLDER_URI, x, y, w, h, altText: xmlSafe(e.chart.alt), objectName: e.name });
      return;
  }
}
