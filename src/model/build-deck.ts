// Model: data + template -> Deck. Pure: no I/O, no measuring, no positions.
import type { BriefingData } from '../schema/data.js';
import type { Lang } from './words.js';
import type { Template } from '../schema/template.js';
import { modelContext } from './context.js';
import type { Deck } from './deck.js';
import { closingSlide, recognitionsSlide, sourcesSlide } from './slides/closing.js';
import { agendaSlide, headlineSlide, titleSlide, type SlideDraft } from './slides/opening.js';
import { dividerSlide, sectionSlide, timelineSlide } from './slides/parts.js';

function hasInterpreted(d: SlideDraft): boolean {
  return d.blocks.some(
    (b) => (b.type === 'figures' && b.items.some((f) => f.interpreted)) || (b.type === 'comparisons' && b.items.some((c) => c.to.interpreted || c.from.interpreted)),
  );
}

/** `data` is already in `lang` (localize.ts); a template footer without `lang` shows its Chinese. */
export function buildDeck(data: BriefingData, template: Pick<Template, 'footer'>, lang: Lang = 'zh'): Deck {
  const ctx = modelContext(data, lang);
  const w = ctx.words;
  const f = template.footer;
  const footer = typeof f === 'string' ? f : lang === 'en' ? (f.en ?? f.zh) : f.zh;
  const drafts: (SlideDraft | undefined)[] = [titleSlide(ctx), agendaSlide(ctx), headlineSlide(ctx)];
  data.parts.forEach((part, p) => {
    drafts.push(dividerSlide(part, p, ctx));
    // Sections with a chart are achievement areas; the others are measures.
    part.sections.forEach((s, i) => drafts.push(sectionSlide(s, i, s.charts.length ? 'area' : 'measure', ctx)));
    // The milestones belong to the reform measures: after the first part.
    if (p === 0) drafts.push(timelineSlide(ctx));
  });
  drafts.push(recognitionsSlide(ctx), sourcesSlide(ctx), closingSlide(ctx));

  const present = drafts.filter((d): d is SlideDraft => d !== undefined);
  const source = w.footerSource(data.source.publisher, w.date(data.source.date));
  return {
    title: data.meta.subtitle ? `${data.meta.title} ${data.meta.subtitle}` : data.meta.title,
    subject: data.source.title,
    author: data.meta.organisation,
    date: data.meta.date,
    lang: w.tag,
    slides: present.map((d, i) => ({
      ...d,
      number: i + 1,
      footer: { text: footer, source, page: `${i + 1} / ${present.length}`, note: hasInterpreted(d) ? w.interpretedNote : undefined },
    })),
  };
}
