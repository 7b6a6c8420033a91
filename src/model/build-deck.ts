// Model: data + template -> Deck. Pure: no I/O, no measuring, no positions.
import type { BriefingData } from '../schema/data.js';
import type { Template } from '../schema/template.js';
import { INTERPRETED_MARK, TITLES, chineseDate, modelContext } from './context.js';
import type { Deck } from './deck.js';
import { closingSlide, recognitionsSlide, sourcesSlide } from './slides/closing.js';
import { agendaSlide, headlineSlide, titleSlide, type SlideDraft } from './slides/opening.js';
import { dividerSlide, sectionSlide, timelineSlide } from './slides/parts.js';

function hasInterpreted(d: SlideDraft): boolean {
  return d.blocks.some(
    (b) => (b.type === 'figures' && b.items.some((f) => f.interpreted)) || (b.type === 'comparisons' && b.items.some((c) => c.to.interpreted || c.from.interpreted)),
  );
}

export function buildDeck(data: BriefingData, template: Pick<Template, 'footer'>): Deck {
  const ctx = modelContext(data);
  const drafts: (SlideDraft | undefined)[] = [titleSlide(ctx), agendaSlide(ctx), headlineSlide(ctx)];
  data.parts.forEach((part, p) => {
    drafts.push(dividerSlide(part, p));
    // Sections with a chart are achievement areas; the others are measures.
    part.sections.forEach((s, i) => drafts.push(sectionSlide(s, i, s.charts.length ? 'area' : 'measure', ctx)));
    // The milestones belong to the reform measures: after the first part.
    if (p === 0) drafts.push(timelineSlide(ctx));
  });
  drafts.push(recognitionsSlide(ctx), sourcesSlide(ctx), closingSlide(ctx));

  const present = drafts.filter((d): d is SlideDraft => d !== undefined);
  const source = `来源：${data.source.publisher}，${chineseDate(data.source.date)}`;
  return {
    title: data.meta.subtitle ? `${data.meta.title} ${data.meta.subtitle}` : data.meta.title,
    subject: data.source.title,
    author: data.meta.organisation,
    date: data.meta.date,
    lang: data.meta.language,
    slides: present.map((d, i) => ({
      ...d,
      number: i + 1,
      footer: { text: template.footer, source, page: `${i + 1} / ${present.length}`, note: hasInterpreted(d) ? `${INTERPRETED_MARK}据受损原文解读，见“${TITLES.sources}”` : undefined },
    })),
  };
}
