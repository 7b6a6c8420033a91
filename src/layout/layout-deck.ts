// Layout: the deck model -> every element placed, text measured to fit.
// Each slide kind's planner chooses its arrangement by count and shares its
// content out over continued pages when one page cannot hold it; a text that
// fits nowhere stops the build (Unfit), a box the layout got wrong is an
// internal error. Nothing is written that does not hold.
import type { Deck, Slide } from '../model/deck.js';
import type { Template } from '../schema/template.js';
import { inches } from '../util/units.js';
import { frameOf } from './composer.js';
import type { Measurer } from './measure.js';
import { wordsForTag } from '../model/words.js';
import { compose, type Draw, type Env, type Page, type Planner } from './pages.js';
import type { PlacedDeck, PlacedSlide } from './placed.js';
import { contentChrome } from './slides/chrome.js';
import { closingSlide, coverSlide, planDivider } from './slides/cover.js';
import { planAgenda } from './slides/overview.js';
import { planHeadline } from './slides/headline.js';
import { planSection } from './slides/section-plan.js';
import { planRecognitions, planTimeline } from './slides/lists.js';
import { planSources } from './slides/sources.js';
import { Unfit } from './unfit.js';

const single =
  (draw: Draw): Planner =>
  (s) => [{ slide: s, draw }];

const PLANNERS: Record<Slide['kind'], Planner> = {
  title: single(coverSlide),
  closing: single(closingSlide),
  divider: planDivider,
  agenda: planAgenda,
  headline: planHeadline,
  measure: planSection,
  area: planSection,
  timeline: planTimeline,
  recognitions: planRecognitions,
  sources: planSources,
};
/** Kinds that draw their own field, title and footer. */
const OWN_CHROME = new Set<Slide['kind']>(['title', 'closing', 'divider']);

const chromeOf = (s: Slide): Draw | undefined => (OWN_CHROME.has(s.kind) ? undefined : contentChrome);

export function layoutDeck(deck: Deck, template: Template, m: Measurer): PlacedDeck {
  const env: Env = { f: frameOf(template), m, words: wordsForTag(deck.lang) };
  const fits = (p: Page) => {
    const r = compose(p, env, chromeOf(p.slide), true);
    return r.unfitting.length === 0 && r.problems.length === 0;
  };
  const continued: PlacedDeck['continued'] = [];
  const planned = deck.slides.flatMap((s) => {
    const pages = PLANNERS[s.kind](s, env, fits);
    if (pages.length > 1) continued.push({ slide: s.number, title: s.title, extra: pages.length - 1 });
    return pages.map((p) => ({ ...p, model: s }));
  });
  // Numbers and page footers follow the pages as laid out.
  const slides = planned.map(({ slide, draw, model }, i): PlacedSlide => {
    const source = { ...slide, number: i + 1, footer: { ...slide.footer, page: `${i + 1} / ${planned.length}` } };
    const done = compose({ slide: source, draw }, env, chromeOf(source));
    const unfit = done.unfitting[0];
    if (unfit) throw new Unfit(model.number, model.title, unfit.element, unfit.text, unfit.fits());
    const chart = done.problems.find((p) => p.startsWith('chart '));
    if (chart) throw new Unfit(model.number, model.title, chart, '', 0, chart.split(' ')[1]);
    if (done.problems.length) throw new Error(`internal: slide ${i + 1} (${source.title}) is laid out wrongly: ${done.problems.join('; ')}`);
    return { source, of: model.number, background: template.colors.background, layout: source.kind === 'title' || source.kind === 'closing' ? 'cover' : source.kind === 'divider' ? 'section' : 'content', elements: done.elements };
  });
  return { widthIn: inches(env.f.W), heightIn: inches(env.f.H), slides, overflows: [], continued };
}
