import type { Metric, Part, Section } from '../../schema/data.js';
import { chartSpec } from '../chart-spec.js';
import { figureOf, statedValue, type ModelContext } from '../context.js';
import type { Block } from '../deck.js';
import { WORDS, type Lang } from '../words.js';
import { inTimeOrder, marks } from './closing.js';
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
  // An area's points stay on its slide, beside its charts and cases.
  blocks.push({ type: 'bullets', items: section.points });
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
  const formatValue = (m: Metric) => statedValue(m, { lang, words: w });
  const label = metrics[0]?.label;
  const space = lang === 'en' ? ' ' : '';
  if (metrics.length > 1 && metrics.every((m) => m.label === label)) {
    const when = (m: Metric) => w.when(metrics.some((o) => o.year !== m.year) ? m.year : undefined, m.scope);
    return [`${label}${w.colon}${metrics.map((m) => `${when(m)}${space}${formatValue(m)}`).join(' → ')}`];
  }
  return metrics.filter((m) => !title.includes(formatValue(m))).map((m) => `${m.label} ${formatValue(m)}`);
}

/** The milestones in time order (in the order given when some have no year), each labelled by its year (and month). */
export function timelineSlide({ data, words: w }: ModelContext): SlideDraft | undefined {
  if (data.milestones.length === 0) return undefined;
  const sorted = inTimeOrder(data.milestones);
  const years = sorted.flatMap((m) => (m.year !== undefined ? [m.year] : []));
  const label = (m: (typeof sorted)[number]) => (m.year !== undefined ? w.yearMonth(m.year, m.month) : '');
  return {
    kind: 'timeline',
    title: data.timeline_title ?? (years.length === sorted.length ? w.timelineTitle(years[0]!, years.at(-1)!) : w.timelineTitleUndated),
    blocks: [{ type: 'timeline', items: sorted.map((m) => ({ label: label(m) + (m.reading ? w.mark : ''), text: m.text, year: m.year, ...(m.month ? { month: m.month } : {}), ...marks(m.reading) })) }],
    notes: sorted.map((m) => `${label(m)}${label(m) ? w.colon : ''}${m.text}${w.period}${w.original}${m.quote}`).join('\n'),
  };
}
