import type { Metric, Part, Section } from '../../schema/data.js';
import { chartSpec } from '../chart-spec.js';
import { figureOf, type ModelContext } from '../context.js';
import type { Block } from '../deck.js';
import { formatValue } from '../format.js';
import { WORDS, type Lang } from '../words.js';
import { unique, type SlideDraft } from './opening.js';

export function dividerSlide(part: Part, index: number, { words: w }: Pick<ModelContext, 'words'>): SlideDraft {
  const items = part.sections.map((s, i) => w.dividerItem(i, s.title, s.headline));
  return {
    kind: 'divider',
    title: part.title,
    // Parts are numbered as the agenda lists them: the headline figures come first.
    subtitle: w.part(index),
    // The part's introduction goes to the notes: on the slide it would repeat the headline figures.
    blocks: [{ type: 'bullets', items }],
    notes: [part.intro, ...items].filter(Boolean).join('\n'),
  };
}

/** A reform measure (part one) or an achievement area (part two). */
export function sectionSlide(section: Section, index: number, kind: 'measure' | 'area', ctx: ModelContext): SlideDraft {
  const w = ctx.words;
  const blocks: Block[] = [];
  if (kind === 'measure' || section.charts.length === 0) blocks.push({ type: 'bullets', items: section.points });
  if (section.metrics.length) blocks.push({ type: 'figures', items: section.metrics.map((id) => figureOf(ctx.metric(id), ctx)) });
  for (const id of section.charts) blocks.push({ type: 'chart', chart: chartSpec(ctx.chart(id), ctx) });
  if (section.cases.length) {
    const items = section.cases.map((id) => {
      const c = ctx.case(id);
      return { place: c.place, title: c.title, figures: caseFigures(c.metrics.map((m) => ctx.metric(m)), c.title, ctx.lang) };
    });
    blocks.push({ type: 'cases', items });
  }
  const shown = unique([...section.metrics, ...section.cases.flatMap((id) => ctx.case(id).metrics)]).map((id) => ctx.metric(id));
  const notes = [
    section.summary,
    ...(kind === 'area' ? ['', w.keyPoints, ...section.points.map((p) => `· ${p}`)] : []),
    ...(shown.length ? ['', w.sourceLabel, ...unique(shown.map((m) => `· ${m.quote}`))] : []),
  ];
  return {
    kind,
    title: `${w.section(index)}${ctx.lang === 'en' ? ' ' : ''}${section.title}`,
    subtitle: section.headline,
    blocks,
    notes: notes.join('\n'),
  };
}

/**
 * A case's figures as one line. Figures of one measure read as a change
 * (之前3个月 → 当前20天); figures the title already states are left out.
 */
export function caseFigures(metrics: Metric[], title: string, lang: Lang = 'zh'): string[] {
  const w = WORDS[lang];
  const label = metrics[0]?.label;
  const space = lang === 'en' ? ' ' : '';
  if (metrics.length > 1 && metrics.every((m) => m.label === label)) {
    const when = (m: Metric) => w.when(metrics.some((o) => o.year !== m.year) ? m.year : undefined, m.scope);
    return [`${label}${w.colon}${metrics.map((m) => `${when(m)}${space}${formatValue(m, lang)}`).join(' → ')}`];
  }
  return metrics.filter((m) => !title.includes(formatValue(m, lang))).map((m) => `${m.label} ${formatValue(m, lang)}`);
}

export function timelineSlide({ data, words: w }: ModelContext): SlideDraft | undefined {
  if (data.milestones.length === 0) return undefined;
  const sorted = [...data.milestones].sort((a, b) => a.year - b.year);
  const first = sorted[0]!.year;
  const last = sorted[sorted.length - 1]!.year;
  return {
    kind: 'timeline',
    title: w.timelineTitle(first, last),
    blocks: [{ type: 'timeline', items: sorted.map((m) => ({ label: w.year(m.year), text: m.text, year: m.year })) }],
    notes: sorted.map((m) => `${w.year(m.year)}${w.colon}${m.text}${w.period}${w.original}${m.quote}`).join('\n'),
  };
}
