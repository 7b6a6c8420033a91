import type { ModelContext } from '../context.js';
import type { ListItem } from '../deck.js';
import type { SlideDraft } from './opening.js';

export function recognitionsSlide({ data, words: w }: ModelContext): SlideDraft | undefined {
  if (data.recognitions.length === 0) return undefined;
  const sorted = [...data.recognitions].sort((a, b) => a.year - b.year);
  return {
    kind: 'recognitions',
    title: w.titles.recognitions,
    blocks: [{ type: 'list', items: sorted.map((r) => ({ badge: `${r.year}`, heading: r.by, text: r.text })) }],
    notes: sorted.map((r) => `${w.year(r.year)} ${r.by}${w.colon}${r.text}${w.period}${w.original}${r.quote}`).join('\n'),
  };
}

/** Publisher and date, how the copy was cleaned, and which figures are readings. */
export function sourcesSlide({ data, words: w }: ModelContext): SlideDraft {
  const s = data.source;
  const byOriginal = new Map<string, { reading: string; labels: string[] }>();
  for (const m of data.metrics) {
    if (!m.reading) continue;
    const entry = byOriginal.get(m.reading.original) ?? { reading: m.reading.reading, labels: [] };
    entry.labels.push(m.label);
    byOriginal.set(m.reading.original, entry);
  }
  const readings: ListItem[] = [...byOriginal].map(([original, r]) => ({ badge: w.readingBadge, heading: w.readingHeading(original), text: r.reading }));
  const lead = w.sourceLead(s.publisher, s.title, w.date(s.date), s.via);
  return {
    kind: 'sources',
    title: w.titles.sources,
    blocks: [
      { type: 'paragraph', role: 'lead', text: lead },
      ...(s.notes.length ? [{ type: 'paragraph', role: 'body', text: w.sentences(s.notes) } as const] : []),
      { type: 'list', items: readings },
    ],
    notes: [
      lead,
      ...s.notes.map((n) => `· ${n}`),
      '',
      w.readingsNotes,
      ...[...byOriginal].map(([original, r]) => `· “${original}”${w.colon}${r.reading}${w.aside('', w.list(r.labels))}`),
    ].join('\n'),
  };
}

export function closingSlide({ data, words: w }: ModelContext): SlideDraft {
  return {
    kind: 'closing',
    title: data.closing.title,
    blocks: [{ type: 'paragraph', role: 'lead', text: data.closing.text }, { type: 'paragraph', role: 'caption', text: w.caption(data.meta.organisation, w.date(data.meta.date)) }],
    notes: data.closing.text,
  };
}
