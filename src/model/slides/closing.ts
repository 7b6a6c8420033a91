import { TITLES, chineseDate, type ModelContext } from '../context.js';
import type { ListItem } from '../deck.js';
import type { SlideDraft } from './opening.js';

export function recognitionsSlide({ data }: ModelContext): SlideDraft | undefined {
  if (data.recognitions.length === 0) return undefined;
  const sorted = [...data.recognitions].sort((a, b) => a.year - b.year);
  return {
    kind: 'recognitions',
    title: TITLES.recognitions,
    blocks: [{ type: 'list', items: sorted.map((r) => ({ badge: `${r.year}`, heading: r.by, text: r.text })) }],
    notes: sorted.map((r) => `${r.year}年 ${r.by}：${r.text}。原文：${r.quote}`).join('\n'),
  };
}

/** Publisher and date, how the copy was cleaned, and which figures are readings. */
export function sourcesSlide({ data }: ModelContext): SlideDraft {
  const s = data.source;
  const byOriginal = new Map<string, { reading: string; labels: string[] }>();
  for (const m of data.metrics) {
    if (!m.reading) continue;
    const entry = byOriginal.get(m.reading.original) ?? { reading: m.reading.reading, labels: [] };
    entry.labels.push(m.label);
    byOriginal.set(m.reading.original, entry);
  }
  const readings: ListItem[] = [...byOriginal].map(([original, r]) => ({ badge: '解读', heading: `原文“${original}”`, text: r.reading }));
  const lead = `${s.publisher}：《${s.title}》，${chineseDate(s.date)}${s.via ? `（${s.via}）` : ''}`;
  return {
    kind: 'sources',
    title: TITLES.sources,
    blocks: [
      { type: 'paragraph', role: 'lead', text: lead },
      ...(s.notes.length ? [{ type: 'paragraph', role: 'body', text: s.notes.join('；') + '。' } as const] : []),
      { type: 'list', items: readings },
    ],
    notes: [
      lead,
      ...s.notes.map((n) => `· ${n}`),
      '',
      '以下数字为对受损原文的解读：',
      ...[...byOriginal].map(([original, r]) => `· “${original}”：${r.reading}（${r.labels.join('、')}）`),
    ].join('\n'),
  };
}

export function closingSlide({ data }: ModelContext): SlideDraft {
  return {
    kind: 'closing',
    title: data.closing.title,
    blocks: [{ type: 'paragraph', role: 'lead', text: data.closing.text }, { type: 'paragraph', role: 'caption', text: `${data.meta.organisation}　${chineseDate(data.meta.date)}` }],
    notes: data.closing.text,
  };
}
