import type { BriefingData, Recognition } from '../../schema/data.js';
import type { ModelContext } from '../context.js';
import type { ListItem } from '../deck.js';
import type { SlideDraft } from './opening.js';

/** The flags of an item whose year is a reading: marked like a figure read from the source. */
export const marks = (r: { kind?: 'corrupted' | 'inferred' } | undefined) => (r ? { interpreted: true, ...(r.kind === 'inferred' ? { inferred: true } : {}) } : {});

/** Dated items in time order when every one has its year; else in the order given. */
export function inTimeOrder<T extends { year?: number; month?: number }>(items: T[]): T[] {
  if (!items.every((i) => i.year !== undefined)) return items;
  return [...items].sort((a, b) => a.year! - b.year! || (a.month ?? 0) - (b.month ?? 0));
}

const when = (r: { year?: number; month?: number }, w: ModelContext['words']) => (r.year !== undefined ? w.yearMonth(r.year, r.month) : '');

export function recognitionsSlide({ data, words: w }: ModelContext): SlideDraft | undefined {
  if (data.recognitions.length === 0) return undefined;
  const sorted = inTimeOrder(data.recognitions);
  const badge = (r: Recognition) => (r.year === undefined ? '' : r.month === undefined ? `${r.year}` : w.yearMonth(r.year, r.month));
  return {
    kind: 'recognitions',
    title: data.recognitions_title ?? w.titles.recognitions,
    blocks: [{ type: 'list', items: sorted.map((r) => ({ badge: badge(r) + (r.reading ? w.mark : ''), heading: r.by ?? '', text: r.text, ...marks(r.reading) })) }],
    notes: sorted.map((r) => `${[when(r, w), r.by].filter(Boolean).join(' ')}${r.year !== undefined || r.by ? w.colon : ''}${r.text}${w.period}${w.original}${r.quote}`).join('\n'),
  };
}

type Readable = { label: string; reading?: BriefingData['metrics'][number]['reading'] };

/** Everything the data reads rather than states: figures, and years of milestones and recognitions. */
export function readingsOf(data: Pick<BriefingData, 'metrics' | 'milestones' | 'recognitions'>): Readable[] {
  return [...data.metrics, ...data.milestones.map((m) => ({ label: m.text, reading: m.reading })), ...data.recognitions.map((r) => ({ label: r.text, reading: r.reading }))].filter((r) => r.reading);
}

/** The sources slide explains something: how the copy was cleaned, where it is, or which figures are readings. */
export const hasSourcesSlide = (data: Pick<BriefingData, 'source' | 'metrics' | 'milestones' | 'recognitions'>): boolean =>
  data.source.notes.length > 0 || data.source.url !== undefined || readingsOf(data).length > 0;

/** What the readings are: of a damaged text, inferred, or both; none when there are none. */
export function readingKinds(data: Pick<BriefingData, 'metrics' | 'milestones' | 'recognitions'>): 'none' | 'corrupted' | 'inferred' | 'both' {
  const all = readingsOf(data);
  const inferred = all.filter((r) => r.reading!.kind === 'inferred').length;
  return all.length === 0 ? 'none' : inferred === 0 ? 'corrupted' : inferred === all.length ? 'inferred' : 'both';
}

/** Publisher and date, how the copy was cleaned, and which figures are readings (of a damaged text, or inferred). */
export function sourcesSlide({ data, words: w }: ModelContext): SlideDraft | undefined {
  if (!hasSourcesSlide(data)) return undefined;
  const s = data.source;
  const byOriginal = new Map<string, { reading: string; labels: string[]; inferred: boolean }>();
  for (const m of readingsOf(data)) {
    if (!m.reading) continue;
    const entry = byOriginal.get(m.reading.original) ?? { reading: m.reading.reading, labels: [], inferred: m.reading.kind === 'inferred' };
    entry.labels.push(m.label);
    byOriginal.set(m.reading.original, entry);
  }
  const readings: ListItem[] = [...byOriginal].map(([original, r]) => ({ badge: r.inferred ? w.inferredBadge : w.readingBadge, heading: w.readingHeading(original), text: r.reading }));
  const kinds = readingKinds(data);
  const heading = kinds === 'inferred' ? w.inferredHeading.inferred : kinds === 'both' ? w.inferredHeading.both : undefined;
  const lead = w.sourceLead(s.publisher ?? w.unknownPublisher, s.title, s.date ? w.date(s.date) : w.unknownDate, s.via);
  const notes = s.url ? [...s.notes, w.address(s.url)] : s.notes;
  return {
    kind: 'sources',
    title: w.titles.sources,
    blocks: [
      { type: 'paragraph', role: 'lead', text: lead },
      ...(notes.length ? [{ type: 'paragraph', role: 'body', text: w.sentences(notes) } as const] : []),
      { type: 'list', items: readings, ...(heading ? { heading } : {}) },
    ],
    notes: [
      lead,
      ...notes.map((n) => `· ${n}`),
      ...(byOriginal.size ? ['', heading ? `${heading}${w.colon}` : w.readingsNotes] : []),
      ...[...byOriginal].map(([original, r]) => `· “${original}”${w.colon}${r.reading}${w.aside('', w.list(r.labels))}`),
    ].join('\n'),
  };
}

export function closingSlide({ data, words: w }: ModelContext): SlideDraft | undefined {
  if (!data.closing) return undefined;
  return {
    kind: 'closing',
    title: data.closing.title,
    blocks: [{ type: 'paragraph', role: 'lead', text: data.closing.text }, { type: 'paragraph', role: 'caption', text: w.caption(data.meta.organisation, w.date(data.meta.date)) }],
    notes: data.closing.text,
  };
}
