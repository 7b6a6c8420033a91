// Title placeholders in a written package: per slide, the title placeholders
// it has, their text, and whether its layout has a matching placeholder.
import { strFromU8, unzipSync } from 'fflate';
import { layoutOf } from '../../src/render/title-placeholders.js';

export interface SlideTitles {
  slide: string;
  /** The text of each title (or centred title) placeholder on the slide. */
  titles: string[];
  types: string[];
  layout: string;
  /** The types of title placeholder its layout has. */
  layoutTitles: string[];
}

const text = (sp: string) => [...sp.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\/>/g)].map((m) => m[1] ?? '').join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

export function slideTitles(bytes: Uint8Array): SlideTitles[] {
  const files = unzipSync(bytes);
  const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return slides.map((slide) => {
    const xml = strFromU8(files[slide]!);
    const shapes = xml.split('<p:sp>').slice(1).filter((sp) => /<p:ph\b[^>]*type="(title|ctrTitle)"/.test(sp.split('</p:nvSpPr>')[0]!));
    const layout = layoutOf(files, slide) ?? '';
    const layoutXml = files[layout] ? strFromU8(files[layout]!) : '';
    return {
      slide,
      titles: shapes.map((sp) => text(sp.split('</p:sp>')[0]!)),
      types: shapes.map((sp) => /<p:ph\b[^>]*type="(\w+)"/.exec(sp)![1]!),
      layout,
      layoutTitles: [...layoutXml.matchAll(/<p:ph\b[^>]*type="(title|ctrTitle)"/g)].map((m) => m[1]!),
    };
  });
}
