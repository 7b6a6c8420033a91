// The page's model of the deck: the placed layout, as the .pptx is written
// from it, turned into plain JSON for the browser. Boxes stay in inches, the
// text keeps the layout's line breaks (one string per measured line), and
// pictures are named by their content, so the browser fetches a chart again
// only when it changed.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { LINE_BREAK } from '../layout/fit.js';
import type { Box, PlacedDeck, TextStyle } from '../layout/placed.js';
import { logoBox } from '../render/logo-box.js';
import type { LoadedTemplate } from '../template/load.js';

export type PageElement =
  | { kind: 'text'; name: string; box: Box; paragraphs: string[][]; style: TextStyle }
  | { kind: 'rect'; name: string; box: Box; fill: string; rounded: boolean }
  | { kind: 'picture'; name: string; box: Box; src: string; alt: string };

export interface PageSlide {
  /** The slide's place in the deck, 1-based, as PowerPoint numbers it. */
  number: number;
  title: string;
  notes: string;
  background: string;
  elements: PageElement[];
  /** Changes whenever anything drawn on the slide (or its notes) changes. */
  key: string;
}

export interface PageDeck {
  title: string;
  /** The deck's language tag: the page sets it, so that the browser picks the deck's glyphs (Simplified Chinese forms). */
  lang: string;
  widthIn: number;
  heightIn: number;
  /** The template's font as the page loads it (served from the template folder). */
  font: { family: string; src: string; fallback: string[] };
  slides: PageSlide[];
  /** Where the current .pptx is downloaded, and its file name. */
  pptx: { href: string; name: string };
}

export interface PageBuild {
  deck: PageDeck;
  /** The pictures the page shows, by the name it asks for them under /pictures/. */
  pictures: Map<string, Uint8Array>;
}

const digest = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 20);

/**
 * `charts`: the chart pictures as written into the .pptx, by
 * `${slide number}/${element name}` (render/pptx.ts keys them so).
 */
export function pageModel(placed: PlacedDeck, template: Pick<LoadedTemplate, 'spec' | 'fontPath' | 'logo'>, charts: Map<string, Uint8Array>, o: { title: string; pptxName: string; lang?: string }): PageBuild {
  const pictures = new Map<string, Uint8Array>();
  const picture = (png: Uint8Array) => {
    const name = `${digest(png)}.png`;
    pictures.set(name, png);
    return `/pictures/${name}`;
  };
  const logo = template.logo;
  const logoSrc = logo ? picture(logo.bytes) : '';
  const slides = placed.slides.map((slide, i): PageSlide => {
    const elements = slide.elements.flatMap((e): PageElement[] => {
      switch (e.kind) {
        case 'text':
          return [{ kind: 'text', name: e.name, box: e.box, paragraphs: e.paragraphs.map((p) => p.split(LINE_BREAK)), style: e.style }];
        case 'rect':
          return [{ kind: 'rect', name: e.name, box: e.box, fill: e.fill, rounded: e.rounded ?? false }];
        case 'image':
          return [{ kind: 'picture', name: e.name, box: e.box, src: picture(e.png), alt: e.alt }];
        case 'chart': {
          const png = charts.get(`${slide.source.number}/${e.name}`);
          // Native charts have no picture: the page shows the box, named, empty.
          return png ? [{ kind: 'picture', name: e.name, box: e.box, src: picture(png), alt: e.chart.alt }] : [{ kind: 'rect', name: e.name, box: e.box, fill: template.spec.colors.surface, rounded: false }];
        }
      }
    });
    // The logo belongs to the slide layout in the .pptx (drawn under the slide's shapes).
    if (logo) elements.unshift({ kind: 'picture', name: 'logo', box: logoBox(slide.layout, placed.widthIn, placed.heightIn, logo), src: logoSrc, alt: `${template.spec.name} logo` });
    const content = { title: slide.source.title, notes: slide.source.notes, background: slide.background, elements };
    return { number: i + 1, ...content, key: digest(JSON.stringify(content)) };
  });
  const fonts = template.spec.fonts;
  return {
    deck: {
      title: o.title,
      lang: o.lang ?? 'zh-CN',
      widthIn: placed.widthIn,
      heightIn: placed.heightIn,
      font: { family: fonts.family, src: `/fonts/${encodeURIComponent(basename(template.fontPath))}`, fallback: [...new Set([fonts.east_asian, fonts.latin])] },
      slides,
      pptx: { href: `/deck/${encodeURIComponent(o.pptxName)}`, name: o.pptxName },
    },
    pictures,
  };
}
