// The combinations the data format is about to allow (issue 11), shown at
// the model level until data files can state them: a headline slide with key
// figures beside its comparisons (one with a target's tag), one with key
// figures alone, milestones without years, recognitions without badges, a
// section without a subtitle.
import type { Deck, Figure, Slide } from '../../src/model/deck.js';

export function forthcoming(deck: Deck): Deck {
  const slides: Slide[] = [];
  for (const s of deck.slides) {
    if (s.kind === 'headline') {
      const comparisons = s.blocks.flatMap((b) => (b.type === 'comparisons' ? b.items : []));
      const figures: Figure[] = comparisons.flatMap((c) => [c.to, c.from]).map((f, i) => ({ ...f, label: `${f.label}${i % 2 ? '（基期）' : ''}`, tag: i === 1 ? '目标' : undefined }));
      // Comparisons without charts, and key figures below them.
      slides.push({ ...s, blocks: [{ type: 'comparisons', items: comparisons.map(({ chart: _, ...c }) => c) }, { type: 'figures', items: figures }] });
      // Key figures alone: twelve cards.
      slides.push({ ...s, title: '主要指标', blocks: [{ type: 'figures', items: [...figures, ...figures].slice(0, 12) }] });
      continue;
    }
    if (s.kind === 'timeline') {
      const items = s.blocks.flatMap((b) => (b.type === 'timeline' ? b.items : []));
      slides.push({ ...s, blocks: [{ type: 'timeline', items: items.map((it) => ({ ...it, year: undefined as unknown as number, label: '' })) }] });
      continue;
    }
    if (s.kind === 'recognitions') {
      const items = s.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
      slides.push({ ...s, blocks: [{ type: 'list', items: items.map((it) => ({ ...it, badge: '' })) }] });
      continue;
    }
    if (s.kind === 'measure' && !slides.some((p) => p.kind === 'measure' && !p.subtitle)) {
      slides.push({ ...s, subtitle: undefined });
      continue;
    }
    slides.push(s);
  }
  return { ...deck, slides: slides.map((s, i) => ({ ...s, number: i + 1, footer: { ...s.footer, page: `${i + 1} / ${slides.length}` } })) };
}
