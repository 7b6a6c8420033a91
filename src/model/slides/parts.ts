import type { Metric, Part, Section } from '../../schema/data.js';
import { chartSpec } from '../chart-spec.js';
import { figureOf, ordinal, type ModelContext } from '../context.js';
import type { Block } from '../deck.js';
import { formatValue } from '../format.js';
import { SOURCE_LABEL, partLabel, unique, type SlideDraft } from './opening.js';

export function dividerSlide(part: Part, index: number): SlideDraft {
  return {
    kind: 'divider',
    title: part.title,
    subtitle: partLabel(index),
    // The part's introduction goes to the notes: on the slide it would repeat the headline figures.
    blocks: [{ type: 'bullets', items: part.sections.map((s, i) => `（${ordinal(i)}）${s.title}，${s.headline}`) }],
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
      return { place: c.place, title: c.title, figures: caseFigures(c.metrics.map((m) => ctx.metric(m)), c.title) };
    });
    blocks.push({ type: 'cases', items });
  }
  const shown = unique([...section.metrics, ...section.cases.flatMap((id) => ctx.case(id).metrics)]).map((id) => ctx.metric(id));
  const notes = [
    section.summary,
    ...(kind === 'area' ? ['', '要点：', ...section.points.map((p) => `· ${p}`)] : []),
    ...(shown.length ? ['', SOURCE_LABEL, ...unique(shown.map((m) => `· ${m.quote}`))] : []),
  ];
  return {
    kind,
    title: `（${ordinal(index)}）${section.title}`,
    subtitle: section.headline,
    blocks,
    notes: notes.join('\n'),
  };
}

/**
 * A case's figures as one line. Figures of one measure read as a change
 * (之前3个月 → 当前20天); figures the title already states are left out.
 */
export function caseFigures(metrics: Metric[], title: string): string[] {
  const label = metrics[0]?.label;
  if (metrics.length > 1 && metrics.every((m) => m.label === label)) {
    const when = (m: Metric) => (metrics.some((o) => o.year !== m.year) && m.year !== undefined ? `${m.year}年` : (m.scope ?? ''));
    return [`${label}：${metrics.map((m) => `${when(m)}${formatValue(m)}`).join(' → ')}`];
  }
  return metrics.filter((m) => !title.includes(formatValue(m))).map((m) => `${m.label} ${formatValue(m)}`);
}

export function timelineSlide({ data }: ModelContext): SlideDraft | undefined {
  if (data.milestones.length === 0) return undefined;
  const sorted = [...data.milestones].sort((a, b) => a.year - b.year);
  const first = sorted[0]!.year;
  const last = sorted[sorted.length - 1]!.year;
  return {
    kind: 'timeline',
    title: `改革历程（${first}—${last}年）`,
    blocks: [{ type: 'timeline', items: sorted.map((m) => ({ label: `${m.year}年`, text: m.text, year: m.year })) }],
    notes: sorted.map((m) => `${m.year}年：${m.text}。原文：${m.quote}`).join('\n'),
  };
}
