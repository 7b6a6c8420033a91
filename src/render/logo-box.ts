// Where the template's logo sits: in the slide layouts the .pptx is written
// with, and on serve's page; one place, so that both put it alike.
import type { Box, PlacedSlide } from '../layout/placed.js';
import { inches } from '../util/units.js';

/** Top right on content slides; on cover slides, under the band at 60% of the height. */
export function logoBox(layout: PlacedSlide['layout'], deckW: number, deckH: number, logo: { widthIn: number; heightIn: number }): Box {
  const x = deckW - 0.6 - logo.widthIn;
  const y = layout === 'cover' ? deckH * 0.6 + 0.45 : 0.42;
  return { x: inches(x), y: inches(y), w: inches(logo.widthIn), h: inches(logo.heightIn) };
}
