import { chartSpec } from '../chart-spec.js';
import { figureOf, type ModelContext } from '../context.js';
import type { Slide } from '../deck.js';
import { formatMultiple } from '../format.js';

export type SlideDraft = Omit<Slide, 'number' | 'footer'>;

export function titleSlide({ data, words: w }: ModelContext): SlideDraft {
  return {
    kind: 'title',
    title: data.meta.title,
    subtitle: data.meta.subtitle,
    blocks: [{ type: 'paragraph', role: 'caption', text: w.caption(data.meta.organisation, w.date(data.meta.date)) }],
    notes: data.summary,
  };
}

export function agendaSlide({ data, words: w }: ModelContext): SlideDraft {
  const items = [
    { title: w.titles.headline, detail: w.list(data.headline.map((h) => h.label)) },
    ...data.parts.map((p) => ({ title: p.title, detail: p.sections.map((s) => s.title).join(' · ') })),
  ];
  if (data.recognitions.length) items.push({ title: w.titles.recognitions, detail: w.list(unique(data.recognitions.map((r) => r.by))) });
  items.push({ title: w.titles.sources, detail: w.agendaSourcesDetail(data.source.publisher, w.date(data.source.date)) });
  const numbered = items.map((item, i) => ({ number: String(i + 1).padStart(2, '0'), ...item }));
  return {
    kind: 'agenda',
    title: w.titles.agenda,
    blocks: [{ type: 'agenda', items: numbered }],
    notes: numbered.map((i) => `${i.number} ${i.title}${w.colon}${i.detail}`).join('\n'),
  };
}

export function headlineSlide(ctx: ModelContext): SlideDraft {
  const { data, words: w } = ctx;
  const items = data.headline.map((h) => ({
    label: h.label,
    from: figureOf(ctx.metric(h.from), ctx),
    to: figureOf(ctx.metric(h.to), ctx),
    multiple: h.multiple ? formatMultiple(ctx.metric(h.multiple), ctx.lang) : undefined,
    chart: h.chart ? chartSpec(ctx.chart(h.chart), ctx) : undefined,
  }));
  const years = uniqueYears(data.headline.flatMap((h) => [ctx.metric(h.to).year, ctx.metric(h.from).year]));
  const quotes = data.headline.flatMap((h) => [h.to, h.from, h.multiple].filter((id): id is string => !!id).map((id) => ctx.metric(id)));
  const noteLines = items.map(
    (i) =>
      `${i.label}${w.colon}${i.to.context ?? ''}${ctx.lang === 'en' ? ' ' : ''}${i.to.value}${w.comma}${i.from.context ?? ''}${ctx.lang === 'en' ? ' ' : ''}${i.from.value}` +
      (i.multiple ? w.multipleSentence(i.to.context ?? '', i.from.context ?? '', i.multiple) : w.period),
  );
  return {
    kind: 'headline',
    title: years.length === 2 ? w.headlineTitle(years[0]!, years[1]!) : w.titles.headline,
    blocks: [{ type: 'comparisons', items }],
    notes: [...noteLines, '', w.sourceLabel, ...unique(quotes.map((m) => m.quote))].join('\n'),
  };
}

function uniqueYears(list: (number | undefined)[]): number[] {
  return [...new Set(list.filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
}

export function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
