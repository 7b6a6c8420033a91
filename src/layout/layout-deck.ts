// Layout: the deck model -> every element placed, text measured to fit.
import type { Deck, Slide } from '../model/deck.js';
import type { Template } from '../schema/template.js';
import { inches } from '../util/units.js';
import { Composer, frameOf } from './composer.js';
import { paginate } from './continue.js';
import type { Measurer } from './measure.js';
import { wordsForTag } from '../model/words.js';
import type { PlacedDeck, PlacedSlide } from './placed.js';
import { contentChrome } from './slides/chrome.js';
import { closingSlide, coverSlide, dividerSlide } from './slides/cover.js';
import { agendaSlide, headlineSlide } from './slides/overview.js';
import { areaSlide, measureSlide } from './slides/section.js';
import { recognitionsSlide, sourcesSlide, timelineSlide } from './slides/lists.js';

type Draw = (c: Composer, s: Slide) => void;

const CONTENT: Partial<Record<Slide['kind'], Draw>> = {
  agenda: agendaSlide,
  headline: headlineSlide,
  measure: measureSlide,
  area: areaSlide,
  timeline: timelineSlide,
  recognitions: recognitionsSlide,
  sources: sourcesSlide,
};
const COVER: Partial<Record<Slide['kind'], Draw>> = { title: coverSlide, divider: dividerSlide, closing: closingSlide };

export function layoutDeck(deck: Deck, template: Template, m: Measurer): PlacedDeck {
  const frame = frameOf(template);
  const overflows: PlacedDeck['overflows'] = [];
  const words = wordsForTag(deck.lang);
  const { slides: pages, continued } = paginate(deck, frame, m);
  const slides = pages.map((s): PlacedSlide => {
    const c = new Composer(m, frame, s.number, words);
    const cover = COVER[s.kind];
    if (cover) cover(c, s);
    else {
      contentChrome(c, s);
      const draw = CONTENT[s.kind];
      if (!draw) throw new Error(`internal: no layout for slide kind ${s.kind}`);
      draw(c, s);
    }
    const done = c.finish();
    overflows.push(...done.overflows);
    return { source: s, background: template.colors.background, layout: s.kind === 'title' || s.kind === 'closing' ? 'cover' : 'content', elements: done.elements };
  });
  return { widthIn: inches(frame.W), heightIn: inches(frame.H), slides, overflows, continued };
}
