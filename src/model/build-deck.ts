// Model: data + template -> Deck. Pure: no I/O, no measuring, no positions.
import type { BriefingData } from '../schema/data.js';
import type { Lang, Words } from './words.js';
import type { Template } from '../schema/template.js';
import { modelContext } from './context.js';
import type { Deck, Figure } from './deck.js';
import { closingSlide, recognitionsSlide, sourcesSlide } from './slides/closing.js';
import { agendaSlide, headlineSlide, titleSlide, type SlideDraft } from './slides/opening.js';
import { dividerSlide, sectionSlide, timelineSlide } from './slides/parts.js';

/** The marked figures of a slide: read from a damaged text, inferred, or both. */
function readingNote(d: SlideDraft, w: Words): string | undefined {
  type Marks = Pick<Figure, 'interpreted' | 'inferred'>;
  const figures = d.blocks.flatMap((b): Marks[] =>
    b.type === 'figures' || b.type === 'timeline' || b.type === 'list' ? b.items : b.type === 'comparisons' ? b.items.flatMap((c) => [c.to, c.from]) : [],
  );
  const marked = figures.filter((f) => f.interpreted);
  if (marked.length === 0) return undefined;
  const inferred = marked.filter((f) => f.inferred).length;
  return inferred === 0 ? w.interpretedNote : inferred === marked.length ? w.inferredNote : w.readingNoteBoth;
}

/** The footer's topic: the data's (meta.footer), else a template's old footer, else the deck's title. */
export function footerTopic(data: BriefingData, template: Partial<Pick<Template, 'footer'>>, lang: Lang): string {
  if (data.meta.footer) return data.meta.footer;
  const f = template.footer;
  if (f !== undefined) return typeof f === 'string' ? f : lang === 'en' ? (f.en ?? f.zh) : f.zh;
  return data.meta.title;
}

/** `data` is already in `lang` (localize.ts). */
export function buildDeck(data: BriefingData, template: Partial<Pick<Template, 'footer'>>, lang: Lang = 'zh'): Deck {
  const ctx = modelContext(data, lang);
  const w = ctx.words;
  const footer = footerTopic(data, template, lang);
  const opening = headlineSlide(ctx);
  const drafts: (SlideDraft | undefined)[] = [titleSlide(ctx), agendaSlide(ctx), opening];
  data.parts.forEach((part, p) => {
    // The agenda counts the opening figures as part one, when there are any.
    drafts.push(dividerSlide(part, opening ? p : p - 1, ctx));
    // Sections with a chart are achievement areas; the others are measures.
    part.sections.forEach((s, i) => drafts.push(sectionSlide(s, i, s.charts.length ? 'area' : 'measure', ctx)));
    // The milestones belong to the reform measures: after the first part.
    if (p === 0) drafts.push(timelineSlide(ctx));
  });
  drafts.push(recognitionsSlide(ctx), sourcesSlide(ctx), closingSlide(ctx));

  const present = drafts.filter((d): d is SlideDraft => d !== undefined);
  const s = data.source;
  const source = w.footerSource(s.publisher, s.date ? w.date(s.date) : undefined, s.title);
  return {
    title: data.meta.subtitle ? `${data.meta.title} ${data.meta.subtitle}` : data.meta.title,
    subject: data.source.title,
    author: data.meta.organisation,
    date: data.meta.date,
    lang: w.tag,
    slides: present.map((d, i) => ({
      ...d,
      number: i + 1,
      footer: { text: footer, source, page: `${i + 1} / ${present.length}`, note: readingNote(d, w) },
    })),
  };
}
