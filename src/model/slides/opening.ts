import { chartSpec } from '../chart-spec.js';
import { figureOf, type ModelContext } from '../context.js';
import type { Block, ComparisonFigure, Figure, Slide } from '../deck.js';
import { formatMultiple } from '../format.js';
import type { Metric } from '../../schema/data.js';
import { hasSourcesSlide, readingKinds } from './closing.js';

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

export function agendaSlide(ctx: ModelContext): SlideDraft {
  const { data, words: w } = ctx;
  const opening = [...data.headline.map((h) => h.label), ...data.key_figures.map((id) => ctx.metric(id).label)];
  const items = [
    ...(opening.length ? [{ title: data.headline_title ?? w.titles.headline, detail: w.list(unique(opening)) }] : []),
    ...data.parts.map((p) => ({ title: p.title, detail: p.sections.map((s) => s.title).join(' · ') })),
  ];
  if (data.recognitions.length) items.push({ title: data.recognitions_title ?? w.titles.recognitions, detail: w.list(unique(data.recognitions.flatMap((r) => (r.by ? [r.by] : [])))) });
  // The sources slide, only when there is something to explain: how the copy was cleaned, or readings.
  if (hasSourcesSlide(data)) {
    const s = data.source;
    items.push({ title: w.titles.sources, detail: w.agendaSourcesDetail(s.publisher ?? w.unknownPublisher, s.date ? w.date(s.date) : w.unknownDate, readingKinds(data)) });
  }
  const numbered = items.map((item, i) => ({ number: String(i + 1).padStart(2, '0'), ...item }));
  return {
    kind: 'agenda',
    title: w.titles.agenda,
    blocks: [{ type: 'agenda', items: numbered }],
    notes: numbered.map((i) => `${i.number} ${i.title}${w.colon}${i.detail}`).join('\n'),
  };
}

/**
 * The opening figures: then-and-now comparisons (0-4) and key figures (0-12).
 * None of either: no slide. Each card says what its two figures are: the
 * data's labels, else their years when the years differ, else their labels;
 * never a fixed "base period".
 */
export function headlineSlide(ctx: ModelContext): SlideDraft | undefined {
  const { data, words: w } = ctx;
  if (data.headline.length === 0 && data.key_figures.length === 0) return undefined;
  const items: ComparisonFigure[] = data.headline.map((h) => {
    const [from, to] = [ctx.metric(h.from), ctx.metric(h.to)];
    const years = from.year !== undefined && to.year !== undefined && from.year !== to.year;
    // Two figures of one year (or none): their scopes when those tell them apart (之前, 当前), else their labels.
    const scopes = from.scope !== undefined && to.scope !== undefined && from.scope !== to.scope;
    const caption = (m: Metric, f: Figure, label: string | undefined): Figure => ({ ...f, context: label ?? (years ? f.context : scopes ? m.scope : m.label) });
    return {
      label: h.label,
      from: caption(from, figureOf(from, ctx), h.from_label),
      to: caption(to, figureOf(to, ctx), h.to_label),
      multiple: h.multiple ? formatMultiple(ctx.metric(h.multiple), ctx.lang) : undefined,
      chart: h.chart ? chartSpec(ctx.chart(h.chart), ctx) : undefined,
    };
  });
  const keyFigures = data.key_figures.map((id) => ctx.metric(id));
  const blocks: Block[] = [];
  if (items.length) blocks.push({ type: 'comparisons', items });
  if (keyFigures.length) blocks.push({ type: 'figures', items: keyFigures.map((m) => figureOf(m, ctx)) });
  const quotes = [...data.headline.flatMap((h) => [h.to, h.from, h.multiple].filter((id): id is string => !!id).map((id) => ctx.metric(id))), ...keyFigures];
  const space = ctx.lang === 'en' ? ' ' : '';
  const noteLines = items.map(
    (i) =>
      `${i.label}${w.colon}${i.to.context ?? ''}${space}${i.to.value}${w.comma}${i.from.context ?? ''}${space}${i.from.value}` +
      (i.multiple ? w.multipleSentence(i.to.context ?? '', i.from.context ?? '', i.multiple) : w.period),
  );
  const figureLines = blocks.flatMap((b) => (b.type === 'figures' ? b.items : [])).map((f) => `${f.context ? w.aside(f.label, f.context) : f.label}${w.colon}${f.tag ? `${f.tag}${space}` : ''}${f.value}${w.period}`);
  return {
    kind: 'headline',
    title: headlineTitle(ctx),
    blocks,
    notes: [...noteLines, ...figureLines, '', w.sourceLabel, ...unique(quotes.map((m) => m.quote))].join('\n'),
  };
}

/** The data's title; else 总体成效 with the two years when every comparison compares the same two, and no key figure is of another year. */
function headlineTitle(ctx: ModelContext): string {
  const { data, words: w } = ctx;
  if (data.headline_title) return data.headline_title;
  const pairs = data.headline.map((h) => [ctx.metric(h.to).year, ctx.metric(h.from).year]);
  const [now, then] = pairs[0] ?? [];
  const samePair = pairs.length > 0 && now !== undefined && then !== undefined && now !== then && pairs.every(([a, b]) => a === now && b === then);
  const figuresFit = data.key_figures.every((id) => ctx.metric(id).year === undefined || [now, then].includes(ctx.metric(id).year));
  return samePair && figuresFit ? w.headlineTitle(now, then) : w.titles.headline;
}

export function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
