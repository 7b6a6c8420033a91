import { chartSpec } from '../chart-spec.js';
import { TITLES, chineseDate, figureOf, ordinal, type ModelContext } from '../context.js';
import type { Slide } from '../deck.js';
import { formatMultiple } from '../format.js';

export type SlideDraft = Omit<Slide, 'number' | 'footer'>;

export function titleSlide({ data }: ModelContext): SlideDraft {
  return {
    kind: 'title',
    title: data.meta.title,
    subtitle: data.meta.subtitle,
    blocks: [{ type: 'paragraph', role: 'caption', text: `${data.meta.organisation}　${chineseDate(data.meta.date)}` }],
    notes: data.summary,
  };
}

export function agendaSlide({ data }: ModelContext): SlideDraft {
  const items = [
    { title: TITLES.headline, detail: data.headline.map((h) => h.label).join('、') },
    ...data.parts.map((p) => ({ title: p.title, detail: p.sections.map((s) => s.title).join(' · ') })),
  ];
  if (data.recognitions.length) items.push({ title: TITLES.recognitions, detail: unique(data.recognitions.map((r) => r.by)).join('、') });
  items.push({ title: TITLES.sources, detail: `${data.source.publisher}，${chineseDate(data.source.date)}；数据解读说明` });
  const numbered = items.map((item, i) => ({ number: String(i + 1).padStart(2, '0'), ...item }));
  return {
    kind: 'agenda',
    title: '汇报提纲',
    blocks: [{ type: 'agenda', items: numbered }],
    notes: numbered.map((i) => `${i.number} ${i.title}：${i.detail}`).join('\n'),
  };
}

export function headlineSlide(ctx: ModelContext): SlideDraft {
  const { data } = ctx;
  const items = data.headline.map((h) => ({
    label: h.label,
    from: figureOf(ctx.metric(h.from)),
    to: figureOf(ctx.metric(h.to)),
    multiple: h.multiple ? formatMultiple(ctx.metric(h.multiple)) : undefined,
    chart: h.chart ? chartSpec(ctx.chart(h.chart), ctx) : undefined,
  }));
  const years = uniqueYears(data.headline.flatMap((h) => [ctx.metric(h.to).year, ctx.metric(h.from).year]));
  const quotes = data.headline.flatMap((h) => [h.to, h.from, h.multiple].filter((id): id is string => !!id).map((id) => ctx.metric(id)));
  const noteLines = items.map(
    (i) =>
      `${i.label}：${i.to.context ?? ''}${i.to.value}，${i.from.context ?? ''}${i.from.value}` +
      (i.multiple ? `；${i.to.context ?? ''}为${i.from.context ?? ''}的${i.multiple}。` : '。'),
  );
  return {
    kind: 'headline',
    title: years.length === 2 ? `${TITLES.headline}：${years[0]}年与${years[1]}年对比` : TITLES.headline,
    blocks: [{ type: 'comparisons', items }],
    notes: [...noteLines, '', SOURCE_LABEL, ...unique(quotes.map((m) => m.quote))].join('\n'),
  };
}

/** Parts are numbered as the agenda lists them: the headline figures come first. */
export function partLabel(partIndex: number): string {
  return `第${ordinal(partIndex + 1)}部分`;
}

/** The quotes are the cleaned text of the source, not its letter: say so. */
export const SOURCE_LABEL = '出处（据原文整理）：';

function uniqueYears(list: (number | undefined)[]): number[] {
  return [...new Set(list.filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
}

export function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
