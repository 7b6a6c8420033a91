import type { Part, Section } from '../../schema/data.js';
import { chartSpec } from '../chart-spec.js';
import { figureOf, ordinal, type ModelContext } from '../context.js';
import type { Block } from '../deck.js';
import { formatValue } from '../format.js';
import { partLabel, unique, type SlideDraft } from './opening.js';

export function dividerSlide(part: Part, index: number): SlideDraft {
  return {
    kind: 'divider',
    title: part.title,
    subtitle: partLabel(index),
    blocks: [
      { type: 'bullets', items: part.sections.map((s, i) => `（${ordinal(i)}）${s.title}，${s.headline}`) },
      ...(part.intro ? [{ type: 'paragraph', role: 'lead', text: part.intro } as const] : []),
    ],
    notes: [part.intro, ...part.sections.map((s, i) => `（${ordinal(i)}）${s.title}，${s.headline}`)].filter(Boolean).join('\n'),
  };
}

/** A reform measure (part one) or an achievement area (part two). */
export function sectionSlide(section: Section, index: number, kind: 'measure' | 'area', ctx: ModelContext): SlideDraft {
  const blocks: Block[] = [];
  if (kind === 'measure' || section.charts.length === 0) blocks.push({ type: 'bullets', items: section.points });
  if (section.metrics.length) blocks.push({ type: 'figures', items: section.metrics.map((id) => figureOf(ctx.metric(id))) });
  for (const id of section.charts) blocks.push({ type: 'chart', chart: chartSpec(ctx.chart(id), ctx) });
  if (section.cases.length) {
    const items = section.cases.map((id) => {
      const c = ctx.case(id);
      return { place: c.place, title: c.title, figures: c.metrics.map((m) => `${ctx.metric(m).label} ${formatValue(ctx.metric(m))}`) };
    });
    blocks.push({ type: 'cases', items });
  }
  const shown = unique([...section.metrics, ...section.cases.flatMap((id) => ctx.case(id).metrics)]).map((id) => ctx.metric(id));
  const notes = [
    section.summary,
    ...(kind === 'area' ? ['', '要点：', ...section.points.map((p) => `· ${p}`)] : []),
    ...(shown.length ? ['', '数据出处：', ...unique(shown.map((m) => `· ${m.quote}`))] : []),
  ];
  return {
    kind,
    title: `（${ordinal(index)}）${section.title}`,
    subtitle: section.headline,
    blocks,
    notes: notes.join('\n'),
  };
}

export function timelineSlide({ data }: ModelContext): SlideDraft | undefined {
  if (data.milestones.length === 0) return undefined;
  const sorted = [...data.milestones].sort((a, b) => a.year - b.year);
  const first = sorted[0]!.year;
  const last = sorted[sorted.length - 1]!.year;
  return {
    kind: 'timeline',
    title: `改革历程（${first}—${last}年）`,
    blocks: [{ type: 'timeline', items: sorted.map((m) => ({ label: `${m.year}年`, text: m.text })) }],
    notes: sorted.map((m) => `${m.year}年：${m.text}。原文：${m.quote}`).join('\n'),
  };
}
